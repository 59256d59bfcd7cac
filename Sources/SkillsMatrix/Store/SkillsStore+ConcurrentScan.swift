import Foundation

extension SkillsStore {
    /// One person read by the organisation scan: their position in login order, the
    /// person and their current ratings.
    typealias ScannedPerson = (position: Int, person: Person, ratings: [CompetencyRating])

    /// `forEachActivePerson` with the reading on a thread of its own: `body` gets the
    /// people in batches on the calling thread while the next batch is read, so scoring
    /// and stepping SQLite share the machine's two cores. The connection is used by the
    /// reading thread alone until it has finished, and the caller waits for that. Each
    /// batch is handed over, so `body` may move people out of it rather than copy them.
    func forEachActivePersonConcurrently(batchSize: Int = 2_048, _ body: (consuming [ScannedPerson]) throws -> Void) throws {
        let handoff = ScanHandoff<[ScannedPerson]>(capacity: 4)
        let loan = Loan(self)
        let reader = Thread {
            do {
                // The store is released when this call returns, before the caller hears
                // that the reading is over: the caller then holds the only reference.
                try loan.take()?.sendActivePeople(batchSize: batchSize, to: handoff)
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

    /// The reading half of `forEachActivePersonConcurrently`, run on its reading thread.
    private func sendActivePeople(batchSize: Int, to handoff: ScanHandoff<[ScannedPerson]>) throws {
        var batch: [ScannedPerson] = []
        batch.reserveCapacity(batchSize)
        try forEachActivePerson { position, person, ratings in
            batch.append((position, person, ratings))
            if batch.count == batchSize {
                handoff.send(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { handoff.send(batch) }
    }
}
