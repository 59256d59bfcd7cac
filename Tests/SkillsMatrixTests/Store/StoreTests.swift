import Foundation
import Testing
@testable import SkillsMatrix

@Suite("Store (SQLite and PostgreSQL)")
struct StoreTests {
    static let frameworks = FrameworkDirectory(catalog: Fixtures.catalog, rolesVersion: "t1")

    /// A store with the fixture catalog, one team and two analysts.
    static func makeStore(in folder: URL) throws -> SkillsStore {
        try makeStore(at: folder.appendingPathComponent("db.sqlite").path)
    }

    /// The same store in `database`, of either backend.
    static func makeStore(_ database: TestDatabase) throws -> SkillsStore {
        try makeStore(at: database.location)
    }

    private static func makeStore(at location: String) throws -> SkillsStore {
        let store = try SkillsStore.create(at: location, frameworks: frameworks, administrator: "root", now: Fixtures.now)
        try store.apply(
            OrganisationChanges(
                teams: [Team(id: "team", name: "Team", leadLogins: ["lea"])],
                people: [Fixtures.person("ann"), Fixtures.person("lea", role: "helper")]),
            actor: "root", actingAs: "root", action: "test", now: Fixtures.now)
        return store
    }

    static func event(_ login: String, _ competency: String, _ level: Int, _ track: RatingTrack = .selfAssessment, daysAgo: Double = 0) -> RatingEvent {
        RatingEvent(
            personLogin: login, competencyID: competency, level: level, track: track, raterLogin: login, note: "n",
            frameworkVersion: "1.0", ratedAt: Fixtures.daysAgo(daysAgo))
    }

    @Test("a new database is migrated to the latest schema, in WAL mode, with mode 0600")
    func createsDatabase() throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try Self.makeStore(in: folder)
        #expect(store.schemaVersion == Schema.latestVersion)
        #expect(try store.connection.query("PRAGMA journal_mode") { $0.text(0) } == ["wal"])
        #expect(try store.connection.scalarInt("PRAGMA foreign_keys") == 1)
        let attributes = try FileManager.default.attributesOfItem(atPath: store.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        try store.appendRating(Self.event("ann", "AA.X.1", 2), actor: "ann", actingAs: "ann")
        let wal = try FileManager.default.attributesOfItem(atPath: store.path + "-wal")
        #expect((wal[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try store.rights(of: "root") == [.admin])
        #expect(store.catalog.competencies.map(\.id) == Fixtures.catalog.competencies.map(\.id))
        #expect(store.catalog.roles == Fixtures.catalog.roles)
    }

