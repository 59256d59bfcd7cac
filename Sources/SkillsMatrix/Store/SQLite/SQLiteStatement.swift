import CSQLite

/// A prepared statement. Owned by its connection's cache; finalised when dropped.
final class SQLiteStatement: DatabaseCursor, RowWriter {
    private let handle: OpaquePointer
    private unowned let connection: SQLiteConnection
    let sql: String

    init(handle: OpaquePointer, connection: SQLiteConnection, sql: String) {
        self.handle = handle
        self.connection = connection
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    func bind(_ values: [DatabaseValue]) throws {
        for (offset, value) in values.enumerated() {
            let position = Int32(offset + 1)
            let status: Int32
            switch value {
            case .null: status = sqlite3_bind_null(handle, position)
            case .int(let number): status = sqlite3_bind_int64(handle, position, number)
            case .double(let number): status = sqlite3_bind_double(handle, position, number)
            case .text(let text): status = sqlite3_bind_text(handle, position, text, -1, csqlite_transient())
            }
            if status != SQLITE_OK { throw connection.error(status, sql: sql) }
        }
    }

    /// Binds one integer parameter (1-based `position`) without building an array: the
    /// bulk loaders bind millions of them.
    func bind(_ number: Int64, at position: Int32) throws {
        let status = sqlite3_bind_int64(handle, position, number)
        if status != SQLITE_OK { throw connection.error(status, sql: sql) }
    }

    func bind(_ text: String, at position: Int32) throws {
        let status = sqlite3_bind_text(handle, position, text, -1, csqlite_transient())
        if status != SQLITE_OK { throw connection.error(status, sql: sql) }
    }

    func bind(_ real: Double, at position: Int32) throws {
        let status = sqlite3_bind_double(handle, position, real)
        if status != SQLITE_OK { throw connection.error(status, sql: sql) }
    }

    func bindNull(at position: Int32) throws {
        let status = sqlite3_bind_null(handle, position)
        if status != SQLITE_OK { throw connection.error(status, sql: sql) }
    }

    /// Runs a statement that returns no rows and makes it ready for its next bindings.
    func execute() throws {
        while try step() {}
        sqlite3_reset(handle)
    }

    /// Nothing to end: each `execute` wrote its row.
    func finish() throws {}

    /// Advances to the next row: true when a row is ready, false when done.
    func step() throws -> Bool {
        let status = sqlite3_step(handle)
        switch status {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = connection.error(status, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }
    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }
    func double(_ column: Int32) -> Double { sqlite3_column_double(handle, column) }

    func text(_ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(handle, column) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// A text column's UTF-8 bytes as SQLite holds them, without making a `String`.
    /// Valid only until the next `step`, `reset` or read of the same column as another type.
    func textBytes(_ column: Int32) -> UnsafeRawBufferPointer {
        guard let bytes = sqlite3_column_text(handle, column) else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, column)))
    }
}
