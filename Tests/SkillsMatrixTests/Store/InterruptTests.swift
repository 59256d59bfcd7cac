import Foundation
import Synchronization
import Testing
@testable import SkillsMatrix

/// Esc in the TUI, Ctrl-C in a command: another thread stops the statement a workspace
/// is running, on either backend (`sqlite3_interrupt`, `PQcancel`), and the workspace
/// goes on working afterwards.
@Suite("Interrupting a running statement (SQLite and PostgreSQL)")
struct InterruptTests {
    /// Counts to a hundred million: long enough on both backends that only an interrupt
    /// ends it within the test's patience.
    static let longStatement = """
        WITH RECURSIVE counter(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM counter WHERE x < 100000000)
        SELECT count(*) FROM counter
        """

    @Test("an interrupt from another thread stops the statement with .interrupted; the store then works", arguments: Backend.allCases)
    func interrupt(backend: Backend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try StoreTests.makeStore(database)
        let interrupter = store.connection.interrupter
        let finished = Atomic<Bool>(false)
        let stopped = DispatchSemaphore(value: 0)
        // Again and again until the statement ends: one interrupt sent before the
        // statement reached the server or the engine would be lost.
        let interrupting = Thread {
            while true {
                usleep(200_000)
                if finished.load(ordering: .acquiring) { break }
                interrupter.interrupt()
            }
            stopped.signal()
        }
        interrupting.start()
        let started = Date()
        #expect(throws: SkillsError.interrupted) { try store.connection.scalarInt(Self.longStatement) }
        finished.store(true, ordering: .releasing)
        // No stray interrupt may meet the statements below.
        stopped.wait()
        #expect(Date().timeIntervalSince(started) < 20)
        try store.appendRating(StoreTests.event("ann", "AA.X.1", 2), actor: "ann", actingAs: "ann")
        #expect(try store.ratingHistory(of: "ann").map(\.level) == [2])
    }
}
