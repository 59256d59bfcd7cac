import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The skills database: frameworks, the organisation, rating events and the audit trail.
///
/// A class because it owns the database connection. Every change runs in a transaction
/// and writes an audit row in that same transaction, so a change and its record of who
/// made it land together or not at all.
public final class SkillsStore {
    let connection: SQLiteConnection
    public let path: String
    /// The frameworks and roles in the database, loaded when it was opened.
    public internal(set) var catalog: Catalog
    /// Database key of each competency, by its position in `catalog.competencies`.
    var competencyNumbers: [Int64]
    /// Catalog position of each competency database key (-1: retired or unknown).
    var competencyIndexByNumber: [Int]

    private init(connection: SQLiteConnection) throws {
        self.connection = connection
        self.path = connection.path
        self.catalog = Catalog(frameworks: [], roles: [])
        self.competencyNumbers = []
        self.competencyIndexByNumber = []
        try reloadCatalog()
    }

    // MARK: - Opening and creating

    /// Opens an existing database, migrating it to the current schema if it is older.
    /// - Throws: `.missingInput` when there is no database at `path`; `.invalidData` for a
    ///   file that is not a finished skills-tui database (which is left untouched), or
    ///   one written by a newer version.
    public static func open(at path: String) throws -> SkillsStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw InvalidRequest(
                "no database at \(path): create one with `skills-tui init` (or `skills-tui init --demo`), or pass --db PATH",
                kind: .missingInput)
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw InvalidRequest("cannot read the database \(path): check its permissions", kind: .missingInput)
        }
        let connection = try SQLiteConnection(path: path, mode: .readWrite)
        do {
            try configure(connection)
            // `init` publishes a database only once it is complete, so version 0 is never ours:
            // an empty file, another program's database, or a copy of a half-made one. Migrating
            // it would write our schema into someone else's file.
            if try Schema.userVersion(connection) == 0 {
                throw InvalidRequest(
                    "\(path) is not a skills-tui database (an empty file or another program's): nothing was changed; pass --db with the right file, or remove it and run `skills-tui init`",
                    kind: .invalidData)
            }
        } catch let error as SQLiteError {
            throw InvalidRequest("\(path) is not a skills-tui database, or it is damaged (\(error.message)): nothing was changed", kind: .invalidData)
        }
        try Schema.migrate(connection)
        return try SkillsStore(connection: connection)
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
    public static func create(
        at path: String, frameworks: FrameworkDirectory, administrator: String, now: Date,
        populate: (SkillsStore) throws -> Void = { _ in }
    ) throws -> SkillsStore {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw InvalidRequest("cannot create the folder \(folder): \(error.localizedDescription)", kind: .inputOutput)
        }
        if FileManager.default.fileExists(atPath: path) { throw alreadyExists(path) }
        let building = folder + "/." + url.lastPathComponent + ".init-\(getpid())"
        removeDatabaseFiles(at: building)
        let descriptor = Glibc.open(building, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw InvalidRequest("cannot create a database in \(folder): \(String(cString: strerror(errno)))", kind: .inputOutput)
        }
        close(descriptor)
        defer { removeDatabaseFiles(at: building) }
        try build(at: building, publishedAs: path, frameworks: frameworks, administrator: administrator, now: now, populate: populate)
        guard link(building, path) == 0 else {
            if errno == EEXIST { throw alreadyExists(path) }
            throw InvalidRequest("cannot create \(path): \(String(cString: strerror(errno)))", kind: .inputOutput)
        }
        return try open(at: path)
    }

    /// Fills the database at `building` and closes it (which folds the write-ahead log
    /// back into the file, so the one file is the whole database).
    private static func build(
        at building: String, publishedAs path: String, frameworks: FrameworkDirectory, administrator: String, now: Date,
        populate: (SkillsStore) throws -> Void
    ) throws {
        let connection = try SQLiteConnection(path: building, mode: .readWrite)
        try connection.execute("PRAGMA journal_mode = WAL")
        try configure(connection)
        try Schema.migrate(connection)
        let store = try SkillsStore(connection: connection)
        try store.connection.withTransaction {
            try store.setMeta("created_at", String(Int64(now.timeIntervalSince1970)))
            try store.setMeta("roles_version", frameworks.rolesVersion)
            try store.installCatalogRows(frameworks.catalog, now: now)
            try store.insertGrant(.admin, login: administrator, grantedBy: administrator, now: now)
            try store.recordAudit(
                actor: administrator, actingAs: administrator, action: "init", subject: path,
                detail: "frameworks " + frameworks.catalog.frameworks.map { "\($0.id) \($0.version)" }.joined(separator: ", "),
                at: now)
        }
        try store.reloadCatalog()
        try populate(store)
    }

    private static func alreadyExists(_ path: String) -> InvalidRequest {
        InvalidRequest(
            "\(path) already exists: nothing was changed (use it as it is, or pass --db with a new path)", kind: .alreadyExists)
    }

    /// Removes a database that failed while being made, with its WAL and shared-memory files.
    public static func removeDatabaseFiles(at path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    private static func configure(_ connection: SQLiteConnection) throws {
        // FULL: a confirmed rating survives a power cut as well as a killed process.
        try connection.execute("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;")
    }

    // MARK: - Meta

    public func meta(_ key: String) throws -> String? {
        try connection.query("SELECT value FROM meta WHERE key = ?", [.text(key)]) { $0.text(0) }.first
    }

    func setMeta(_ key: String, _ value: String) throws {
        try connection.run(
            "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [.text(key), .text(value)])
    }

    /// Whether this is a demo organisation, in which anyone may act as anyone (`--as`).
    public var isDemo: Bool { (try? meta("demo")) == "1" }

    public var schemaVersion: Int { (try? Schema.userVersion(connection)) ?? 0 }

    // MARK: - Transactions and audit

    /// Runs `body` as one write transaction.
    public func withTransaction<T>(_ body: () throws -> T) throws -> T {
        try connection.withTransaction(body)
    }

    /// Appends an audit row. Call inside the transaction that makes the change.
    public func recordAudit(actor: String, actingAs: String, action: String, subject: String, detail: String = "", at: Date) throws {
        try connection.run(
            "INSERT INTO audit(at, actor, acting_as, action, subject, detail) VALUES (?, ?, ?, ?, ?, ?)",
            [.int(Self.seconds(at)), .text(actor), .text(actingAs), .text(action), .text(subject), .text(detail)])
    }

    public struct AuditEntry: Hashable, Sendable {
        public var at: Date
        public var actor: String
        public var actingAs: String
        public var action: String
        public var subject: String
        public var detail: String
    }

    /// The newest audit entries first.
    public func auditEntries(limit: Int = 50) throws -> [AuditEntry] {
        try connection.query(
            "SELECT at, actor, acting_as, action, subject, detail FROM audit ORDER BY no DESC LIMIT ?", [.int(Int64(limit))]
        ) {
            AuditEntry(
                at: Self.date($0.int64(0)), actor: $0.text(1), actingAs: $0.text(2), action: $0.text(3), subject: $0.text(4),
                detail: $0.text(5))
        }
    }

    // MARK: - Backup

    /// Writes a consistent copy of the database to `destination` (which must not exist),
    /// using SQLite's online backup so that writers may carry on meanwhile.
    public func backup(to destination: String) throws {
        guard !FileManager.default.fileExists(atPath: destination) else {
            throw InvalidRequest("\(destination) already exists: choose a new file name", kind: .alreadyExists)
        }
        let descriptor = Glibc.open(destination, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw InvalidRequest("cannot create \(destination): \(String(cString: strerror(errno)))", kind: .inputOutput)
        }
        close(descriptor)
        do {
            try connection.backup(to: destination)
        } catch {
            try? FileManager.default.removeItem(atPath: destination)
            throw error
        }
    }

    // MARK: - Time

    static func seconds(_ date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }
    static func date(_ seconds: Int64) -> Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }
}
