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
