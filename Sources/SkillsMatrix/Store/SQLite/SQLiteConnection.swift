import CSQLite
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What SQLite's failures mean to a person: the engine's error for a result code.
enum SQLiteFailure {
    /// - Parameters:
    ///   - code: SQLite's (extended) result code.
    ///   - systemError: the `errno` behind an I/O failure, or 0.
    static func error(code: Int32, message: String, systemError: Int32 = 0, path: String) -> SkillsError {
        switch code & 0xFF {
        case SQLITE_BUSY, SQLITE_LOCKED:
            return .databaseBusy(path: path)
        case SQLITE_FULL:
            return .diskFull(path: path)
        case SQLITE_READONLY, SQLITE_PERM:
            return .readOnlyDatabase(path: path)
        case SQLITE_CANTOPEN:
            // SQLite could not open the file or create one beside it (the write-ahead log,
            // its index, a journal); its errno is then often of a later fallback attempt,
            // so an unwritable folder is recognised by asking about the folder itself.
            if FileManager.default.fileExists(atPath: path), access(folder(of: path), W_OK) != 0 {
                return .readOnlyDatabase(path: path)
            }
            return .unreadableDatabase(path: path, cause: systemError == 0 ? message : SystemFailure.reason(errno: systemError))
        case SQLITE_NOTADB:
            return .notADatabase(path: path)
        case SQLITE_INTERRUPT:
            return .interrupted
        case SQLITE_CORRUPT:
            return .damagedDatabase(path: path, detail: message)
        case SQLITE_IOERR:
            switch systemError {
            case ENOSPC, EDQUOT: return .diskFull(path: path)
            case EROFS, EACCES, EPERM: return .readOnlyDatabase(path: path)
            case 0: return .databaseFailure(path: path, detail: message)
            default: return .databaseFailure(path: path, detail: "\(message): \(SystemFailure.reason(errno: systemError))")
            }
        default:
            return .databaseFailure(path: path, detail: message)
        }
    }

    private static func folder(of path: String) -> String {
        URL(fileURLWithPath: path).deletingLastPathComponent().path
    }
}

/// One open SQLite database. A class because it owns a handle that must be closed once.
///
/// Statements are prepared with bound parameters only: no value is ever pasted into SQL.
final class SQLiteConnection: DatabaseConnection {
    private let handle: OpaquePointer
    private var statementCache: [String: SQLiteStatement] = [:]
    /// The file opened.
    let path: String
    /// What messages call the database: `path`, or the name a database being built will
    /// have once it is finished.
    let name: String
    var dialect: any SQLDialect { SQLiteDialect() }

    enum OpenMode {
        case readWrite
        case readWriteCreate
        case readOnly
        /// Read-only, and promised that nothing else changes the file meanwhile (SQLite's
        /// `immutable`): no locks and no files beside it. Only for a file on a read-only
        /// file system, where SQLite could not create those files.
        case readOnlyImmutable
    }

    /// How long a writer waits for another process's write lock before giving up.
    static let busyTimeoutMilliseconds: Int32 = 10_000

