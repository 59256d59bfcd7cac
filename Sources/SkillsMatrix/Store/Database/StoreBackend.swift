/// The store's session by backend: for the little that only one backend has (SQLite's
/// files, PRAGMAs and online backup; PostgreSQL's schema table). Everything else goes
/// through `SkillsStore.connection`.
enum StoreBackend {
    case sqlite(SQLiteConnection)
    case postgres(PostgresConnection)

    var connection: any DatabaseConnection {
        switch self {
        case .sqlite(let connection): return connection
        case .postgres(let connection): return connection
        }
    }

    var isPostgres: Bool {
        if case .postgres = self { return true }
        return false
    }
}
