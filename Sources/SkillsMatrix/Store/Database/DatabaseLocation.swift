/// Where a database is, as `--db`, `$SKILLS_DB` or the gateway's configuration give it:
/// a PostgreSQL URL (`postgresql://` or `postgres://`, the forms libpq reads), or else
/// the path of a SQLite file, which stays the default.
public enum DatabaseLocation: Hashable, Sendable {
    case sqliteFile(String)
    case postgres(url: String)

    public init(_ text: String) {
        self = Self.isPostgresURL(text) ? .postgres(url: text) : .sqliteFile(text)
    }

    public var isPostgres: Bool {
        if case .postgres = self { return true }
        return false
    }

    /// `text` as it may be shown or recorded: a URL without its password.
    public static func withoutPassword(_ text: String) -> String {
        isPostgresURL(text) ? PostgresURL.withoutPassword(text) : text
    }

    /// Whether `text` is a PostgreSQL URL rather than a file's path.
    public static func isPostgresURL(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
    }
}