    @Test("an empty file or another program's database is refused and left as it was")
    func refusesForeignFiles() throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("empty.sqlite").path
        _ = FileManager.default.createFile(atPath: path, contents: Data())
        #expect(throws: SkillsError.notADatabase(path: path)) { try SkillsStore.open(at: path) }
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber == 0)
        let text = folder.appendingPathComponent("notes.txt").path
        try "not a database at all, just some notes\n".write(toFile: text, atomically: true, encoding: .utf8)
        #expect(performing: { try SkillsStore.open(at: text) }, throws: { "\($0)".contains("\(text) is not a skills-tui database") })
    }

    @Test("migrations run from nothing on init, and an older database is upgraded on open")
    func migrations() throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Self.makeStore(in: folder).schemaVersion == Schema.latestVersion)
        // A database as version 1 left it: upgraded in place, data kept.
        let path = folder.appendingPathComponent("v1.sqlite").path
        do {
            let old = try SQLiteConnection(path: path, mode: .readWriteCreate)
            try old.execute(Schema.migrations[0].sql)
            try old.execute("PRAGMA user_version = 1; INSERT INTO meta(key, value) VALUES ('created_at', '1')")
        }
        let upgraded = try SkillsStore.open(at: path)
        #expect(upgraded.schemaVersion == Schema.latestVersion)
        #expect(try upgraded.meta("created_at") == "1")
        #expect(try upgraded.connection.scalarInt("SELECT count(*) FROM assessment_progress") == 0)
    }

    @Test("init publishes the database only when complete; a failure leaves nothing behind")
    func atomicCreation() throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("db.sqlite").path
        struct Interrupted: Error {}
        #expect(throws: Interrupted.self) {
            try SkillsStore.create(at: path, frameworks: Self.frameworks, administrator: "root", now: Fixtures.now) { store in
                #expect(!FileManager.default.fileExists(atPath: path))
                #expect(try store.sqlite.path != path)
                throw Interrupted()
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        let store = try SkillsStore.create(at: path, frameworks: Self.frameworks, administrator: "root", now: Fixtures.now)
        #expect(store.path == path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }.isEmpty)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
    }

    @Test("a database from a newer version is refused and left untouched")
    func refusesNewerDatabase() throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try Self.makeStore(in: folder)
        try store.connection.execute("PRAGMA user_version = \(Schema.latestVersion + 5)")
        #expect(throws: SkillsError.newerDatabase(path: store.path, version: Schema.latestVersion + 5, known: Schema.latestVersion)) {
            try SkillsStore.open(at: store.path)
        }
        #expect(try Schema.userVersion(store.sqlite) == Schema.latestVersion + 5)
    }

    @Test("missing, foreign and existing files give clear errors")
    func badPaths() throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("none.sqlite").path
        #expect(throws: SkillsError.noDatabase(path: missing)) { try SkillsStore.open(at: missing) }
        let store = try Self.makeStore(in: folder)
        #expect(performing: { try SkillsStore.create(at: store.path, frameworks: Self.frameworks, administrator: "x", now: Fixtures.now) },
                throws: { ($0 as? SkillsError) == .alreadyExists(path: store.path) })
        #expect(try store.rights(of: "x").isEmpty)
        let foreign = folder.appendingPathComponent("other.sqlite").path
        let other = try SQLiteConnection(path: foreign, mode: .readWriteCreate)
        try other.execute("CREATE TABLE notes(x)")
        #expect(performing: { try SkillsStore.open(at: foreign) }, throws: { "\($0)".contains("not a skills-tui database") })
        #expect(try other.scalarInt("SELECT count(*) FROM sqlite_schema") == 1)
    }

    @Test("rating events can be neither updated nor deleted", arguments: Backend.allCases)
    func appendOnly(backend: Backend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try Self.makeStore(database)
        try store.appendRating(Self.event("ann", "AA.X.1", 2), actor: "ann", actingAs: "ann")
        #expect(performing: { try store.connection.execute("UPDATE rating_events SET level = 4") },
                throws: { "\($0)".contains("append-only") })
        #expect(performing: { try store.connection.execute("DELETE FROM rating_events") }, throws: { "\($0)".contains("append-only") })
        #expect(performing: { try store.connection.execute("DELETE FROM audit") }, throws: { "\($0)".contains("append-only") })
        if backend == .postgresql {
            // Refused by the trigger, or before it by the tables that reference the events.
            #expect(performing: { try store.connection.execute("TRUNCATE rating_events") }, throws: {
                "\($0)".contains("append-only") || "\($0)".contains("referenced in a foreign key")
            })
        }
        #expect(try store.ratingHistory(of: "ann").map(\.level) == [2])
    }

    @Test("the current rating of each track is the newest event, whatever order events arrive in", arguments: Backend.allCases)
    func currentRatings(backend: Backend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try Self.makeStore(database)
        try store.appendRating(Self.event("ann", "AA.X.1", 1, daysAgo: 20), actor: "ann", actingAs: "ann")
        try store.appendRating(Self.event("ann", "AA.X.1", 3, daysAgo: 2), actor: "ann", actingAs: "ann")
        try store.appendRating(Self.event("ann", "AA.X.1", 2, daysAgo: 10), actor: "ann", actingAs: "ann")
        try store.appendRating(Self.event("ann", "AA.X.1", 1, .lead, daysAgo: 5), actor: "lea", actingAs: "lea")
        let current = try store.currentRatings(of: "ann")
        #expect(current.count == 1)
        #expect(current[0].selfRating?.level == 3)
        #expect(current[0].leadRating?.level == 1)
        #expect(try store.ratingHistory(of: "ann", competencyID: "AA.X.1").map(\.level) == [3, 1, 2, 1])
        #expect(try store.currentRatings(inTeams: ["team"])["ann"] == current)
        #expect(try store.currentRatings(inTeams: nil)["ann"] == current)
        // The self rating (3, two days ago) is newer than the lead's (1, five days ago): it awaits the lead.
        let pending = try store.pendingValidations(inTeams: ["team"], excluding: "lea")
        #expect(pending.map(\.event.level) == [3])
        #expect(pending.first?.lead?.level == 1)
        #expect(try store.pendingValidationCount(inTeams: ["team"], excluding: "lea").waiting == 1)
        #expect(try store.pendingValidationCount(inTeams: ["team"], excluding: "ann").waiting == 0)
        try store.appendRating(Self.event("ann", "AA.X.1", 3, .lead, daysAgo: 0), actor: "lea", actingAs: "lea")
        #expect(try store.pendingValidations(inTeams: ["team"], excluding: "lea").isEmpty)
    }

    @Test("every rating writes an audit row; a refused rating writes nothing", arguments: Backend.allCases)
    func auditAndAtomicity(backend: Backend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try Self.makeStore(database)
        let auditBefore = try store.auditEntries(limit: 100).count
        try store.appendRating(Self.event("ann", "AA.X.1", 2), actor: "root", actingAs: "ann")
        let entry = try #require(try store.auditEntries(limit: 1).first)
        #expect(entry.actor == "root")
        #expect(entry.actingAs == "ann")
        #expect(entry.subject == "ann AA.X.1")
        #expect(performing: { try store.appendRating(Self.event("ann", "ZZ.Q.1", 2), actor: "ann", actingAs: "ann") },
                throws: { "\($0)".contains("unknown competency ZZ.Q.1") })
        #expect(performing: { try store.appendRating(Self.event("nobody", "AA.X.1", 2), actor: "ann", actingAs: "ann") },
                throws: { "\($0)".contains("unknown login nobody") })
        #expect(performing: { try store.appendRating(Self.event("ann", "AA.X.1", 7), actor: "ann", actingAs: "ann") },
                throws: { ($0 as? SkillsError)?.kind == .inputOutput && "\($0)".lowercased().contains("check constraint") })
        #expect(try store.ratingEventCount() == 1)
        #expect(try store.auditEntries(limit: 100).count == auditBefore + 1)
    }

    @Test("a backup is a complete, openable copy", arguments: Backend.allCases)
    func backup(backend: Backend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try Self.makeStore(database)
        try store.appendRating(Self.event("ann", "AA.X.1", 2), actor: "ann", actingAs: "ann")
        let copyPath = database.folder.appendingPathComponent("copy.sqlite").path
        switch backend {
        case .postgresql:
            // pg_dump is the tool; nothing is written.
            #expect(throws: SkillsError.backupNeedsPgDump(name: store.path)) { try store.backup(to: copyPath) }
            #expect(!FileManager.default.fileExists(atPath: copyPath))
        case .sqlite:
            try store.backup(to: copyPath)
            let copy = try SkillsStore.open(at: copyPath)
            #expect(try copy.ratingEventCount() == 1)
            #expect(try copy.people().map(\.login) == ["ann", "lea"])
        }
    }

    @Test("re-applying organisation changes updates people instead of duplicating them", arguments: Backend.allCases)
    func reapplyUpdates(backend: Backend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try Self.makeStore(database)
        var renamed = Fixtures.person("ann")
        renamed.name = "Ann Other"
        try store.apply(OrganisationChanges(people: [renamed]), actor: "root", actingAs: "root", action: "test", now: Fixtures.now)
        #expect(try store.people().count == 2)
        #expect(try store.person(login: "ann")?.name == "Ann Other")
        #expect(try store.teams().first?.leadLogins == ["lea"])
    }
}
