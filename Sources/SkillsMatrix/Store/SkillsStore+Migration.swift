import Foundation

extension SkillsStore {
    /// Copies this whole database into a new one at `location` (a SQLite file that does
    /// not exist yet, or an empty PostgreSQL database), table by table as `StoreTables`
    /// lists them, and checks every table's row count and content hash on both sides
    /// before anything is kept.
    ///
    /// This database is read in one snapshot, so people may go on rating meanwhile (what
    /// they add after it is not copied). The copy is written in one transaction; a new
    /// SQLite file appears only once it has been checked. Derived tables (current
    /// ratings) are rebuilt by the target's own triggers and checked like the rest.
    /// - Returns: each table's digest, the same on both sides.
    /// - Throws: `.alreadyExists` or `.migrationTargetNotEmpty` for a target with data,
    ///   `.migrationMismatch` when a table did not arrive whole (nothing is kept).
    func copy(to location: String) throws -> [TableDigest] {
        switch DatabaseLocation(location) {
        case .sqliteFile(let path):
            var digests: [TableDigest] = []
            try Self.publishSQLiteFile(at: path) { building in
                let target = try SQLiteConnection(path: building, mode: .readWrite, name: path)
                try target.execute("PRAGMA journal_mode = DELETE")
                try Self.configure(target)
                try Schema.migrate(target)
                digests = try copy(on: connection, into: target)
            }
            return digests
        case .postgres(let url):
            let target = try PostgresConnection(url: url)
            switch try PostgresSchema.state(target) {
            case .foreign: throw SkillsError.notADatabase(path: target.name)
            case .empty: try PostgresSchema.migrate(target)
            case .ours:
                try PostgresSchema.migrate(target)
                for table in StoreTables.all {
                    let rows = Int(try target.scalarInt("SELECT count(*) FROM \(table.name)") ?? 0)
                    if rows > 0 { throw SkillsError.migrationTargetNotEmpty(name: target.name, table: table.name, rows: rows) }
                }
            }
            let digests = try copy(on: connection, into: target)
            try PostgresSchema.settleAfterBulkLoad(target)
            return digests
        }
    }

    /// The copy and its check, specialised for both connections.
    private func copy<Source: DatabaseConnection, Target: DatabaseConnection>(
        on source: Source, into target: Target
    ) throws -> [TableDigest] {
        try source.withTransaction(.read) {
            let expected = try StoreTables.all.map { try TableDigest.of($0, on: source) }
            return try target.withTransaction(.serializable) {
                // Teams may name a parent added after them: references are checked at commit.
                try target.execute(target.dialect.deferReferenceChecks)
                try target.loadingRatingsInBulk {
                    for table in StoreTables.all where !table.isDerived {
                        try Self.copyRows(of: table, from: source, into: target)
                    }
                }
                for table in StoreTables.all where !table.setAfterCopy.isEmpty {
                    try Self.setAfterCopy(of: table, from: source, into: target)
                }
                let arrived = try StoreTables.all.map { try TableDigest.of($0, on: target) }
                for (before, after) in zip(expected, arrived) where before != after {
                    throw SkillsError.migrationMismatch(table: before.table, sourceRows: before.rows, targetRows: after.rows)
                }
                return arrived
            }
        }
    }

    private static func copyRows<Source: DatabaseConnection, Target: DatabaseConnection>(
        of table: StoreTable, from source: Source, into target: Target
    ) throws {
        let writer = try target.rowWriter(into: table.name, columns: table.columns.map(\.name))
        try source.forEachRow(table.selectAll) { row in
            try writer.writeRow(
                table.columns.enumerated().map { index, column in
                    table.setAfterCopy.contains(column.name) ? .null : StoreTable.value(of: row, at: Int32(index), as: column.type)
                })
        }
        try writer.finish()
        if table.hasGeneratedKey { try target.resumeKeys(of: table.name) }
    }

    /// Fills in `table.setAfterCopy` where the source has them (see `StoreTable`).
    private static func setAfterCopy<Source: DatabaseConnection, Target: DatabaseConnection>(
        of table: StoreTable, from source: Source, into target: Target
    ) throws {
        let columns = table.columns.filter { table.setAfterCopy.contains($0.name) }
        let assignments = columns.map { "\($0.name) = ?" }.joined(separator: ", ")
        let rows = try source.query(
            "SELECT \(table.order), \(columns.map(\.name).joined(separator: ", ")) FROM \(table.name) WHERE \(columns[0].name) IS NOT NULL",
            []
        ) { row in
            [DatabaseValue.int(row.int64(0))] + columns.indices.map { StoreTable.value(of: row, at: Int32($0 + 1), as: columns[$0].type) }
        }
        for values in rows {
            try target.run("UPDATE \(table.name) SET \(assignments) WHERE \(table.order) = ?", Array(values.dropFirst()) + [values[0]])
        }
    }
}
