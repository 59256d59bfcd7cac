import CPostgreSQL
import Foundation

/// One session with a PostgreSQL database through libpq. A class because it owns the
/// connection, which must be closed once; never shared between threads.
///
/// Statements are sent with bound parameters only (`PQexecParams`): no value is ever
/// pasted into SQL. The store's `?` placeholders become `$1`, `$2`, ... here, so the SQL
/// the two backends share is written once.
///
/// Faults: a statement that fails for a reason worth another try (SQLSTATE 40001
/// serialization_failure, 40P01 deadlock_detected, or the connection lost) inside
/// `withTransaction` makes the whole transaction run again; a connection lost while
/// COMMIT was on its way is reported as `commitOutcomeUnknown` and never retried.
final class PostgresConnection: DatabaseConnection {
    private let handle: OpaquePointer
    /// The URL as given (it may hold a password: never shown).
    let url: String
    /// The URL without its password, for messages.
    let name: String
    var dialect: any SQLDialect { PostgresDialect() }
    /// Cancels the running statement from another thread (see `PostgresCanceller`).
    private let canceller: PostgresCanceller
    var interrupter: any DatabaseInterrupter { canceller }
    /// Whether a transaction (ours, or a cursor's own) is open on the server.
    private(set) var inTransaction = false
    private var cursorsDeclared = 0
    /// The FETCH sent ahead for a cursor (`fetchAhead`), and its result once collected.
    private var ahead: (cursorName: String, result: OpaquePointer?)?
    private var numberedSQL: [String: String] = [:]

    /// How long a transaction keeps trying to reach a server that went away (a restart,
    /// a fail-over) before it gives up.
    static let reconnectWindow: TimeInterval = 30
    /// How many times a transaction is run again after serialization failures.
    static let maximumAttempts = 12

    /// Connects to the database at `url`. A server that is down or starting up (a restart,
    /// a fail-over, a host booting before its database) is waited for, up to `window`
    /// seconds, as a running session waits for one that goes away; a name that does not
    /// resolve, a refused password or a missing database fail at once.
    /// - Throws: `.invalidDatabaseURL`, `.databaseLoginRefused`, `.missingPostgresDatabase`
    ///   or `.databaseUnreachable` (saying how long it waited): one clear line each.
    init(url: String, waitingUpTo window: TimeInterval = PostgresConnection.reconnectWindow) throws {
        let parts = try PostgresURL(url)
        self.url = url
        self.name = parts.displayName
        self.handle = try Self.connect(url: url, parts: parts, waitingUpTo: window)
        self.canceller = PostgresCanceller(handle: handle)
    }

    deinit { PQfinish(handle) }

    /// `connectOnce` again and again while the server is not there yet, for `window` seconds.
    private static func connect(url: String, parts: PostgresURL, waitingUpTo window: TimeInterval) throws -> OpaquePointer {
        let deadline = Date().addingTimeInterval(window)
        var pause: useconds_t = 50_000
        var announced = false
        while true {
            do {
                return try connectOnce(url: url, parts: parts)
            } catch SkillsError.databaseUnreachable(let name, let detail) where PostgresFailure.isWorthWaiting(detail) {
                guard Date() < deadline else {
                    throw SkillsError.databaseUnreachable(name: name, detail: window > 0 ? "\(detail); still so after \(Int(window)) s" : detail)
                }
                if !announced {
                    DatabaseWait.announce(DatabaseWait(name: name, detail: detail, seconds: Int(window)))
                    announced = true
                }
                usleep(pause)
                pause = min(pause * 2, 1_000_000)
            }
        }
    }

