import Foundation

extension SkillsStore {
    /// When the installed version of each framework was installed, by framework id.
    func frameworkInstallDates() throws -> [String: Date] {
        Dictionary(
            try connection.query("SELECT id, installed_at FROM frameworks") { ($0.text(0), Self.date($0.int64(1))) },
            uniquingKeysWith: { first, _ in first })
    }

    /// The versions of framework `id` that rating events record: each must keep meaning
    /// the content those ratings were made against.
    func ratedFrameworkVersions(_ id: String) throws -> Set<String> {
        Set(
            try connection.query(
                """
                SELECT DISTINCT e.framework_version FROM rating_events e
                JOIN competencies c ON c.no = e.competency_no WHERE c.framework_id = ?
                """, [.text(id)]
            ) { $0.text(0) })
    }

    /// Installs a new framework, or a new version of one, with its audit row in the same
    /// transaction, then reloads the catalog. Competencies the new version drops are
    /// retired, never deleted: rating events refer to them.
    /// Checking that the change is allowed is `FrameworkImportPlan`'s job.
    func installFramework(_ framework: Framework, actor: String, actingAs: String, detail: String, now: Date) throws {
        try withTransaction { try writeFramework(framework, actor: actor, actingAs: actingAs, detail: detail, now: now) }
        try reloadCatalog()
    }

    /// Writes the rows of `installFramework`; call inside a write transaction.
    func writeFramework(_ framework: Framework, actor: String, actingAs: String, detail: String, now: Date) throws {
        let position = try connection.scalarInt("SELECT position FROM frameworks WHERE id = ?", [.text(framework.id)])
            ?? (try connection.scalarInt("SELECT max(position) + 1 FROM frameworks") ?? 0)
        try installFrameworkRows(framework, position: Int(position), now: now)
        try recordAudit(
            actor: actor, actingAs: actingAs, action: "import framework", subject: "\(framework.id) \(framework.version)",
            detail: detail, at: now)
    }
}
