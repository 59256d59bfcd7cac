import Foundation
import Testing
@testable import SkillsMatrix

/// The plans of the queries that read a whole organisation or a whole team, pinned as
/// SQLite's `EXPLAIN QUERY PLAN` states them. A schema or query change that turns a
/// range read into a lookup per row, or a scan into a sort, shows up here first. (The
/// database has no ANALYZE statistics, so plans do not depend on how much data it holds.)
@Suite("Query plans of the hot queries")
struct QueryPlanTests {
    static func plan(_ sql: String, _ parameters: [DatabaseValue], store: SkillsStore) throws -> [String] {
        try store.connection.query("EXPLAIN QUERY PLAN " + sql, parameters) { $0.text(3) }
    }

    static let team: DatabaseValue = .text("[\"team\"]")

    @Test("each query reads its tables in one pass, by key, with no lookup per competency and no sort")
    func plans() throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try StoreTests.makeStore(in: folder)
        let pinned: [(name: String, sql: String, parameters: [DatabaseValue], plan: [String])] = [
            (
                "validation queue", SkillsStore.pendingValidationsQuery(where: SkillsStore.pendingValidationCondition(SQLiteDialect())), [Self.team, .text("lea")],
                [
                    "SEARCH p USING INDEX people_by_team (team_no=? AND active=?)", "LIST SUBQUERY 2",
                    "SEARCH teams USING COVERING INDEX sqlite_autoindex_teams_1 (id=?)", "LIST SUBQUERY 1",
                    "SCAN json_each VIRTUAL TABLE INDEX 1:",
                    // One range per person: not (person_no=? AND competency_no=?) per competency.
                    "SEARCH cr USING PRIMARY KEY (person_no=?)", "LIST SUBQUERY 3", "SCAN competencies",
                    "SEARCH c USING INTEGER PRIMARY KEY (rowid=?)", "SEARCH e USING INTEGER PRIMARY KEY (rowid=?)",
                ]
            ),
            (
                "validation count", SkillsStore.pendingValidationCountQuery(SQLiteDialect()), [Self.team, .text("lea")],
                [
                    "SEARCH p USING INDEX people_by_team (team_no=? AND active=?)", "LIST SUBQUERY 2",
                    "SEARCH teams USING COVERING INDEX sqlite_autoindex_teams_1 (id=?)", "LIST SUBQUERY 1",
                    "SCAN json_each VIRTUAL TABLE INDEX 1:", "SEARCH cr USING PRIMARY KEY (person_no=?)", "LIST SUBQUERY 3",
                    "SCAN competencies",
                ]
            ),
            ("organisation scan: logins in order", SkillsStore.peopleByLoginQuery, [], ["SCAN people USING COVERING INDEX sqlite_autoindex_people_1"]),
            (
                "organisation scan: active people with their ratings packs", SkillsStore.activePeopleWithPacksQuery, [],
                ["SCAN p", "SEARCH cp USING INTEGER PRIMARY KEY (rowid=?) LEFT-JOIN"]
            ),
            (
                "staff list", SkillsStore.activeStaffQuery, [],
                [
                    "SCAN p USING INDEX sqlite_autoindex_people_1", "SEARCH t USING INTEGER PRIMARY KEY (rowid=?)",
                    "CORRELATED SCALAR SUBQUERY 1", "SEARCH l USING PRIMARY KEY (team_no=? AND person_no=?)",
                ]
            ),
            (
                "rating events export", SkillsStore.ratingEventsExportQuery, [],
                // A withdrawn event (undo) is left out by one key lookup in rating_withdrawals.
                [
                    "SCAN e", "USING ROWID SEARCH ON TABLE rating_withdrawals FOR IN-OPERATOR",
                    "SEARCH p USING INTEGER PRIMARY KEY (rowid=?)", "SEARCH c USING INTEGER PRIMARY KEY (rowid=?)",
                ]
            ),
        ]
        for query in pinned {
            #expect(try Self.plan(query.sql, query.parameters, store: store) == query.plan, "\(query.name)")
        }
    }

    @Test("the validation queue's answer is the same as without the planner hint")
    func sameAnswer() throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try StoreTests.makeStore(in: folder)
        try store.appendRating(StoreTests.event("ann", "AA.X.1", 2), actor: "ann", actingAs: "ann")
        try store.appendRating(StoreTests.event("ann", "AA.X.2", 3), actor: "ann", actingAs: "ann")
        let hintedQuery = SkillsStore.pendingValidationCountQuery(SQLiteDialect())
        let unhinted = hintedQuery.replacingOccurrences(of: "+cr.competency_no", with: "cr.competency_no")
        #expect(unhinted != hintedQuery)
        let hinted = try store.pendingValidationCount(inTeams: ["team"], excluding: "lea").waiting
        #expect(hinted == 2)
        #expect(try store.connection.scalarInt(unhinted, [Self.team, .text("lea")]) == Int64(hinted))
    }
}
