import Foundation
import Testing
import TestSupport
@testable import SkillsMatrix

/// What only PostgreSQL has: the application role's rights, the errors of reaching a
/// server, whose database it is, reconnecting after a restart, and moving between the
/// backends. (Everything both backends share is tested on both in the other suites.)
@Suite("PostgreSQL store")
struct PostgresStoreTests {
    @Test("the application role may rate but has no UPDATE, DELETE or TRUNCATE on any append-only table")
    func applicationRole() throws {
        let cluster = try PostgresCluster.shared()
        let database = try TestDatabase(.postgresql)
        defer { database.remove() }
        _ = try StoreTests.makeStore(database)
        let name = String(database.location.split(separator: "/").last ?? "")
        let login = "gw_" + name.suffix(12)
        try cluster.psql("CREATE ROLE \(login) LOGIN IN ROLE \(PostgresSchema.applicationRole)")
        let gateway = try SkillsStore.open(at: cluster.url(database: name, user: login))
        try gateway.appendRating(StoreTests.event("ann", "AA.X.1", 2), actor: "ann", actingAs: "ann")
        #expect(try gateway.ratingEventCount() == 1)
        for statement in ["UPDATE rating_events SET level = 4", "DELETE FROM rating_events", "UPDATE audit SET actor = 'x'", "DELETE FROM audit",
            "TRUNCATE audit"]
        {
            #expect("\(statement)", performing: { try gateway.connection.execute(statement) }, throws: { "\($0)".contains("permission denied") })
        }
        for table in StoreTables.all {
            for right in ["SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE"] {
                let held = try gateway.connection.scalarInt("SELECT CAST(has_table_privilege(?, ?, ?) AS INTEGER)", [.text(login), .text(table.name), .text(right)])
                let expected = ["SELECT", "INSERT"].contains(right) || (!table.isAppendOnly && right != "TRUNCATE")
                #expect(held == (expected ? 1 : 0), "\(login) \(right) on \(table.name)")
            }
        }
        // Everything else a gateway does is allowed: an import writes people, teams and leads.
        try gateway.apply(
            OrganisationChanges(people: [Fixtures.person("bob")]), actor: "root", actingAs: "root", action: "test", now: Fixtures.now)
        #expect(try gateway.people().map(\.login) == ["ann", "bob", "lea"])
    }

