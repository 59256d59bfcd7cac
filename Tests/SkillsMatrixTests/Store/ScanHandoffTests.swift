import Foundation
import Testing
@testable import SkillsMatrix

/// The organisation scan reads on one thread and scores on another; what one side sends
/// or fails with must reach the other, in order, whatever the timing.
@Suite("Scan handoff between threads")
struct ScanHandoffTests {
    struct Broken: Error {}

    @Test("batches arrive in order, then the producer's failure", arguments: [1, 3, 64])
    func orderThenFailure(capacity: Int) throws {
        let handoff = ScanHandoff<Int>(capacity: capacity)
        let producer = Thread {
            for number in 0..<500 { handoff.send(number) }
            handoff.finish(failing: Broken())
        }
        producer.start()
        var received: [Int] = []
        #expect(throws: Broken.self) {
            while let number = try handoff.receive() { received.append(number) }
        }
        #expect(received == Array(0..<500))
    }

    @Test("the whole organisation, read concurrently, is the same report as read in one thread")
    func sameReport() throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("org.sqlite").path
        let workspace = try Workspace.generate(
            databaseAt: path, frameworks: try FrameworkDirectory.load(from: Fixtures.frameworksDirectory), options: SyntheticOptions(staff: 3_000, seed: 5, largeTeamSize: 0),
            login: "root")
        let store = workspace.store
        var sequential: [Int] = []
        try store.forEachActivePerson { position, _, ratings in sequential.append(position * 1_000 + ratings.count) }
        var concurrent: [Int] = []
        try store.forEachActivePersonConcurrently(batchSize: 100) { batch in
            concurrent += batch.map { $0.position * 1_000 + $0.ratings.count }
        }
        #expect(concurrent.count == 3_000)
        #expect(concurrent == sequential)
        // A failure while scoring stops the scan and is thrown, after the reader let go.
        var batches = 0
        #expect(throws: Broken.self) {
            try store.forEachActivePersonConcurrently(batchSize: 100) { _ in
                batches += 1
                if batches == 3 { throw Broken() }
            }
        }
        #expect(try store.ratingEventCount() > 0)
    }
}
