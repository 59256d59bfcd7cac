import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The skills database: frameworks, the organisation, rating events and the audit trail.
///
/// A class because it owns the database connection. Every change runs in a transaction
/// and writes an audit row in that same transaction, so a change and its record of who
/// made it land together or not at all.
final class SkillsStore {
    /// The session every statement written once for both backends goes through.
    let connection: any DatabaseConnection
    /// The same session by backend, for what only one of them has (files, PRAGMAs, COPY).
    let backend: StoreBackend
    /// What messages call the database: a file's path, or a URL without its password.
    let path: String
    /// The frameworks and roles in the database, loaded when it was opened.
    var catalog: Catalog
    /// Database key of each competency, by its position in `catalog.competencies`.
    var competencyNumbers: [Int64]
    /// Catalog position of each competency database key (-1: retired or unknown).
    var competencyIndexByNumber: [Int]
    /// The learning catalogue in the database (empty when none was installed).
    var learning: LearningCatalogue

    private init(backend: StoreBackend) throws {
        self.backend = backend
        self.connection = backend.connection
        self.path = backend.connection.name
        self.catalog = Catalog(frameworks: [], roles: [])
        self.competencyNumbers = []
        self.competencyIndexByNumber = []
        self.learning = .empty
        try reloadCatalog()
    }

    // MARK: - Opening and creating

    /// Opens an existing database, migrating it to the current schema if it is older.
    ///
    /// Nothing is written to a file that is not ours or not whole: `vetExistingFile` looks
    /// at its bytes before SQLite runs anything on it, `Schema.checkOwnership` at its schema before
    /// any migration, and a migration runs only on a file that passes SQLite's own check.
    /// A database on a read-only file system opens for reading only.
    /// - Throws: `.noDatabase` when there is no database at `path`; `.notADatabase` for a
    ///   file that is not a finished skills-tui database, `.damagedDatabase` for one that is
    ///   not whole, `.newerDatabase` for one from a newer version: each left untouched.
    static func open(at location: String) throws -> SkillsStore {
        switch DatabaseLocation(location) {
        case .sqliteFile(let path): return try openSQLite(at: path)
        case .postgres(let url): return try openPostgres(url: url)
        }
    }

    /// Opens a PostgreSQL database of ours, migrating it if it is older.
    /// - Throws: the connection's errors (see `PostgresConnection.init`);
    ///   `.uninitialisedDatabase` for an empty database, `.notADatabase` for another
    ///   application's, `.newerDatabase`: each left untouched.
    private static func openPostgres(url: String) throws -> SkillsStore {
        let connection = try PostgresConnection(url: url)
        if try PostgresSchema.checkOwnership(connection) < PostgresSchema.latestVersion { try PostgresSchema.migrate(connection) }
        return try SkillsStore(backend: .postgres(connection))
    }