    private static func connectOnce(url: String, parts: PostgresURL) throws -> OpaquePointer {
        // expand_dbname: the URL is read as a whole set of settings; the ones after it
        // only fill what it leaves out.
        let settings: [(String, String)] = [
            ("dbname", url), ("fallback_application_name", "skills-tui"), ("client_encoding", "UTF8"), ("connect_timeout", "10"),
        ]
        let keywords = settings.map { strdup($0.0) }
        let values = settings.map { strdup($0.1) }
        defer {
            keywords.forEach { free($0) }
            values.forEach { free($0) }
        }
        let connection: OpaquePointer? = (keywords.map { UnsafePointer($0) } + [nil]).withUnsafeBufferPointer { keywordList in
            (values.map { UnsafePointer($0) } + [nil]).withUnsafeBufferPointer { valueList in
                PQconnectdbParams(keywordList.baseAddress, valueList.baseAddress, 1)
            }
        }
        guard let connection else { throw SkillsError.databaseUnreachable(name: parts.displayName, detail: "out of memory") }
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = String(cString: PQerrorMessage(connection))
            let needsPassword = PQconnectionNeedsPassword(connection) == 1
            PQfinish(connection)
            throw PostgresFailure.connectionError(message: message, needsPassword: needsPassword, parts: parts)
        }
        cpostgresql_silence_notices(connection)
        return connection
    }

    // MARK: - Running SQL

    /// Runs statements that take no parameters (schema); several may be given at once.
    func execute(_ sql: String) throws {
        let result = try send(retryingRead: false) { PQexec(handle, sql) }
        PQclear(result)
    }

    func run(_ sql: String, _ parameters: [DatabaseValue]) throws {
        PQclear(try exec(sql, parameters, retryingRead: false))
    }

    func query<T>(_ sql: String, _ parameters: [DatabaseValue], _ read: (PostgresCursor) throws -> T) throws -> [T] {
        let rows = PostgresCursor(result: try exec(sql, parameters, retryingRead: !inTransaction))
        var values: [T] = []
        while try rows.step() { values.append(try read(rows)) }
        return values
    }

    /// The rows of `sql` through a server-side cursor, fetched in batches: millions of
    /// rows never sit in memory at once, and several cursors can be read side by side.
    /// Outside a transaction the cursor opens a read-only snapshot of its own, closed
    /// when its last row has been read (or it is dropped).
    func cursor(_ sql: String, _ parameters: [DatabaseValue]) throws -> PostgresCursor {
        var ownsTransaction = false
        if !inTransaction {
            try beginOwnSnapshot()
            ownsTransaction = true
        }
        cursorsDeclared += 1
        let cursorName = "skills_cursor_\(cursorsDeclared)"
        do {
            PQclear(try exec("DECLARE \(cursorName) NO SCROLL CURSOR FOR " + sql, parameters, retryingRead: false))
        } catch {
            if ownsTransaction { endOwnTransaction(committing: false) }
            throw ownsTransaction ? PostgresFailure.outsideTransaction(error, name: name) : error
        }
        return PostgresCursor(connection: self, cursorName: cursorName, ownsTransaction: ownsTransaction)
    }

    /// Opens the read-only snapshot of a cursor used outside a transaction; a connection
    /// found lost at BEGIN (the server restarted while we were idle) is reopened once.
    private func beginOwnSnapshot() throws {
        var attempt = 0
        while true {
            attempt += 1
            try reconnectIfLost()
            inTransaction = true
            do {
                try execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                return
            } catch PostgresInterruption.connectionLost where attempt == 1 {
                inTransaction = false
            } catch let interruption as PostgresInterruption {
                inTransaction = false
                throw interruption.error(name: name)
            } catch {
                inTransaction = false
                throw error
            }
        }
    }

    /// The next batch of a cursor's rows: the one `fetchAhead` asked for, or asked for now.
    func fetch(_ cursorName: String, ownsTransaction: Bool) throws -> OpaquePointer {
        do {
            if ahead?.cursorName == cursorName {
                settleAhead()
                let result = ahead?.result
                ahead = nil
                return try check(result)
            }
            return try exec(Self.fetchStatement(cursorName), [], retryingRead: false)
        } catch {
            if ownsTransaction { endOwnTransaction(committing: false) }
            throw ownsTransaction ? PostgresFailure.outsideTransaction(error, name: name) : error
        }
    }

    /// Asks for a cursor's next batch before its rows are wanted, so that the server reads
    /// it while the caller reads the batch in hand: the organisation scan's million rows
    /// otherwise leave the server and the reader waiting for each other in turn. One
    /// FETCH is in flight at a time; any other statement first collects it.
    func fetchAhead(_ cursorName: String) {
        guard ahead == nil, PQstatus(handle) == CONNECTION_OK else { return }
        if PQsendQuery(handle, Self.fetchStatement(cursorName)) == 1 { ahead = (cursorName, nil) }
    }

    private static func fetchStatement(_ cursorName: String) -> String { "FETCH \(PostgresCursor.batchSize) FROM \(cursorName)" }

    /// Collects the result of a FETCH sent ahead (kept for its cursor), so that the
    /// connection is free for the next statement.
    private func settleAhead() {
        guard let pending = ahead, pending.result == nil else { return }
        var first: OpaquePointer?
        while let result = PQgetResult(handle) {
            if first == nil { first = result } else { PQclear(result) }
        }
        ahead = (pending.cursorName, first)
    }

    /// Forgets a FETCH sent ahead: its cursor is closed, or its transaction over.
    private func dropAhead() {
        settleAhead()
        PQclear(ahead?.result)
        ahead = nil
    }

    /// Closes a cursor whose rows have all been read, and the snapshot it opened.
    func close(_ cursorName: String, ownsTransaction: Bool) {
        if ahead?.cursorName == cursorName { dropAhead() } else { settleAhead() }
        guard PQstatus(handle) == CONNECTION_OK, PQtransactionStatus(handle) == PQTRANS_INTRANS else {
            if ownsTransaction { inTransaction = false }
            return
        }
        if ownsTransaction {
            endOwnTransaction(committing: true)
        } else {
            PQclear(PQexec(handle, "CLOSE \(cursorName)"))
        }
    }

    private func endOwnTransaction(committing: Bool) {
        dropAhead()
        if PQstatus(handle) == CONNECTION_OK { PQclear(PQexec(handle, committing ? "COMMIT" : "ROLLBACK")) }
        inTransaction = false
    }

    /// Runs `sql` with `parameters`, its `?` placeholders numbered for PostgreSQL.
    private func exec(_ sql: String, _ parameters: [DatabaseValue], retryingRead: Bool) throws -> OpaquePointer {
        let numbered = numbered(sql)
        guard !parameters.isEmpty else { return try send(retryingRead: retryingRead) { PQexec(handle, numbered) } }
        var types: [Oid] = []
        var texts: [String?] = []
        for value in parameters {
            switch value {
            case .null:
                types.append(0)
                texts.append(nil)
            case .int(let number):
                types.append(20)  // int8
                texts.append(String(number))
            case .double(let number):
                types.append(701)  // float8
                texts.append(String(number))
            case .text(let text):
                types.append(25)  // text
                texts.append(text)
            }
        }
        let copies = texts.map { $0.map { strdup($0) } ?? nil }
        defer { copies.forEach { free($0) } }
        let pointers = copies.map { $0.map { UnsafePointer($0) } }
        return try send(retryingRead: retryingRead) {
            PQexecParams(handle, numbered, Int32(parameters.count), types, pointers, nil, nil, 0)
        }
    }

    /// Sends one statement and checks its result. Inside a transaction a lost
    /// connection is the transaction's to handle; outside one, a read is sent once more
    /// after reconnecting.
    private func send(retryingRead: Bool, _ statement: () -> OpaquePointer?) throws -> OpaquePointer {
        settleAhead()
        if inTransaction { return try check(statement()) }
        try reconnectIfLost()
        do {
            return try check(statement())
        } catch PostgresInterruption.connectionLost where retryingRead {
            try reconnectIfLost()
            do {
                return try check(statement())
            } catch let interruption as PostgresInterruption {
                throw interruption.error(name: name)
            }
        } catch let interruption as PostgresInterruption {
            throw interruption.error(name: name)
        }
    }

    /// The result when the statement succeeded; else the error, as an interruption that
    /// a transaction retries, or as the engine's error.
    private func check(_ result: OpaquePointer?) throws -> OpaquePointer {
        if let result {
            let status = PQresultStatus(result)
            if status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_COPY_IN { return result }
        }
        let failure = PostgresFailure(result: result, connection: handle)
        PQclear(result)
        if failure.isConnectionLost || PQstatus(handle) != CONNECTION_OK { throw PostgresInterruption.connectionLost }
        if failure.isRetryable, inTransaction { throw PostgresInterruption.retryable(failure.sqlState) }
        throw failure.error(name: name)
    }

    /// `sql` with each `?` outside quotes replaced by `$1`, `$2`, ...
    private func numbered(_ sql: String) -> String {
        if let done = numberedSQL[sql] { return done }
        var result = ""
        var count = 0
        var quote: Character?
        for character in sql {
            if let open = quote {
                if character == open { quote = nil }
                result.append(character)
            } else if character == "'" || character == "\"" {
                quote = character
                result.append(character)
            } else if character == "?" {
                count += 1
                result += "$\(count)"
            } else {
                result.append(character)
            }
        }
        numberedSQL[sql] = result
        return result
    }

    // MARK: - Reconnecting

    /// Reconnects when the connection was lost (the server restarted, a fail-over),
    /// trying for up to `reconnectWindow` seconds.
    /// - Throws: `.databaseUnreachable` when the server stays away.
    func reconnectIfLost() throws {
        guard PQstatus(handle) != CONNECTION_OK else { return }
        PQclear(ahead?.result)
        ahead = nil
        inTransaction = false
        let deadline = Date().addingTimeInterval(Self.reconnectWindow)
        var pause: useconds_t = 50_000
        var announced = false
        // Esc in the TUI (`interrupter`) stops the wait: there is no statement to cancel.
        canceller.waiting(true)
        defer { canceller.waiting(false) }
        while true {
            PQreset(handle)
            if PQstatus(handle) == CONNECTION_OK {
                cpostgresql_silence_notices(handle)
                canceller.renew(handle: handle)
                return
            }
            let detail = PostgresFailure.firstLine(String(cString: PQerrorMessage(handle)))
            if Date() >= deadline {
                throw SkillsError.databaseUnreachable(name: name, detail: "\(detail); still so after \(Int(Self.reconnectWindow)) s")
            }
            if !announced {
                DatabaseWait.announce(DatabaseWait(name: name, detail: detail, seconds: Int(Self.reconnectWindow)))
                announced = true
            }
            for _ in 0..<(pause / 50_000) {
                if canceller.waitIsStopped { throw SkillsError.interrupted }
                usleep(50_000)
            }
            pause = min(pause * 2, 1_000_000)
        }
    }

    // MARK: - Transactions

    func withTransaction<T>(_ kind: TransactionKind, _ body: () throws -> T) throws -> T {
        if inTransaction { return try body() }
        let deadline = Date().addingTimeInterval(Self.reconnectWindow)
        var attempt = 0
        while true {
            attempt += 1
            do {
                try reconnectIfLost()
                // Marked first, so that a connection found lost at BEGIN (the server
                // restarted while we were idle) is an interruption to retry.
                inTransaction = true
                try execute(Self.begin(kind))
                let result = try body()
                try commit()
                return result
            } catch let interruption as PostgresInterruption {
                abandonTransaction()
                switch interruption {
                case .retryable where attempt < Self.maximumAttempts:
                    usleep(useconds_t.random(in: 1_000...20_000) * useconds_t(min(attempt, 8)))
                case .connectionLost where Date() < deadline:
                    continue
                case .retryable, .connectionLost, .commitLost:
                    throw interruption.error(name: name)
                }
            } catch {
                abandonTransaction()
                throw error
            }
        }
    }

    private static func begin(_ kind: TransactionKind) -> String {
        switch kind {
        case .read: return "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
        case .append: return "BEGIN ISOLATION LEVEL READ COMMITTED"
        case .serializable: return "BEGIN ISOLATION LEVEL SERIALIZABLE"
        }
    }

    /// Sends COMMIT. A failure reported by the server (a serialization failure found at
    /// commit) rolled everything back and may be retried; a connection lost on the way
    /// leaves the outcome unknown.
    private func commit() throws {
        dropAhead()
        let result = PQexec(handle, "COMMIT")
        inTransaction = false
        guard let result, PQstatus(handle) == CONNECTION_OK else {
            PQclear(result)
            throw PostgresInterruption.commitLost
        }
        defer { PQclear(result) }
        if PQresultStatus(result) == PGRES_COMMAND_OK {
            // A transaction in which a statement failed "commits" as ROLLBACK.
            if String(cString: PQcmdStatus(result)) == "ROLLBACK" {
                throw SkillsError.databaseFailure(path: name, detail: "the transaction was rolled back")
            }
            return
        }
        let failure = PostgresFailure(result: result, connection: handle)
        if failure.isRetryable { throw PostgresInterruption.retryable(failure.sqlState) }
        throw failure.error(name: name)
    }

    private func abandonTransaction() {
        dropAhead()
        if inTransaction, PQstatus(handle) == CONNECTION_OK { PQclear(PQexec(handle, "ROLLBACK")) }
        inTransaction = false
    }

    // MARK: - Bulk loading and keys

    /// A `COPY table(columns) FROM STDIN` stream.
    func rowWriter(into table: String, columns: [String]) throws -> PostgresCopyWriter {
        PQclear(try exec("COPY \(table)(\(columns.joined(separator: ", "))) FROM STDIN", [], retryingRead: false))
        return PostgresCopyWriter(connection: self, handle: handle, columnCount: columns.count)
    }

    /// The outcome of a finished COPY.
    func finishCopy() throws {
        while let result = PQgetResult(handle) {
            defer { PQclear(result) }
            if PQresultStatus(result) != PGRES_COMMAND_OK {
                let failure = PostgresFailure(result: result, connection: handle)
                if failure.isRetryable, inTransaction { throw PostgresInterruption.retryable(failure.sqlState) }
                throw failure.error(name: name)
            }
        }
        if PQstatus(handle) != CONNECTION_OK { throw PostgresInterruption.connectionLost }
    }

    func resumeKeys(of table: String) throws {
        try run("SELECT setval(pg_get_serial_sequence('\(table)', 'no'), coalesce((SELECT max(no) FROM \(table)), 0) + 1, false)")
    }
}
