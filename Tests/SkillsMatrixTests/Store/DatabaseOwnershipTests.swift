import Foundation
import Testing
@testable import SkillsMatrix

/// Never adopt or touch what is not ours: leftovers of another database are never
/// replayed into a new one, another program's SQLite file is never migrated, and a
/// damaged or partial file is never written, whatever opens it.
@Suite("Database files that are not ours")
struct DatabaseOwnershipTests {
    /// Every file in `folder` with its bytes: equal snapshots mean nothing was written,
    /// created or removed there.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    /// The `-wal` and `-shm` a crash leaves: a database of ours with three committed
    /// ratings still in its write-ahead log, copied while it is open.
    static func crashLeftovers() throws -> (wal: Data, shm: Data) {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try StoreTests.makeStore(in: folder)
        try store.connection.execute("PRAGMA wal_autocheckpoint = 0")
        for level in 1...3 { try store.appendRating(StoreTests.event("ann", "AA.X.1", level), actor: "ann", actingAs: "ann") }
        let wal = try Data(contentsOf: URL(fileURLWithPath: store.path + "-wal"))
        #expect(wal.count > 32, "the log holds the ratings")
        return (wal, try Data(contentsOf: URL(fileURLWithPath: store.path + "-shm")))
    }

    /// The ways a database is created: init, init --demo, generate, demo.
    static let creators: [(name: String, create: @Sendable (String) throws -> Void)] = [
        ("init", { path in
            _ = try Workspace.create(
                databaseAt: path, frameworks: try FrameworkDirectory.load(from: Fixtures.frameworksDirectory), demoDirectory: nil,
                login: "root")
        }),
        ("init --demo", { path in
            _ = try Workspace.create(
                databaseAt: path, frameworks: try FrameworkDirectory.load(from: Fixtures.frameworksDirectory),
                demoDirectory: Fixtures.demoDirectory, login: "root")
        }),
        ("generate", { path in
            _ = try Workspace.generate(
                databaseAt: path, frameworks: try FrameworkDirectory.load(from: Fixtures.frameworksDirectory),
                options: SyntheticOptions(staff: 50), login: "root")
        }),
        ("demo", { path in
            _ = try Workspace.recreateDemo(
                databaseAt: path, frameworks: try FrameworkDirectory.load(from: Fixtures.frameworksDirectory),
                demoDirectory: Fixtures.demoDirectory, login: "root")
        }),
    ]

