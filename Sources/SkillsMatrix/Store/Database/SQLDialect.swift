/// The statements and fragments that differ between SQLite and PostgreSQL: the one place
/// per backend where its SQL departs from what both accept (`SQLiteDialect`,
/// `PostgresDialect`). Everything else in the store is written once.
protocol SQLDialect: Sendable {
    /// A subquery giving one row per id of a JSON array bound as one text parameter
    /// (see `SkillsStore.idList`), column `value`.
    var idListRows: String { get }
    /// Every team's lead logins: `team_no, login`, ordered by login.
    var teamLeadsQuery: String { get }
    /// Makes the current transaction check references at COMMIT rather than per row.
    var deferReferenceChecks: String { get }
    /// Makes a query read `table` through the index `name` (SQLite's INDEXED BY, where
    /// its planner would pick a worse one); nothing on PostgreSQL, whose planner weighs
    /// the indexes by their statistics.
    func indexedBy(_ name: String) -> String
    /// Run in a transaction before it loads many rating events at once, and after:
    /// SQLite's per-row triggers would rewrite a person's ratings pack for every rating
    /// (`Schema.ratingPackTriggers`), so they are dropped for the load and the packs made
    /// once at the end; PostgreSQL's statement-level triggers already repack a load in
    /// one pass, so its statements are empty.
    var beforeBulkRatingLoad: String { get }
    var afterBulkRatingLoad: String { get }
}
