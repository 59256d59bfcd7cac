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
    /// transaction, then reloads the catalog (see `installCatalogChanges`).
    func installFramework(_ framework: Framework, actor: String, actingAs: String, detail: String, now: Date) throws {
        try installCatalogChanges(
            frameworks: [FrameworkInstall(framework: framework, detail: detail)], roles: nil, actor: actor, actingAs: actingAs, now: now)
    }
}
