import Foundation

extension SkillsStore {
    /// Whether anything is at `location` already: a file, or a PostgreSQL database with
    /// tables (ours or not). What `demo` asks before it makes one.
    static func somethingExists(at location: String) throws -> Bool {
        switch DatabaseLocation(location) {
        case .sqliteFile(let path): return FileManager.default.fileExists(atPath: path)
        case .postgres(let url): return try PostgresSchema.state(PostgresConnection(url: url)) != .empty
        }
    }

    /// Removes the demo database at `location` so that a new one can be made there: its
    /// files, or on PostgreSQL its tables and functions (the database itself, and the
    /// application role, stay). Refuses anything but the demo, untouched.
    /// - Throws: `.notTheDemo`, or what opening it throws (`.notADatabase`...).
    static func removeDemo(at location: String) throws {
        let store = try open(at: location)
        guard store.isDemo else { throw SkillsError.notTheDemo(path: store.path) }
        switch store.backend {
        case .sqlite: removeDatabaseFiles(at: location)
        case .postgres(let connection): try PostgresSchema.dropEverything(connection)
        }
    }
}
