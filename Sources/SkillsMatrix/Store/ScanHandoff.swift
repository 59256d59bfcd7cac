import Foundation

/// Hands batches from one thread to another, at most `capacity` waiting: how the
/// organisation scan reads the database on one core while the people it has read are
/// scored on the other.
final class ScanHandoff<Element: Sendable>: @unchecked Sendable {
    // Every stored property is read and written under `condition` only.
    private let condition = NSCondition()
    private var waiting: [Element] = []
    private var finished = false
    private var failure: (any Error)?
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Waits while `capacity` batches wait, then adds `element`.
    func send(_ element: Element) {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count >= capacity, !finished { condition.wait() }
        waiting.append(element)
        condition.broadcast()
    }

    /// No more batches; `error` when the producer failed.
    func finish(failing error: (any Error)? = nil) {
        condition.lock()
        defer { condition.unlock() }
        finished = true
        failure = error
        condition.broadcast()
    }

    /// The next batch, or nil once the producer has finished and everything was taken.
    /// - Throws: the producer's error, once what it sent before failing has been taken.
    func receive() throws -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty, !finished { condition.wait() }
        if !waiting.isEmpty {
            let element = waiting.removeFirst()
            condition.broadcast()
            return element
        }
        if let failure { throw failure }
        return nil
    }
}

extension SkillsStore {
    /// One person read by the organisation scan: their position in login order, the
    /// person and their current ratings.
    typealias ScannedPerson = (position: Int, person: Person, ratings: [CompetencyRating])

    /// `forEachActivePerson` with the reading on a thread of its own: `body` gets the
    /// people in batches on the calling thread while the next batch is read, so scoring
    /// and stepping SQLite share the machine's two cores. The connection is used by the
    /// reading thread alone until it has finished, and the caller waits for that.
    func forEachActivePersonConcurrently(batchSize: Int = 2_048, _ body: ([ScannedPerson]) throws -> Void) throws {
        let handoff = ScanHandoff<[ScannedPerson]>(capacity: 4)
        let store = UncheckedSendable(value: self)
        let reader = Thread {
            do {
                var batch: [ScannedPerson] = []
                batch.reserveCapacity(batchSize)
                try store.value.forEachActivePerson { position, person, ratings in
                    batch.append((position, person, ratings))
                    if batch.count == batchSize {
                        handoff.send(batch)
                        batch.removeAll(keepingCapacity: true)
                    }
                }
                if !batch.isEmpty { handoff.send(batch) }
                handoff.finish()
            } catch {
                handoff.finish(failing: error)
            }
        }
        reader.stackSize = 1 << 20
        reader.start()
        var consumerFailure: (any Error)?
        while true {
            // Keep taking batches after a failure here, so the reader finishes (and lets
            // go of the connection) before this returns.
            guard let batch = try handoff.receive() else { break }
            if consumerFailure == nil {
                do { try body(batch) } catch { consumerFailure = error }
            }
        }
        if let consumerFailure { throw consumerFailure }
    }
}

/// A value handed to another thread that the compiler cannot prove safe to share; each
/// use says why it is (see `forEachActivePersonConcurrently`).
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
}