    private static func openSQLite(at path: String) throws -> SkillsStore {
        guard FileManager.default.fileExists(atPath: path) else { throw SkillsError.noDatabase(path: path) }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw SkillsError.unreadableDatabase(path: path, cause: SystemFailure.reason(errno: EACCES))
        }
        let readOnly = isOnReadOnlyFileSystem(path) && existingCompanions(of: path).isEmpty
        let connection = try vetExistingFile(at: path) {
            try SQLiteConnection(path: path, mode: readOnly ? .readOnlyImmutable : .readWrite)
        }
        try configure(connection)
        let version = try Schema.checkOwnership(connection)
        if version < Schema.latestVersion {
            try checkIntegrity(connection)
            try Schema.migrate(connection)
        }
        return try SkillsStore(backend: .sqlite(connection))
    }

    /// Refuses to change a damaged file: SQLite's quick check, run before a migration.
    private static func checkIntegrity(_ connection: SQLiteConnection) throws {
        let problems = try connection.query("PRAGMA quick_check") { $0.text(0) }.filter { $0 != "ok" }
        if let first = problems.first { throw SkillsError.damagedDatabase(path: connection.name, detail: first) }
    }

    /// Creates a new database at `path` with the given frameworks and roles, makes
    /// `administrator` its first admin, then lets `populate` add to it (the demo or a
    /// synthetic organisation).
    ///
    /// The database is built under a temporary name in the same folder and appears at
    /// `path` only when complete (a hard link, which also refuses to replace anything that
    /// appeared meanwhile): a crash part-way never leaves a half-made database where
    /// `init` would refuse it and `open` would misread it. The file is mode 0600, its
    /// folder 0700 if new.
    /// - Throws: `.alreadyExists` when something is already at `path`.
    static func create(
        at location: String, frameworks: FrameworkDirectory, administrator: String, now: Date,
        populate: (SkillsStore) throws -> Void = { _ in }
    ) throws -> SkillsStore {
        switch DatabaseLocation(location) {
        case .sqliteFile(let path):
            return try createSQLite(at: path, frameworks: frameworks, administrator: administrator, now: now, populate: populate)
        case .postgres(let url):
            let store = try SkillsStore(backend: .postgres(try createPostgresSchema(url: url)))
            try store.fill(frameworks: frameworks, administrator: administrator, now: now, populate: populate)
            return store
        }
    }

    /// Gives an empty PostgreSQL database (one made with `createdb`) our schema. There is
    /// no half-made database to hide as with a file: the schema arrives in one
    /// transaction, and `fill` writes the first rows in another.
    /// - Throws: `.alreadyExists` for a database of ours, `.notADatabase` for one with
    ///   another application's tables.
    static func createPostgresSchema(url: String) throws -> PostgresConnection {
        let connection = try PostgresConnection(url: url)
        switch try PostgresSchema.state(connection) {
        case .ours: throw SkillsError.alreadyExists(path: connection.name)
        case .foreign: throw SkillsError.notADatabase(path: connection.name)
        case .empty: try PostgresSchema.migrate(connection)
        }
        return connection
    }

    private static func createSQLite(
        at path: String, frameworks: FrameworkDirectory, administrator: String, now: Date,
        populate: (SkillsStore) throws -> Void
    ) throws -> SkillsStore {
        try publishSQLiteFile(at: path) { building in
            try build(at: building, publishedAs: path, frameworks: frameworks, administrator: administrator, now: now, populate: populate)
        }
        return try open(at: path)
    }

    /// Makes a new database file at `path` with `build`, which is handed a temporary
    /// file beside it (empty, mode 0600) to fill and close; the file appears at `path`
    /// only when `build` has returned (see `create`).
    static func publishSQLiteFile(at path: String, build: (String) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw SkillsError.io(path: folder, operation: .createFolder, cause: SystemFailure.reason(of: error))
        }
        if FileManager.default.fileExists(atPath: path) { throw alreadyExists(path) }
        try refuseLeftoverCompanions(at: path)
        let building = folder + "/." + url.lastPathComponent + ".init-\(getpid())"
        removeDatabaseFiles(at: building)
        let descriptor = Glibc.open(building, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw SkillsError.io(path: building, operation: .create, cause: SystemFailure.reason(errno: errno))
        }
        close(descriptor)
        defer { removeDatabaseFiles(at: building) }
        try build(building)
        // Again at the last moment: a companion that appeared while we built would be
        // replayed into the finished database as soon as it is opened.
        try refuseLeftoverCompanions(at: path)
        guard link(building, path) == 0 else {
            if errno == EEXIST { throw alreadyExists(path) }
            throw SkillsError.io(path: path, operation: .create, cause: SystemFailure.reason(errno: errno))
        }
    }

    /// Fills the database at `building` and closes it (which folds the write-ahead log
    /// back into the file, so the one file is the whole database).
    private static func build(
        at building: String, publishedAs path: String, frameworks: FrameworkDirectory, administrator: String, now: Date,
        populate: (SkillsStore) throws -> Void
    ) throws {
        let connection = try SQLiteConnection(path: building, mode: .readWrite, name: path)
        try connection.execute("PRAGMA journal_mode = WAL")
        try configure(connection)
        try Schema.migrate(connection)
        let store = try SkillsStore(backend: .sqlite(connection))
        try store.fill(frameworks: frameworks, administrator: administrator, now: now, populate: populate)
    }

    /// Writes a new database's first rows: its frameworks and roles, its first admin and
    /// the audit row of `init`; then lets `populate` add to it.
    private func fill(
        frameworks: FrameworkDirectory, administrator: String, now: Date, populate: (SkillsStore) throws -> Void
    ) throws {
        let path = self.path
        let store = self
        try store.withTransaction {
            try store.setMeta("created_at", String(Int64(now.timeIntervalSince1970)))
            try store.setMeta("roles_version", frameworks.rolesVersion)
            try store.installCatalogRows(frameworks.catalog, now: now)
            if let learning = frameworks.learning { try store.installLearningRows(learning, now: now) }
            try store.insertGrant(.admin, login: administrator, grantedBy: administrator, now: now)
            try store.recordAudit(
                actor: administrator, actingAs: administrator, action: "init", subject: path,
                detail: "frameworks " + frameworks.catalog.frameworks.map { "\($0.id) \($0.version)" }.joined(separator: ", ")
                    + (frameworks.learning.map { "; learning catalogue \($0.version)" } ?? ""),
                at: now)
        }
        try store.reloadCatalog()
        try populate(store)
    }

    private static func alreadyExists(_ path: String) -> SkillsError { .alreadyExists(path: path) }

    static func configure(_ connection: SQLiteConnection) throws {
        // FULL: a confirmed rating survives a power cut as well as a killed process.
        // A page cache of 16 MiB (SQLite's default is 2): lists in login order (staff list,
        // the organisation scan's people) visit the people table's pages out of order, and
        // with 100,000 people those 9 MiB no longer fit in 2, so each page was read again
        // and again; 17% of `staff list`. Pages are taken only as they are read.
        try connection.execute("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA cache_size = -16384;")
    }

    // MARK: - Meta

    func meta(_ key: String) throws -> String? {
        try connection.query("SELECT value FROM meta WHERE key = ?", [.text(key)]) { $0.text(0) }.first
    }

    func setMeta(_ key: String, _ value: String) throws {
        try connection.run(
            "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [.text(key), .text(value)])
    }

    /// Whether this is a demo organisation, in which anyone may act as anyone (`--as`).
    var isDemo: Bool { (try? meta("demo")) == "1" }

    var schemaVersion: Int {
        switch backend {
        case .sqlite(let connection): return (try? Schema.userVersion(connection)) ?? 0
        case .postgres(let connection):
            if case .ours(let version) = try? PostgresSchema.state(connection) { return version }
            return 0
        }
    }

    // MARK: - Transactions and audit

    /// Runs `body` as one write transaction of `kind` (see `TransactionKind`; on
    /// PostgreSQL `body` may run again after a serialization failure).
    func withTransaction<T>(_ kind: TransactionKind = .serializable, _ body: () throws -> T) throws -> T {
        try connection.withTransaction(kind, body)
    }

    /// Appends an audit row. Call inside the transaction that makes the change.
    func recordAudit(actor: String, actingAs: String, action: String, subject: String, detail: String = "", at: Date) throws {
        try Self.refuseFutureTime(at)
        try connection.run(
            "INSERT INTO audit(at, actor, acting_as, action, subject, detail) VALUES (?, ?, ?, ?, ?, ?)",
            [.int(Self.seconds(at)), .text(actor), .text(actingAs), .text(action), .text(subject), .text(detail)])
    }

    struct AuditEntry: Hashable, Sendable {
        var at: Date
        var actor: String
        var actingAs: String
        var action: String
        var subject: String
        var detail: String
    }

    /// The newest audit entries first.
    func auditEntries(limit: Int = 50) throws -> [AuditEntry] {
        try connection.query(
            "SELECT at, actor, acting_as, action, subject, detail FROM audit ORDER BY no DESC LIMIT ?", [.int(Int64(limit))]
        ) {
            AuditEntry(
                at: Self.date($0.int64(0)), actor: $0.text(1), actingAs: $0.text(2), action: $0.text(3), subject: $0.text(4),
                detail: $0.text(5))
        }
    }

    // MARK: - Backup

    /// Writes a consistent copy of the database into `destination`, an empty file made
    /// for it (see `OutputTarget.create`), using SQLite's online backup so that writers
    /// may carry on meanwhile.
    /// On PostgreSQL there is no file to copy: `pg_dump` is the tool (see `Workspace.backup`).
    func backup(to destination: String) throws {
        guard case .sqlite(let connection) = backend else { throw SkillsError.backupNeedsPgDump(name: path) }
        try connection.backup(to: destination)
    }

    // MARK: - Time

    /// How far past this host's clock a recorded time may be: the clocks of two gateway
    /// hosts never agree to the second. Beyond it, a time is someone's attempt to date a
    /// change in the future, where it would stay "current" for good.
    static let allowedClockSkew: TimeInterval = 300

    /// Refuses a time to record that lies in the future (see `allowedClockSkew`). The
    /// schema's triggers refuse the same, for any writer.
    static func refuseFutureTime(_ date: Date) throws {
        guard date.timeIntervalSinceNow <= allowedClockSkew else {
            throw SkillsError.futureTime(ISO8601DateFormatter().string(from: date))
        }
    }

    static func seconds(_ date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }
    static func date(_ seconds: Int64) -> Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }
}