    @Test(
        "init, generate and demo refuse to create a database beside a leftover -wal, -shm or -journal, and leave it be",
        arguments: creators.indices, SkillsStore.companionSuffixes)
    func leftoverCompanions(creator: Int, suffix: String) throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("skills.sqlite").path
        let leftovers = try Self.crashLeftovers()
        let bytes = suffix == "-wal" ? leftovers.wal : suffix == "-shm" ? leftovers.shm : Data("a journal of another database".utf8)
        try bytes.write(to: URL(fileURLWithPath: path + suffix))
        let before = try Self.snapshot(folder)
        #expect(throws: SkillsError.leftoverCompanion(database: path, companion: path + suffix)) {
            try Self.creators[creator].create(path)
        }
        #expect(try Self.snapshot(folder) == before)
    }

    @Test("once the leftovers are moved away the demo is made whole: nothing of the old log is in it")
    func noReplay() throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let clean = folder.appendingPathComponent("clean.sqlite").path
        try Self.creators[1].create(clean)
        let path = folder.appendingPathComponent("skills.sqlite").path
        let leftovers = try Self.crashLeftovers()
        try leftovers.wal.write(to: URL(fileURLWithPath: path + "-wal"))
        #expect(throws: SkillsError.self) { try Self.creators[1].create(path) }
        try FileManager.default.removeItem(atPath: path + "-wal")
        try Self.creators[1].create(path)
        let made = try SkillsStore.open(at: path)
        #expect(try made.ratingEventCount() == SkillsStore.open(at: clean).ratingEventCount())
        #expect(try made.integrityProblems().isEmpty)
    }

    // MARK: - application_id

    @Test("a database caught shorter than its header says while another process folds its log back is opened once it has grown, not called damaged")
    func checkpointCaughtHalfway() throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("db.sqlite").path
        do {
            let store = try StoreTests.makeStore(in: folder)
            try store.appendRating(StoreTests.event("ann", "AA.X.1", 2), actor: "ann", actingAs: "ann")
        }
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        // As a checkpoint leaves it for a moment: the header counts the last page, the file
        // has not grown to it yet.
        let reading = SQLiteFileHeader.reading(Array(whole.prefix(100)), fileSize: whole.count - 4_096)
        let read = try #require({ () -> SQLiteFileHeader? in
            if case .header(let read, _) = reading { return read }
            return nil
        }())
        #expect(read.expectedFileSize == whole.count)
        try whole.dropLast(4_096).write(to: URL(fileURLWithPath: path))
        let grower = Thread {
            Thread.sleep(forTimeInterval: 0.03)
            let handle = FileHandle(forWritingAtPath: path)
            handle?.seekToEndOfFile()
            handle?.write(whole.suffix(4_096))
            handle?.closeFile()
        }
        grower.start()
        let reopened = try SkillsStore.open(at: path)
        #expect(try reopened.ratingEventCount() == 1)
    }

    @Test("a new database is marked with skills-tui's application_id")
    func marked() throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try StoreTests.makeStore(in: folder)
        #expect(try Schema.applicationID(store.sqlite) == Schema.applicationID)
        #expect(Schema.applicationID == 0x534B_5455)
        let start = try store.sqlite.readFileStart(length: SQLiteFileHeader.length)
        let header = try #require(SQLiteFileHeader.reading(start.bytes, fileSize: start.fileSize).header)
        #expect(header.applicationID == Schema.applicationID)
        #expect(header.userVersion == Schema.latestVersion)
    }

    /// Another program's SQLite file, with `user_version` set as it likes.
    static func foreignDatabase(at path: String, userVersion: Int, applicationID: Int32 = 0, schema: String = "CREATE TABLE notes(x); INSERT INTO notes VALUES ('mine');") throws {
        let other = try SQLiteConnection(path: path, mode: .readWriteCreate)
        try other.execute(schema + "PRAGMA user_version = \(userVersion); PRAGMA application_id = \(applicationID);")
    }

    @Test("another program's SQLite file is refused untouched, whatever its user_version", arguments: [1, 2, 3, 4, 5, 99, -1])
    func foreignFile(userVersion: Int) throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("other.sqlite").path
        try Self.foreignDatabase(at: path, userVersion: userVersion)
        let before = try Self.snapshot(folder)
        #expect(throws: SkillsError.notADatabase(path: path)) { try SkillsStore.open(at: path) }
        #expect(throws: SkillsError.notADatabase(path: path)) { try Workspace.open(databaseAt: path, login: "root") }
        #expect(try Self.snapshot(folder) == before)
    }

    @Test("a file another program marked as its own is refused, even with our schema inside")
    func markedByAnother() throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("other.sqlite").path
        let ours = Schema.migrations.prefix(3).map(\.sql).joined(separator: "\n")
        try Self.foreignDatabase(at: path, userVersion: 3, applicationID: 0x4750_4B47, schema: ours)  // GeoPackage's "GPKG"
        let before = try Self.snapshot(folder)
        #expect(throws: SkillsError.notADatabase(path: path)) { try SkillsStore.open(at: path) }
        #expect(try Self.snapshot(folder) == before)
    }

    /// A database of ours as version `version` left it, before databases were marked.
    static func unmarkedDatabase(at path: String, version: Int, alter: String = "") throws {
        let old = try SQLiteConnection(path: path, mode: .readWriteCreate)
        try old.execute("PRAGMA journal_mode = WAL")
        for migration in Schema.migrations where migration.version <= version { try old.execute(migration.sql) }
        try old.execute("PRAGMA user_version = \(version); INSERT INTO meta(key, value) VALUES ('created_at', '1');" + alter)
    }

    @Test("our databases made before the mark get it, with their data, once their schema checks out", arguments: 1...Schema.lastUnmarkedVersion)
    func unmarkedOfOurs(version: Int) throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("old.sqlite").path
        try Self.unmarkedDatabase(at: path, version: version)
        let store = try SkillsStore.open(at: path)
        #expect(store.schemaVersion == Schema.latestVersion)
        #expect(try Schema.applicationID(store.sqlite) == Schema.applicationID)
        #expect(try store.meta("created_at") == "1")
    }

    @Test(
        "an unmarked file whose schema is not quite ours is refused untouched",
        arguments: [
            "DROP TABLE grants;",
            "DROP TRIGGER rating_events_refuse_update;",
            "CREATE TABLE extra(x); DROP INDEX people_by_team; CREATE INDEX people_by_team ON people(team_no);",
        ])
    func unmarkedNotOurs(alteration: String) throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("old.sqlite").path
        try Self.unmarkedDatabase(at: path, version: Schema.lastUnmarkedVersion, alter: alteration)
        let before = try Self.snapshot(folder)
        #expect(throws: SkillsError.notADatabase(path: path)) { try SkillsStore.open(at: path) }
        #expect(try Self.snapshot(folder) == before)
    }

    @Test("a newer database of ours is refused untouched; one without a version is not ours")
    func versions() throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try StoreTests.makeStore(in: folder)
        try store.connection.execute("PRAGMA user_version = 0")
        #expect(throws: SkillsError.notADatabase(path: store.path)) { try SkillsStore.open(at: store.path) }
        try store.connection.execute("PRAGMA user_version = \(Schema.latestVersion + 1)")
        #expect(throws: SkillsError.newerDatabase(path: store.path, version: Schema.latestVersion + 1, known: Schema.latestVersion)) {
            try SkillsStore.open(at: store.path)
        }
    }

    // MARK: - Damaged and partial files

    /// A finished database of ours, checkpointed so the one file is all of it.
    static func finishedDatabase(in folder: URL, version: Int = Schema.latestVersion) throws -> (path: String, bytes: Data) {
        let made = folder.appendingPathComponent("made")
        try FileManager.default.createDirectory(at: made, withIntermediateDirectories: true)
        let path: String
        if version == Schema.latestVersion {
            path = try StoreTests.makeStore(in: made).path
        } else {
            path = made.appendingPathComponent("old.sqlite").path
            try unmarkedDatabase(at: path, version: version)
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try FileManager.default.removeItem(at: made)
        return (path, bytes)
    }

    /// Damaged and partial copies of a database: cut short at several places, a page of
    /// noise in the middle, a header with nothing after it.
    static func damagedCopies(of bytes: Data) -> [(name: String, bytes: Data)] {
        var copies: [(name: String, bytes: Data)] = [0, 1, 16, 99, 100, 4_096, 8_192, bytes.count / 2, bytes.count - 1].map {
            ("cut at \($0)", bytes.prefix($0))
        }
        var generator = SplitMix64(seed: 7)
        for page in [2, 4, bytes.count / 4_096 / 2, bytes.count / 4_096 - 1] {
            var noisy = bytes
            for offset in page * 4_096..<min(bytes.count, (page + 1) * 4_096) { noisy[offset] = UInt8(truncatingIfNeeded: generator.next()) }
            copies.append(("noise in page \(page + 1)", noisy))
        }
        return copies
    }

    @Test("opening a damaged or partial file to read it never writes it nor leaves files beside it", arguments: [Schema.latestVersion, 2])
    func damagedFiles(version: Int) throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try Self.finishedDatabase(in: folder, version: version)
        let path = folder.appendingPathComponent("copy.sqlite").path
        for copy in Self.damagedCopies(of: original.bytes) {
            try copy.bytes.write(to: URL(fileURLWithPath: path))
            let before = try Self.snapshot(folder)
            do {
                let workspace = try Workspace.open(databaseAt: path, login: "root")
                _ = try workspace.staff()
                _ = try workspace.trainingNeeds()
                _ = try workspace.allRatingEvents()
            } catch let failure as SkillsError {
                switch failure {
                case .notADatabase, .damagedDatabase: break
                default: Issue.record("\(copy.name): \(failure)")
                }
            }
            #expect(try Self.snapshot(folder) == before, "\(copy.name) of a version \(version) database was changed")
        }
    }

    @Test("a rollback journal beside a database that keeps a write-ahead log is refused, not copied in")
    func foreignJournal() throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try StoreTests.makeStore(in: folder)
        let path = store.path
        try Data(repeating: 0xD9, count: 4_096).write(to: URL(fileURLWithPath: path + "-journal"))
        let before = try Self.snapshot(folder)
        #expect(throws: SkillsError.foreignJournal(database: path, journal: path + "-journal")) { try SkillsStore.open(at: path) }
        #expect(try Self.snapshot(folder) == before)
    }

    @Test("things that are not files are never opened as databases")
    func notFiles() throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: SkillsError.notADatabase(path: fifo)) { try SkillsStore.open(at: fifo) }
        #expect(throws: SkillsError.notADatabase(path: "/dev/null")) { try SkillsStore.open(at: "/dev/null") }
        #expect(throws: SkillsError.notADatabase(path: folder.path)) { try SkillsStore.open(at: folder.path) }
    }

    @Test("header bytes: SQLite's magic, cut short, or not SQLite at all")
    func headerReading() {
        #expect(SQLiteFileHeader.reading([], fileSize: 0) == .empty)
        #expect(SQLiteFileHeader.reading(Array("SQLite format".utf8), fileSize: 13) == .truncatedHeader(length: 13))
        #expect(SQLiteFileHeader.reading(Array("SQLite is a fine database\n".utf8), fileSize: 26) == .notSQLite)
        #expect(SQLiteFileHeader.reading(Array("PK\u{3}\u{4}".utf8), fileSize: 4) == .notSQLite)
    }
}
