import Foundation
@testable import SkillsMatrix

/// Every row of every table as text (on PostgreSQL, each table's count and hash): two
/// equal fingerprints mean nothing was written.
enum DatabaseFingerprint {
    static func of(_ path: String) throws -> String {
        if DatabaseLocation(path).isPostgres {
            let connection = try PostgresConnection(url: path)
            return try connection.withTransaction(.read) {
                try StoreTables.all.map { try TableDigest.of($0, on: connection) }.map { "\($0.table) \($0.rows) \($0.hash)" }
            }.joined(separator: "\n")
        }
        let connection = try SQLiteConnection(path: path, mode: .readOnly)
        let tables = try connection.query("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name") { $0.text(0) }
        var text = ""
        for table in tables {
            let count = try connection.query("SELECT count(*) FROM pragma_table_info(?)", [.text(table)]) { $0.int(0) }.first ?? 0
            text += "# \(table)\n"
            let rows = try connection.query("SELECT * FROM \"\(table)\"") { row in
                (0..<Int32(count)).map { row.isNull($0) ? "NULL" : row.text($0) }.joined(separator: "|")
            }
            text += rows.sorted().joined(separator: "\n") + "\n"
        }
        return text
    }
}
