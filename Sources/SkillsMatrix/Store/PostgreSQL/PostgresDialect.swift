/// PostgreSQL's side of `SQLDialect`.
struct PostgresDialect: SQLDialect {
    let idListRows = "SELECT jsonb_array_elements_text(CAST(? AS jsonb)) AS value"
    /// Every reference is declared DEFERRABLE (see `PostgresSchema`).
    let deferReferenceChecks = "SET CONSTRAINTS ALL DEFERRED"
    let teamLeadsQuery = "SELECT tl.team_no, p.login FROM team_leads tl JOIN people p ON p.no = tl.person_no ORDER BY p.login"
    func indexedBy(_ name: String) -> String { "" }
    let beforeBulkRatingLoad = ""
    let afterBulkRatingLoad = ""
}
