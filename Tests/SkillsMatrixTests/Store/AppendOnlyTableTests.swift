import Foundation
import Testing
@testable import SkillsMatrix

/// The append-only rule for every table that `StoreTables` marks so, on both backends:
/// not only rating events and the audit trail, but plans, certificates, evidence, marks,
/// withdrawals and cycle snapshots. Each table holds rows here (the demo, plus one
/// withdrawal), since a trigger on rows is only tried by a statement that touches one.
@Suite("Append-only tables (SQLite and PostgreSQL)")
struct AppendOnlyTableTests {
    @Test("every append-only table refuses UPDATE and DELETE (and TRUNCATE on PostgreSQL); its rows stay", arguments: Backend.allCases)
    func everyTable(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let lead = try WorkspaceTests.open(demo.path, as: "hmarsh")
        _ = try lead.withdraw(try lead.recordRating(competencyID: WithdrawalTests.competency, level: 4, person: "apatel", note: ""))
        let connection = lead.store.connection
        let tables = StoreTables.all.filter(\.isAppendOnly)
        #expect(tables.count == 9)
        for table in tables {
            let rows = try #require(try connection.scalarInt("SELECT count(*) FROM \(table.name)"), "\(table.name)")
            try #require(rows > 0, "\(table.name) has no rows to try the rule on")
            let column = table.columns[table.columns.count - 1].name
            var statements = ["UPDATE \(table.name) SET \(column) = \(column)", "DELETE FROM \(table.name)"]
            if backend == .postgresql { statements.append("TRUNCATE \(table.name)") }
            for statement in statements {
                #expect(throws: SkillsError.self, "\(statement)") { try connection.execute(statement) }
            }
            #expect(try connection.scalarInt("SELECT count(*) FROM \(table.name)") == rows, "\(table.name)")
        }
    }

    @Test("a review cycle is never deleted, and a closed one never changes or gains snapshot rows", arguments: Backend.allCases)
    func cyclesKept(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let connection = try WorkspaceTests.open(demo.path, as: "root").store.connection
        let closed = try #require(try connection.scalarInt("SELECT no FROM review_cycles WHERE closed_at IS NOT NULL"))
        let before = try connection.query("SELECT name, closed_at FROM review_cycles ORDER BY no") { "\($0.text(0)) \($0.int64(1))" }
        for statement in [
            "DELETE FROM review_cycles", "UPDATE review_cycles SET closed_at = closed_at + 1 WHERE no = \(closed)",
            "UPDATE review_cycles SET name = 'renamed' WHERE no = \(closed)",
            "INSERT INTO cycle_snapshots(cycle_no, kind, subject) VALUES (\(closed), 'person', 'nobody')",
        ] {
            #expect(throws: SkillsError.self, "\(statement)") { try connection.execute(statement) }
        }
        #expect(try connection.query("SELECT name, closed_at FROM review_cycles ORDER BY no") { "\($0.text(0)) \($0.int64(1))" } == before)
    }
}
