/// The row count and a content hash of one table, read the same way on both backends:
/// how `migrate` shows that what arrived is what left.
///
/// Rows in `StoreTable.order`, columns as text (integers in decimal, as both backends
/// print them; reals in Swift's shortest exact form, as they do not), NULL marked apart from any text; the bytes are hashed with SHA-256 in
/// 1 MiB pieces, each hash folded into the next piece, so a table of millions of rows is
/// never held whole.
public struct TableDigest: Hashable, Sendable {
    public let table: String
    public let rows: Int
    /// Hex of the final SHA-256.
    public let hash: String

    private static let pieceSize = 1 << 20

    /// The digest of `table` as `connection` sees it (inside its current transaction).
    static func of<Connection: DatabaseConnection>(_ table: StoreTable, on connection: Connection) throws -> TableDigest {
        var chained: [UInt8] = []
        var piece: [UInt8] = []
        piece.reserveCapacity(pieceSize + 4_096)
        var rows = 0
        let types = table.columns.map(\.type)
        try connection.forEachRow(table.selectAll) { row in
            for (index, type) in types.enumerated() {
                let column = Int32(index)
                if row.isNull(column) {
                    piece.append(0x00)
                } else if type == .real {
                    piece.append(0x01)
                    piece.append(contentsOf: String(row.double(column)).utf8)
                } else {
                    piece.append(0x01)
                    piece.append(contentsOf: row.textBytes(column))
                }
                piece.append(0x1F)
            }
            piece.append(0x1E)
            rows += 1
            if piece.count >= pieceSize {
                chained = SHA256.digest(chained + piece)
                piece.removeAll(keepingCapacity: true)
            }
        }
        chained = SHA256.digest(chained + piece)
        return TableDigest(table: table.name, rows: rows, hash: chained.map { String($0, radix: 16).leftPadded(to: 2) }.joined())
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
