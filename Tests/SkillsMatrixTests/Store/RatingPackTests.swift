import Foundation
import Synchronization
import Testing
@testable import SkillsMatrix

/// Each person's ratings pack (migration 10) must always say what current_ratings says:
/// the organisation scan reads only the packs.
@Suite("Ratings packs (SQLite and PostgreSQL)")
struct RatingPackTests {
    /// What every pack should hold, written out here from current_ratings rather than by
    /// the database's own SQL, so that both backends are held to the one format.
    static func expectedPacks(_ store: SkillsStore) throws -> [Int64: String] {
        let rows = try store.connection.query(
            "SELECT person_no, competency_no, self_level, self_at, lead_level, lead_at FROM current_ratings ORDER BY person_no, competency_no"
        ) { row in
            let packed = row.int64(1) * 64 + (row.isNull(2) ? 7 : row.int64(2)) * 8 + (row.isNull(4) ? 7 : row.int64(4))
            return (row.int64(0), "\(packed),\(row.int64(3)),\(row.int64(5))")
        }
        return Dictionary(grouping: rows, by: \.0).mapValues { $0.map(\.1).joined(separator: ";") }
    }

    static func storedPacks(_ store: SkillsStore) throws -> [Int64: String] {
        Dictionary(uniqueKeysWithValues: try store.connection.query("SELECT person_no, pack FROM current_rating_packs") { ($0.int64(0), $0.text(1)) })
    }

    static func expectPacksMatch(_ store: SkillsStore, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let expected = try expectedPacks(store)
        #expect(!expected.isEmpty, sourceLocation: sourceLocation)
        #expect(try storedPacks(store) == expected, sourceLocation: sourceLocation)
    }

    @Test("a person's pack follows every rating, withdrawal and newer-or-older event", arguments: Backend.allCases)
    func packFollowsRatings(backend: Backend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try StoreTests.makeStore(database)
        try store.appendRating(StoreTests.event("ann", "AA.X.1", 1, daysAgo: 20), actor: "ann", actingAs: "ann")
        try Self.expectPacksMatch(store)
        try store.appendRating(StoreTests.event("ann", "AA.X.2", 3, daysAgo: 2), actor: "ann", actingAs: "ann")
        try store.appendRating(StoreTests.event("ann", "AA.X.1", 2, daysAgo: 30), actor: "ann", actingAs: "ann")
        try store.appendRating(StoreTests.event("ann", "AA.X.1", 4, .lead, daysAgo: 5), actor: "lea", actingAs: "lea")
        try store.appendRating(StoreTests.event("lea", "AA.X.1", 0), actor: "lea", actingAs: "lea")
        try Self.expectPacksMatch(store)
        // The scan reads the packs: it gives what the per-person query gives.
        var scanned: [String: [CompetencyRating]] = [:]
        try store.forEachActivePerson { _, person, ratings in scanned[person.login] = ratings }
        #expect(scanned["ann"].map(Set.init) == Set(try store.currentRatings(of: "ann")))
        #expect(scanned["lea"].map(Set.init) == Set(try store.currentRatings(of: "lea")))
        #expect(scanned["ann"]?.first { $0.competency == 0 }?.leadRating?.level == 4)
    }

    @Test("a generated organisation's packs, made once after the bulk load, equal those kept rating by rating", arguments: Backend.allCases)
    func bulkLoadRebuildsPacks(backend: Backend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let workspace = try Workspace.generate(
            databaseAt: database.location, frameworks: try FrameworkDirectory.load(from: Fixtures.frameworksDirectory),
            options: SyntheticOptions(staff: 200, seed: 5, largeTeamSize: 0), login: "root")
        let store = workspace.store
        try Self.expectPacksMatch(store)
        #expect(try Self.storedPacks(store).count > 150)
        // The triggers are back after the load: a new rating lands in its person's pack.
        let person = try #require(try store.connection.query("SELECT login FROM people ORDER BY no LIMIT 1") { $0.text(0) }.first)
        let before = try Self.storedPacks(store)
        let competency = try #require(workspace.catalog.competencies.first?.id)
        try store.appendRating(
            RatingEvent(
                personLogin: person, competencyID: competency, level: 0, track: .lead, raterLogin: "root", note: "", frameworkVersion: "x",
                ratedAt: Date()),
            actor: "root", actingAs: "root")
        try Self.expectPacksMatch(store)
        #expect(try Self.storedPacks(store) != before)
    }