    @Test("cursors read side by side over many batches, with statements between, give every row once and in order (the next batch is fetched ahead)")
    func cursorsFetchedAhead() throws {
        let cluster = try PostgresCluster.shared()
        // A database URL of its own (`createDatabase` gives the whole URL).
        let url = try cluster.createDatabase()
        let connection = try PostgresConnection(url: url, waitingUpTo: 5)
        let count = PostgresCursor.batchSize * 3 + 17
        let series = "SELECT n FROM generate_series(1, \(count)) AS n ORDER BY n"
        // Outside a transaction one cursor (it has a snapshot of its own, ended with its
        // last row); inside one, two side by side, as the organisation scan reads them.
        func readSideBySide(inTransaction: Bool) throws {
            let first = try connection.cursor(series, [])
            let second = try connection.cursor(inTransaction ? series + " DESC" : "SELECT n FROM generate_series(1, 0) AS n", [])
            var (read, readBackwards) = ([Int64](), [Int64]())
            while try first.step() {
                read.append(first.int64(0))
                // The other cursor and a plain query run while a FETCH may be in flight.
                if read.count % 5_000 == 0 { #expect(try connection.scalarInt("SELECT CAST(? AS INTEGER)", [.int(7)]) == 7) }
                if read.count % 3 == 0, try second.step() { readBackwards.append(second.int64(0)) }
            }
            while try second.step() { readBackwards.append(second.int64(0)) }
            #expect(read == (1...Int64(count)).map { $0 })
            #expect(readBackwards == (inTransaction ? (1...Int64(count)).reversed().map { $0 } : []))
        }
        try readSideBySide(inTransaction: false)
        try connection.withTransaction(.read) { try readSideBySide(inTransaction: true) }
        // A cursor dropped halfway leaves the connection free for the next statement.
        var dropped: PostgresCursor? = try connection.cursor(series, [])
        for _ in 0..<(PostgresCursor.batchSize + 1) { _ = try dropped?.step() }
        dropped = nil
        #expect(try connection.scalarInt("SELECT CAST(? AS INTEGER)", [.int(3)]) == 3)
    }

    @Test("after a bulk load, the organisation scan reads people and their ratings packs from two indexes in key order: no heap for logins, no sort")
    func scanReadsInKeyOrder() throws {
        let database = try TestDatabase(.postgresql)
        defer { database.remove() }
        let workspace = try Workspace.generate(
            databaseAt: database.location, frameworks: try FrameworkDirectory.load(from: Fixtures.frameworksDirectory),
            options: SyntheticOptions(staff: 300, seed: 3, largeTeamSize: 0), login: "root")
        let connection = workspace.store.connection
        let plans = try connection.withTransaction(.read) {
            // A few hundred rows: left alone, the planner may read them all and sort.
            // Pinned here is that the indexes give them in order by themselves.
            try connection.execute("SET LOCAL enable_seqscan = off")
            return try [SkillsStore.peopleByLoginQuery, SkillsStore.activePeopleWithPacksQuery].map { query in
                try connection.query("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) " + query, []) { $0.text(0) }
            }
        }
        let (logins, people) = (plans[0], plans[1])
        #expect(logins.first?.hasPrefix("Index Only Scan using people_by_login_with_no on people") == true, "\(logins)")
        // Vacuumed after the load (`settleAfterBulkLoad`): no row is looked up in the heap.
        #expect(logins.contains { $0.trimmingCharacters(in: .whitespaces) == "Heap Fetches: 0" }, "\(logins)")
        #expect(people.first?.hasPrefix("Merge Left Join") == true, "\(people)")
        #expect(people.contains { $0.contains("Index Scan using current_rating_packs_pkey") }, "\(people)")
        #expect(!(logins + people).contains { $0.contains("Sort") }, "\(people)")
    }

    @Test("a wrong URL, a refused password, a missing database, no server: one typed error each")
    func connectionErrors() throws {
        let cluster = try PostgresCluster.shared()
        _ = try? cluster.psql("CREATE ROLE \(PostgresCluster.passwordUser) LOGIN PASSWORD 'right'")
        #expect(performing: { try SkillsStore.open(at: "postgresql://127.0.0.1:\(cluster.port)/x?nonsense=1") }, throws: {
            if case .invalidDatabaseURL = $0 as? SkillsError { return true }
            return false
        })
        let wrongPassword = cluster.url(database: "postgres", user: PostgresCluster.passwordUser, password: "wrong")
        #expect(throws: SkillsError.databaseLoginRefused(name: "postgresql://skills_pw@127.0.0.1:\(cluster.port)/postgres", user: "skills_pw")) {
            try SkillsStore.open(at: wrongPassword)
        }
        #expect(!"\(SkillsError.databaseLoginRefused(name: "n", user: "u"))".contains("wrong"))
        #expect(throws: SkillsError.missingPostgresDatabase(name: "postgresql://skills_admin@127.0.0.1:\(cluster.port)/nothing_here", database: "nothing_here")) {
            try SkillsStore.open(at: cluster.url(database: "nothing_here"))
        }
        // No server (waited for 1 s here; 30 s by default): says so, and how long it waited.
        #expect(performing: { try PostgresConnection(url: "postgresql://skills_admin@127.0.0.1:1/postgres", waitingUpTo: 1) }, throws: {
            guard case .databaseUnreachable(let name, let detail) = $0 as? SkillsError else { return false }
            return name == "postgresql://skills_admin@127.0.0.1:1/postgres" && ($0 as? SkillsError)?.kind == .inputOutput
                && detail.contains("Connection refused") && detail.hasSuffix("still so after 1 s")
        })
        // A host name that does not resolve is not waited for.
        let started = Date()
        #expect(throws: SkillsError.self) { try PostgresConnection(url: "postgresql://skills_admin@no-such-host.invalid/postgres", waitingUpTo: 20) }
        #expect(Date().timeIntervalSince(started) < 15)
    }

    @Test("a command started while the server is down waits for it, and works once it is up")
    func waitsForServerAtStart() throws {
        let cluster = try PostgresCluster.startPrivate()
        defer { cluster.stop() }
        let database = try TestDatabase(.postgresql, on: cluster)
        _ = try StoreTests.makeStore(database)
        try cluster.down()
        let starter = Thread {
            Thread.sleep(forTimeInterval: 2)
            try? cluster.up()
        }
        starter.start()
        let started = Date()
        let store = try SkillsStore.open(at: database.location)
        #expect(Date().timeIntervalSince(started) >= 1.5)
        try store.appendRating(StoreTests.event("ann", "AA.X.1", 3), actor: "ann", actingAs: "ann")
        #expect(try store.ratingHistory(of: "ann").map(\.level) == [3])
    }

    @Test("an empty database, another application's, and one from a newer version are refused untouched")
    func whoseDatabase() throws {
        let cluster = try PostgresCluster.shared()
        let empty = try cluster.createDatabase()
        let emptyName = try PostgresURL(empty).displayName
        #expect(throws: SkillsError.uninitialisedDatabase(name: emptyName)) { try SkillsStore.open(at: empty) }
        let foreign = try cluster.createDatabase()
        let foreignName = String(foreign.split(separator: "/").last ?? "")
        try cluster.psql("CREATE TABLE salaries(person text, amount int); INSERT INTO salaries VALUES ('ann', 1)", database: foreignName)
        #expect(throws: SkillsError.notADatabase(path: try PostgresURL(foreign).displayName)) { try SkillsStore.open(at: foreign) }
        #expect(throws: SkillsError.notADatabase(path: try PostgresURL(foreign).displayName)) {
            try SkillsStore.create(at: foreign, frameworks: StoreTests.frameworks, administrator: "root", now: Fixtures.now)
        }
        #expect(try cluster.psql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", database: foreignName) == "1\n")
        let newer = try TestDatabase(.postgresql)
        let store = try StoreTests.makeStore(newer)
        try store.connection.execute("UPDATE skills_tui_schema SET version = \(PostgresSchema.latestVersion + 3)")
        #expect(throws: SkillsError.newerDatabase(path: store.path, version: PostgresSchema.latestVersion + 3, known: PostgresSchema.latestVersion)) {
            try SkillsStore.open(at: newer.location)
        }
        #expect(throws: SkillsError.alreadyExists(path: store.path)) {
            try SkillsStore.create(at: newer.location, frameworks: StoreTests.frameworks, administrator: "root", now: Fixtures.now)
        }
    }

    @Test("PostgreSQL restarted under an open store: the next rating reconnects and lands once")
    func reconnectsAfterRestart() throws {
        let cluster = try PostgresCluster.startPrivate()
        defer { cluster.stop() }
        let store = try StoreTests.makeStore(TestDatabase(.postgresql, on: cluster))
        try store.appendRating(StoreTests.event("ann", "AA.X.1", 1, daysAgo: 2), actor: "ann", actingAs: "ann")
        try cluster.restart()
        try store.appendRating(StoreTests.event("ann", "AA.X.1", 3, daysAgo: 1), actor: "ann", actingAs: "ann")
        #expect(try store.ratingHistory(of: "ann").map(\.level) == [3, 1])
        try cluster.restart()
        // A read after a restart reconnects too.
        #expect(try store.currentRatings(of: "ann").first?.selfRating?.level == 3)
    }

    @Test("a migration round trip SQLite -> PostgreSQL -> SQLite gives identical exports; a non-empty target is refused")
    func migrationRoundTrip() throws {
        let demo = try WorkspaceTests.makeDemo(.sqlite)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let original = try WorkspaceTests.open(demo.path, as: "root")
        try WorkspaceTests.open(demo.path, as: "apatel").rate(competencyID: "PM.RISK.1", level: 2, note: "tab\there, new\nline, back\\slash, 李伟")
        // A withdrawal too: its trigger must move the copy's current rating back as it did here.
        let lead = try WorkspaceTests.open(demo.path, as: "hmarsh")
        _ = try lead.withdraw(try lead.recordRating(competencyID: WithdrawalTests.competency, level: 4, person: "apatel", note: ""))
        let postgres = try PostgresCluster.shared().createDatabase()
        let there = try original.migrate(to: postgres)
        #expect(there.first { $0.table == "rating_events" }?.rows == (try original.allRatingEvents().count))
        let back = demo.folder.appendingPathComponent("back.sqlite").path
        let returned = try WorkspaceTests.open(postgres, as: "root").migrate(to: back)
        // The same content both ways, but for the audit row each copy gained ("migrated here").
        #expect(returned.filter { $0.table != "audit" }.map(\.hash) == there.filter { $0.table != "audit" }.map(\.hash))
        #expect(returned.first { $0.table == "audit" }?.rows == (there.first { $0.table == "audit" }?.rows ?? 0) + 1)
        let arrived = try #require(try SkillsStore.open(at: back).auditEntries(limit: 1).first)
        let postgresName = try PostgresURL(postgres).displayName
        #expect(arrived.action == "migrated here" && arrived.subject == postgresName)
        #expect(try original.store.auditEntries(limit: 1).first?.action == "migrate")
        for (first, second) in [(demo.path, postgres), (demo.path, back)] {
            let one = try WorkspaceTests.open(first, as: "root")
            let other = try WorkspaceTests.open(second, as: "root")
            #expect(try Self.export(one, .csv) == Self.export(other, .csv))
            #expect(try Self.export(one, .json) == Self.export(other, .json))
            #expect(try one.staff(includingInactive: true) == other.staff(includingInactive: true))
            #expect(try one.trainingNeeds() == other.trainingNeeds())
            #expect(try one.heatmap(team: "project-support-office") == other.heatmap(team: "project-support-office"))
            let hrOne = try WorkspaceTests.open(first, as: "pnair")
            let hrOther = try WorkspaceTests.open(second, as: "pnair")
            #expect(try hrOne.cycles() == hrOther.cycles())
            #expect(try hrOne.completion() == hrOther.completion())
            #expect(try hrOne.trend(team: "project-support-office") == hrOther.trend(team: "project-support-office"))
            #expect(try hrOne.planItems() == hrOther.planItems())
            #expect(try hrOne.certificates() == hrOther.certificates())
            #expect(try hrOne.marks(of: "apatel") == hrOther.marks(of: "apatel"))
        }
        // Every table arrived (the new ones from migrations 5-7 included), none empty by accident.
        #expect(Set(there.map(\.table)) == Set(StoreTables.all.map(\.name)))
        for table in ["plan_items", "certificates", "rating_withdrawals", "review_cycles", "cycle_snapshots", "learning_catalogue"] {
            #expect((there.first { $0.table == table }?.rows ?? 0) > 0, "\(table)")
        }
        #expect(performing: { try original.migrate(to: postgres) }, throws: {
            if case .migrationTargetNotEmpty = $0 as? SkillsError { return true }
            return false
        })
        #expect(throws: SkillsError.alreadyExists(path: back)) { try original.migrate(to: back) }
        #expect(throws: AccessDenied.self) { try WorkspaceTests.open(demo.path, as: "apatel").migrate(to: back + "2") }
    }

    static func export(_ workspace: Workspace, _ format: ReportFormat) throws -> String {
        try ByteOutput.text { try workspace.exportRatings(as: format, to: &$0) }
    }
}