    init(path: String, mode: OpenMode, name: String? = nil) throws {
        // NOMUTEX: a connection is never used by two threads at once (the class is not
        // Sendable; the TUI hands its workspace to one worker at a time and waits), so
        // SQLite's per-call mutex only costs: about a tenth of reading a million ratings.
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_NOFOLLOW
        switch mode {
        case .readWrite: flags |= SQLITE_OPEN_READWRITE
        case .readWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        case .readOnlyImmutable: flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
        }
        let name = name ?? path
        var opened: OpaquePointer?
        let status = sqlite3_open_v2(mode == .readOnlyImmutable ? Self.immutableURI(path) : path, &opened, flags, nil)
        guard status == SQLITE_OK, let opened else {
            let message = opened.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(status))
            sqlite3_close_v2(opened)
            throw SQLiteFailure.error(code: status, message: message, systemError: errno, path: name)
        }
        self.handle = opened
        self.path = path
        self.name = name
        sqlite3_extended_result_codes(opened, 1)
        sqlite3_busy_timeout(opened, Self.busyTimeoutMilliseconds)
    }

    deinit {
        statementCache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// `file:` URI of `path` with `immutable=1`; `%`, `?` and `#` in the path escaped.
    private static func immutableURI(_ path: String) -> String {
        var escaped = ""
        for character in URL(fileURLWithPath: path).path {
            switch character {
            case "%": escaped += "%25"
            case "?": escaped += "%3f"
            case "#": escaped += "%23"
            default: escaped.append(character)
            }
        }
        return "file://" + escaped + "?immutable=1"
    }

    // MARK: - Running SQL

    /// Runs one or more statements that take no parameters (schema, pragmas).
    func execute(_ sql: String) throws {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if status != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(status))
            sqlite3_free(errorMessage)
            throw SQLiteFailure.error(code: status, message: message, systemError: sqlite3_system_errno(handle), path: name)
        }
    }

    /// A way to stop this connection's running statement from another thread.
    var interrupter: any DatabaseInterrupter { SQLiteInterrupter(handle: handle) }

    /// A prepared statement for `sql`, reused across calls: preparing is the expensive part.
    func statement(_ sql: String) throws -> SQLiteStatement {
        if let cached = statementCache[sql] {
            cached.reset()
            return cached
        }
        var prepared: OpaquePointer?
        let status = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &prepared, nil)
        guard status == SQLITE_OK, let prepared else {
            throw error(status, sql: sql)
        }
        let statement = SQLiteStatement(handle: prepared, connection: self, sql: sql)
        statementCache[sql] = statement
        return statement
    }

    /// Runs `sql` once with `parameters` for its side effects.
    func run(_ sql: String, _ parameters: [DatabaseValue]) throws {
        let statement = try statement(sql)
        try statement.bind(parameters)
        while try statement.step() {}
    }

    /// The rows of `sql`, each read by `read`.
    func query<T>(_ sql: String, _ parameters: [DatabaseValue], _ read: (SQLiteStatement) throws -> T) throws -> [T] {
        let statement = try statement(sql)
        try statement.bind(parameters)
        var rows: [T] = []
        while try statement.step() { rows.append(try read(statement)) }
        return rows
    }

    /// The statement for `sql`, bound and ready to step.
    func cursor(_ sql: String, _ parameters: [DatabaseValue]) throws -> SQLiteStatement {
        let statement = try statement(sql)
        try statement.bind(parameters)
        return statement
    }

    /// One INSERT prepared once and re-bound per row.
    func rowWriter(into table: String, columns: [String]) throws -> SQLiteStatement {
        try statement(
            "INSERT INTO \(table)(\(columns.joined(separator: ", "))) VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))")
    }

    /// Nothing to do: a new INTEGER PRIMARY KEY is always one above the highest.
    func resumeKeys(of table: String) throws {}

    // MARK: - Transactions

    /// Runs `body` in a transaction: committed if it returns, rolled back if it throws.
    ///
    /// Write transactions start with `BEGIN IMMEDIATE`, taking the write lock up front:
    /// a deferred transaction that later upgrades can fail with SQLITE_BUSY at once
    /// instead of waiting, which is how "database is locked" reaches users. SQLite has one
    /// writer at a time, so every kind of write is serializable here and never retried.
    func withTransaction<T>(_ kind: TransactionKind, _ body: () throws -> T) throws -> T {
        try execute(kind == .read ? "BEGIN" : "BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    // MARK: - Backup

    /// Copies the whole database into a new file at `destination` with SQLite's online
    /// backup, which gives a consistent snapshot even while others write.
    func backup(to destination: String) throws {
        var target: OpaquePointer?
        let openStatus = sqlite3_open_v2(destination, &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil)
        guard openStatus == SQLITE_OK, let target else {
            sqlite3_close_v2(target)
            throw SQLiteFailure.error(code: openStatus, message: "cannot create the copy", systemError: errno, path: destination)
        }
        defer { sqlite3_close_v2(target) }
        guard let backup = sqlite3_backup_init(target, "main", handle, "main") else {
            throw SQLiteFailure.error(
                code: sqlite3_extended_errcode(target), message: String(cString: sqlite3_errmsg(target)), systemError: sqlite3_system_errno(target),
                path: destination)
        }
        var status: Int32
        repeat {
            status = sqlite3_backup_step(backup, -1)
            if status == SQLITE_BUSY || status == SQLITE_LOCKED { sqlite3_sleep(50) }
        } while status == SQLITE_OK || status == SQLITE_BUSY || status == SQLITE_LOCKED
        let finish = sqlite3_backup_finish(backup)
        guard status == SQLITE_DONE, finish == SQLITE_OK else {
            throw SQLiteFailure.error(
                code: finish, message: String(cString: sqlite3_errmsg(target)), systemError: sqlite3_system_errno(target), path: destination)
        }
        // The copy carries the source's WAL flag; a backup should be one self-contained
        // file that opens anywhere, including read-only media.
        let journal = sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nil, nil, nil)
        guard journal == SQLITE_OK else {
            throw SQLiteFailure.error(
                code: journal, message: String(cString: sqlite3_errmsg(target)), systemError: sqlite3_system_errno(target), path: destination)
        }
    }

    // MARK: - The file underneath

    /// The first `length` bytes of the database file and its size, read through SQLite's
    /// own handle of the file, before any statement has run (so before SQLite has taken a
    /// lock, replayed a journal or folded in a log).
    ///
    /// Never with an `open`/`close` of our own: POSIX drops every lock a process holds on
    /// a file when any of its descriptors of that file is closed, so closing one would
    /// silently release the locks of another connection to the same database in this
    /// process (the gateway holds one while a command opens its own), and other processes
    /// could then reset the log under a transaction.
    func readFileStart(length: Int) throws -> (bytes: [UInt8], fileSize: Int) {
        var file: UnsafeMutablePointer<sqlite3_file>?
        let status = sqlite3_file_control(handle, "main", SQLITE_FCNTL_FILE_POINTER, &file)
        guard status == SQLITE_OK, let file, let methods = file.pointee.pMethods,
            let read = methods.pointee.xRead, let size = methods.pointee.xFileSize
        else {
            throw SQLiteFailure.error(code: status == SQLITE_OK ? SQLITE_CANTOPEN : status, message: "no file handle", path: name)
        }
        var fileSize: sqlite3_int64 = 0
        let sized = size(file, &fileSize)
        guard sized == SQLITE_OK else { throw SQLiteFailure.error(code: sized, message: "cannot tell the file's size", path: name) }
        let count = min(length, Int(fileSize))
        var bytes = [UInt8](repeating: 0, count: count)
        if count > 0 {
            let result = bytes.withUnsafeMutableBytes { read(file, $0.baseAddress, Int32(count), 0) }
            guard result == SQLITE_OK else { throw SQLiteFailure.error(code: result, message: "cannot read the file", path: name) }
        }
        return (bytes, Int(fileSize))
    }

    // MARK: - Errors

    func error(_ status: Int32, sql: String?) -> SkillsError {
        SQLiteFailure.error(
            code: sqlite3_extended_errcode(handle), message: String(cString: sqlite3_errmsg(handle)),
            systemError: sqlite3_system_errno(handle), path: name)
    }
}
