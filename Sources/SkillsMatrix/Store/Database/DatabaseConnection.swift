/// One session with the database, SQLite or PostgreSQL: everything the store asks of a
/// backend. SQL is written once with `?` placeholders (PostgreSQL's connection numbers
/// them); where the two languages differ, the statement comes from `dialect`.
///
/// A class because it owns a handle; never shared between threads.
protocol DatabaseConnection: AnyObject {
    associatedtype Cursor: DatabaseCursor
    associatedtype Writer: RowWriter

    /// What messages call the database: a file's path, or a URL without its password.
    var name: String { get }
    /// The statements that differ between backends.
    var dialect: any SQLDialect { get }
    /// A way to stop the statement this connection is running, from another thread.
    var interrupter: any DatabaseInterrupter { get }

    /// Runs statements that take no parameters (schema).
    func execute(_ sql: String) throws
    /// Runs `sql` once with `parameters` for its side effects.
    func run(_ sql: String, _ parameters: [DatabaseValue]) throws
    /// The rows of `sql`, each read by `read`.
    func query<T>(_ sql: String, _ parameters: [DatabaseValue], _ read: (Cursor) throws -> T) throws -> [T]
    /// The rows of `sql`, to step through one at a time.
    func cursor(_ sql: String, _ parameters: [DatabaseValue]) throws -> Cursor
    /// Runs `body` as one transaction of `kind`: committed if it returns, rolled back if it
    /// throws. On PostgreSQL `body` may run more than once (see `TransactionKind`), so it
    /// must do nothing outside the database that it cannot do again.
    func withTransaction<T>(_ kind: TransactionKind, _ body: () throws -> T) throws -> T
    /// A writer of many rows into `table`'s `columns`. Call inside a transaction.
    func rowWriter(into table: String, columns: [String]) throws -> Writer
    /// Makes the next generated key of `table` follow the highest one there, after rows
    /// were written with their keys given (a bulk load, a migration).
    func resumeKeys(of table: String) throws
}

extension DatabaseConnection {
    func run(_ sql: String) throws { try run(sql, []) }

    func query<T>(_ sql: String, _ read: (Cursor) throws -> T) throws -> [T] { try query(sql, [], read) }

    /// The first column of the first row, as an integer.
    func scalarInt(_ sql: String, _ parameters: [DatabaseValue] = []) throws -> Int64? {
        try query(sql, parameters) { $0.isNull(0) ? nil : $0.int64(0) }.first ?? nil
    }

    /// Runs `body`, which loads many rating events at once, between the dialect's
    /// `beforeBulkRatingLoad` and `afterBulkRatingLoad`. Call inside a write transaction,
    /// so that a failure anywhere leaves the triggers as they were.
    func loadingRatingsInBulk<T>(_ body: () throws -> T) throws -> T {
        if !dialect.beforeBulkRatingLoad.isEmpty { try execute(dialect.beforeBulkRatingLoad) }
        let result = try body()
        if !dialect.afterBulkRatingLoad.isEmpty { try execute(dialect.afterBulkRatingLoad) }
        return result
    }

    /// Steps through `sql`'s rows, handing each to `body` while it is current.
    func forEachRow(_ sql: String, _ parameters: [DatabaseValue] = [], _ body: (Cursor) throws -> Void) throws {
        let rows = try cursor(sql, parameters)
        while try rows.step() { try body(rows) }
    }
}
