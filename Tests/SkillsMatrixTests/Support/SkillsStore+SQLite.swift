@testable import SkillsMatrix

extension SkillsStore {
    /// The SQLite session of a store that tests know to be on SQLite.
    var sqlite: SQLiteConnection {
        get throws {
            guard case .sqlite(let connection) = backend else { throw SkillsError.databaseFailure(path: path, detail: "not SQLite") }
            return connection
        }
    }
}
