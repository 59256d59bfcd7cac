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
        let handoff = ScanHandoff<ReadBatch>(capacity: 4)
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
            guard let read = try handoff.receive() else { break }
            if consumerFailure == nil {
                do { try body(read.scannedPeople()) } catch { consumerFailure = error }
            }
        }
        if let consumerFailure { throw consumerFailure }
    }

    /// A batch as the reading thread hands it over: its people, and all their ratings in
    /// one array, so that the reading thread makes three arrays a batch rather than one
    /// a person. Each person's own array is made on the consuming thread
    /// (`scannedPeople`), which also frees it: memory freed on the thread that did not
    /// make it waits for that thread's allocator lock, and with one array a person the
    /// two threads took turns on it.
    private struct ReadBatch: Sendable {
        var positions: [Int] = []
        var people: [Person] = []
        /// Where each person's ratings end in `ratings`.
        var ratingEnds: [Int] = []
        var ratings: [CompetencyRating] = []

        init(capacity: Int) {
            positions.reserveCapacity(capacity)
            people.reserveCapacity(capacity)
            ratingEnds.reserveCapacity(capacity)
            ratings.reserveCapacity(capacity * 16)
        }

        /// The batch as `forEachActivePersonConcurrently` gives it, in reading order;
        /// the people are moved, not copied.
        consuming func scannedPeople() -> [ScannedPerson] {
            var scanned: [ScannedPerson] = []
            scanned.reserveCapacity(people.count)
            var index = people.count
            while let person = people.popLast() {
                index -= 1
                let start = index == 0 ? 0 : ratingEnds[index - 1]
                scanned.append((positions[index], person, Array(ratings[start..<ratingEnds[index]])))
            }
            scanned.reverse()
            return scanned
        }
    }

    /// The reading half of `forEachActivePersonConcurrently`, run on its reading thread.
    private func sendActivePeople(batchSize: Int, to handoff: ScanHandoff<ReadBatch>) throws {
        var batch = ReadBatch(capacity: batchSize)
        try forEachActivePerson { position, person, ratings in
            batch.positions.append(position)
            batch.people.append(person)
            batch.ratings.append(contentsOf: ratings)
            batch.ratingEnds.append(batch.ratings.count)
            if batch.people.count == batchSize {
                handoff.send(batch)
                batch = ReadBatch(capacity: batchSize)
            }
        }
        if !batch.people.isEmpty { handoff.send(batch) }
    }
}
