import CPostgreSQL
import Foundation

/// Rows from PostgreSQL: one whole result (`query`), or a server-side cursor read
/// `batchSize` rows at a time (`cursor`). Values arrive as text and are read from
/// libpq's buffer without a copy.
final class PostgresCursor: DatabaseCursor {
    /// Rows per FETCH: large enough that the round trips cost little, small enough that
    /// a batch of the organisation scan stays a few megabytes.
    static let batchSize = 8_192

    private var result: OpaquePointer?
    private var row: Int32 = -1
    private var rowCount: Int32
    private let connection: PostgresConnection?
    private let cursorName: String
    private let ownsTransaction: Bool
    private var isClosed: Bool

    /// The rows of one complete result.
    init(result: OpaquePointer) {
        self.result = result
        self.rowCount = PQntuples(result)
        self.connection = nil
        self.cursorName = ""
        self.ownsTransaction = false
        self.isClosed = true
    }

    /// A declared cursor, fetched on the first `step`.
    init(connection: PostgresConnection, cursorName: String, ownsTransaction: Bool) {
        self.result = nil
        self.rowCount = 0
        self.connection = connection
        self.cursorName = cursorName
        self.ownsTransaction = ownsTransaction
        self.isClosed = false
    }

    deinit {
        PQclear(result)
        if !isClosed { connection?.close(cursorName, ownsTransaction: ownsTransaction) }
    }

    func step() throws -> Bool {
        row += 1
        if row < rowCount { return true }
        guard !isClosed, let connection else { return false }
        PQclear(result)
        result = nil
        let next = try connection.fetch(cursorName, ownsTransaction: ownsTransaction)
        result = next
        rowCount = PQntuples(next)
        row = 0
        // A full batch may have more after it: the server reads them while these are read.
        if rowCount == Self.batchSize { connection.fetchAhead(cursorName) }
        if rowCount > 0 { return true }
        isClosed = true
        connection.close(cursorName, ownsTransaction: ownsTransaction)
        return false
    }

    func isNull(_ column: Int32) -> Bool { PQgetisnull(result, row, column) == 1 }

    /// An integer column; a boolean reads as 1 or 0, as SQLite gives them.
    func int64(_ column: Int32) -> Int64 {
        guard var digit = PQgetvalue(result, row, column) else { return 0 }
        switch digit.pointee {
        case 0x74: return 1  // t
        case 0x66: return 0  // f
        default: break
        }
        let negative = digit.pointee == 0x2D
        if negative { digit += 1 }
        var number: Int64 = 0
        while digit.pointee >= 0x30, digit.pointee <= 0x39 {
            number = number &* 10 &+ Int64(digit.pointee - 0x30)
            digit += 1
        }
        return negative ? -number : number
    }

    /// A floating-point column (PostgreSQL's text form, which `strtod` reads; NULL reads as 0).
    func double(_ column: Int32) -> Double {
        guard let value = PQgetvalue(result, row, column) else { return 0 }
        return strtod(value, nil)
    }

    func text(_ column: Int32) -> String {
        let bytes = textBytes(column)
        return String(decoding: bytes, as: UTF8.self)
    }

    func textBytes(_ column: Int32) -> UnsafeRawBufferPointer {
        guard let value = PQgetvalue(result, row, column) else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: value, count: Int(PQgetlength(result, row, column)))
    }
}
