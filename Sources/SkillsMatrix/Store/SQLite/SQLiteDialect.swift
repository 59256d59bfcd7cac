/// SQLite's side of `SQLDialect`.
struct SQLiteDialect: SQLDialect {
    let idListRows = "SELECT value FROM json_each(?)"
    /// CROSS JOIN keeps team_leads outermost: otherwise SQLite walks every person by login
    /// (to skip a sort of a few thousand leads) and probes team_leads for each of them.
    let deferReferenceChecks = "PRAGMA defer_foreign_keys = ON"
    let teamLeadsQuery = "SELECT tl.team_no, p.login FROM team_leads tl CROSS JOIN people p ON p.no = tl.person_no ORDER BY p.login"
    func indexedBy(_ name: String) -> String { "INDEXED BY \(name)" }
    let beforeBulkRatingLoad = Schema.ratingPackTriggerNames.map { "DROP TRIGGER \($0);" }.joined(separator: "\n")
    let afterBulkRatingLoad = Schema.rebuildRatingPacks + Schema.ratingPackTriggers
}