    @Test("a pack is read entry by entry: times before 1970, no rating on a track, a malformed entry or an unknown competency left out")
    func unpacking() throws {
        let database = try TestDatabase(.sqlite)
        defer { database.remove() }
        let store = try StoreTests.makeStore(database)
        let number = try #require(try store.connection.scalarInt("SELECT no FROM competencies WHERE id = 'AA.X.2'"))
        let pack = "\(number * 64 + 2 * 8 + 7),-86400,0;x,1;\(number * 64 + 7 * 8 + 4),0,1700000000;9999999,1,1;\(number * 64 + 1 * 8 + 7),5"
        var ratings: [CompetencyRating] = []
        Array(pack.utf8).withUnsafeBytes { store.unpackRatings($0, into: &ratings) }
        let competency = try #require(store.catalog.competencyIndex(of: "AA.X.2"))
        #expect(ratings == [
            CompetencyRating(competency: competency, selfRating: Rating(level: 2, ratedAt: Date(timeIntervalSince1970: -86_400)), leadRating: nil),
            CompetencyRating(competency: competency, selfRating: nil, leadRating: Rating(level: 4, ratedAt: Date(timeIntervalSince1970: 1_700_000_000))),
        ])
    }

    @Test("a database made before packs gets them when it is opened (migration 10)")
    func migrationFillsPacks() throws {
        let database = try TestDatabase(.sqlite)
        defer { database.remove() }
        do {
            let store = try StoreTests.makeStore(database)
            try store.appendRating(StoreTests.event("ann", "AA.X.1", 2, daysAgo: 3), actor: "ann", actingAs: "ann")
            try store.appendRating(StoreTests.event("ann", "AA.X.2", 1, .lead), actor: "lea", actingAs: "lea")
            // Back to version 9: no packs, no triggers.
            try store.connection.execute(
                "DROP TABLE current_rating_packs; "
                    + Schema.ratingPackTriggerNames.map { "DROP TRIGGER IF EXISTS \($0);" }.joined()
                    + "PRAGMA user_version = 9;")
        }
        let store = try SkillsStore.open(at: database.location)
        try Self.expectPacksMatch(store)
        try store.appendRating(StoreTests.event("lea", "AA.X.1", 3), actor: "lea", actingAs: "lea")
        try Self.expectPacksMatch(store)
    }

    /// Two raters of one person at once: each transaction's pack is written from what it
    /// can see, so without the lock the second to commit would drop the first's rating.
    @Test("PostgreSQL: two transactions rating one person at once both end up in the pack")
    func concurrentRatingsOfOnePerson() throws {
        let database = try TestDatabase(.postgresql)
        defer { database.remove() }
        let store = try StoreTests.makeStore(database)
        try store.appendRating(StoreTests.event("ann", "AA.X.1", 1, daysAgo: 9), actor: "ann", actingAs: "ann")
        let first = try PostgresConnection(url: database.location)
        let url = database.location
        let insert = """
            INSERT INTO rating_events(person_no, competency_no, level, track, rater, note, framework_version, rated_at)
            SELECT p.no, c.no, ?, 'self', 'ann', '', 'x', ? FROM people p, competencies c WHERE p.login = 'ann' AND c.id = ?
            """
        let now = Int64(Date().timeIntervalSince1970)
        try first.execute("BEGIN")
        try first.run(insert, [.int(3), .int(now), .text("AA.X.2")])
        let secondDone = DispatchSemaphore(value: 0)
        let secondFailure = Mutex<String?>(nil)
        let thread = Thread {
            do {
                let second = try PostgresConnection(url: url)
                try second.execute("BEGIN")
                try second.run(insert, [.int(2), .int(now), .text("AA.X.1")])
                try second.execute("COMMIT")
            } catch {
                secondFailure.withLock { $0 = "\(error)" }
            }
            secondDone.signal()
        }
        thread.start()
        // The second transaction is waiting for the first's lock on ann's row by now.
        #expect(secondDone.wait(timeout: .now() + .milliseconds(500)) == .timedOut)
        try first.execute("COMMIT")
        #expect(secondDone.wait(timeout: .now() + .seconds(30)) == .success)
        #expect(secondFailure.withLock { $0 } == nil)
        let pack = try #require(try Self.storedPacks(store).values.first)
        #expect(pack.split(separator: ";").count == 2, "\(pack)")
        try Self.expectPacksMatch(store)
    }
}
