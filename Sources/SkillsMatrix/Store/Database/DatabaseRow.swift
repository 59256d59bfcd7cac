/// The current row of a result, column by column (0-based), as both backends hand it out.
///
/// Reading a column never fails: a NULL reads as 0 or "", so callers that care ask
/// `isNull` first, as they did of SQLite.
protocol DatabaseRow {
    func isNull(_ column: Int32) -> Bool
    func int64(_ column: Int32) -> Int64
    func double(_ column: Int32) -> Double
    func text(_ column: Int32) -> String
    /// A text column's UTF-8 bytes where the backend holds them, without making a
    /// `String`. Valid only until the row moves on.
    func textBytes(_ column: Int32) -> UnsafeRawBufferPointer
}

extension DatabaseRow {
    func int(_ column: Int32) -> Int { Int(int64(column)) }
    func optionalText(_ column: Int32) -> String? { isNull(column) ? nil : text(column) }
}

/// Rows read one at a time: a prepared SQLite statement, or a PostgreSQL result read in
/// batches through a server-side cursor. Two cursors may be open at once on one
/// connection (the organisation scan merges people with their ratings).
protocol DatabaseCursor: DatabaseRow {
    /// Advances to the next row: true when a row is ready, false when done.
    func step() throws -> Bool
}

/// Writes many rows into one table as fast as the backend allows: re-binding one prepared
/// INSERT on SQLite, a `COPY ... FROM STDIN` stream on PostgreSQL. Parameters are 1-based
/// positions in the column list; `finish` must be called before the connection runs
/// anything else (PostgreSQL runs nothing else during a COPY).
protocol RowWriter {
    func bind(_ number: Int64, at position: Int32) throws
    func bind(_ text: String, at position: Int32) throws
    func bind(_ real: Double, at position: Int32) throws
    func bindNull(at position: Int32) throws
    /// Ends the current row.
    func execute() throws
    /// Ends the stream; the rows are in the table (in the current transaction).
    func finish() throws
}

extension RowWriter {
    /// Writes one row of `values`, in the writer's column order.
    func writeRow(_ values: [DatabaseValue]) throws {
        for (offset, value) in values.enumerated() {
            let position = Int32(offset + 1)
            switch value {
            case .null: try bindNull(at: position)
            case .int(let number): try bind(number, at: position)
            case .double(let real): try bind(real, at: position)
            case .text(let text): try bind(text, at: position)
            }
        }
        try execute()
    }
}
