import Foundation
import Testing
@testable import SkillsMatrix

/// Two connections to one database in one process (the SSH gateway keeps one open while
/// the command it runs opens its own; the TUI reopens when the demo user is switched),
/// with other processes opening and closing it meanwhile.
@Suite("Connections in one process")
struct SameProcessConnectionsTests {
    @Test("a second open in this process never drops the first one's locks: nothing it then writes is lost")
    func secondOpenKeepsLocks() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        for round in 1...3 {
            let first = try Workspace.open(databaseAt: runner.databasePath, login: "root", actingAs: "apatel", clock: { Date() })
            _ = try first.gapReport()
            let second = try Workspace.open(databaseAt: runner.databasePath, login: "root", actingAs: "wli", clock: { Date() })
            _ = try second.gapReport()
            // Another process that opens, reads and closes: if this process's locks had been
            // dropped, it would take the database for its own, fold the log in and remove it.
            #expect(try runner.run(["--as", "pnair", "report", "training-needs", "--format", "csv"]).status == 0)
            let event = try first.rate(competencyID: "PM.RISK.1", level: round % 5, note: "round \(round)")
            let secondEvent = try second.rate(competencyID: "PM.STK.1", level: round % 5, note: "round \(round)")
            let exported = try runner.run(["--as", "pnair", "export", "ratings", "--format", "csv"]).standardOutput
            #expect(exported.contains(",apatel,PM.RISK.1,\(event.frameworkVersion),self,\(round % 5),apatel,round \(round)"))
            #expect(exported.contains(",wli,PM.STK.1,\(secondEvent.frameworkVersion),self,\(round % 5),wli,round \(round)"))
        }
    }
}
