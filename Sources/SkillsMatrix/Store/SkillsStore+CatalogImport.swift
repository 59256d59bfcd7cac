import Foundation

extension SkillsStore {
    /// A framework to install, with the detail its audit row records.
    struct FrameworkInstall: Sendable {
        var framework: Framework
        var detail: String

        init(framework: Framework, detail: String) {
            self.framework = framework
            self.detail = detail
        }
    }

    /// Role profiles to install in place of all others, with their file's version.
    struct RolesInstall: Sendable {
        var profiles: [RoleProfile]
        var version: String
        var detail: String

        init(profiles: [RoleProfile], version: String, detail: String) {
            self.profiles = profiles
            self.version = version
            self.detail = detail
        }
    }

    /// A learning catalogue to install in place of the one before.
    struct LearningInstall: Sendable {
        var catalogue: LearningCatalogue
        var detail: String
    }

    /// Installs new frameworks or versions of them, new role profiles and a new learning
    /// catalogue, in one
    /// transaction with an audit row each, then reloads the catalog. Competencies a new
    /// version drops are retired, never deleted: rating events refer to them. Roles the
    /// new profiles leave out are deleted (checking that nobody holds one is the plan's job).
    /// Checking that the change is allowed is `CatalogImportPlan`'s job.
    func installCatalogChanges(
        frameworks: [FrameworkInstall], roles: RolesInstall?, learning: LearningInstall? = nil, actor: String, actingAs: String, now: Date
    ) throws {
        try withTransaction {
            try writeCatalogChanges(frameworks: frameworks, roles: roles, learning: learning, actor: actor, actingAs: actingAs, now: now)
        }
        try reloadCatalog()
    }

    /// Writes the rows of `installCatalogChanges`; call inside a write transaction.
    func writeCatalogChanges(
        frameworks: [FrameworkInstall], roles: RolesInstall?, learning: LearningInstall? = nil, actor: String, actingAs: String, now: Date
    ) throws {
        for install in frameworks {
            let framework = install.framework
            let position = try connection.scalarInt("SELECT position FROM frameworks WHERE id = ?", [.text(framework.id)])
                ?? (try connection.scalarInt("SELECT max(position) + 1 FROM frameworks") ?? 0)
            if let previous = catalog.framework(framework.id), previous.version != framework.version {
                try recordWordingChanges(from: previous, to: framework, now: now)
            }
            try installFrameworkRows(framework, position: Int(position), now: now)
            try recordAudit(
                actor: actor, actingAs: actingAs, action: "import framework", subject: "\(framework.id) \(framework.version)",
                detail: install.detail, at: now)
        }
        if let roles {
            try installRoleRows(roles.profiles)
            let kept = Set(roles.profiles.map(\.id))
            let installedRoles = try connection.query("SELECT id FROM roles") { $0.text(0) }
            for id in installedRoles where !kept.contains(id) {
                try connection.run("DELETE FROM roles WHERE id = ?", [.text(id)])
            }
            try setMeta("roles_version", roles.version)
            try recordAudit(
                actor: actor, actingAs: actingAs, action: "import roles", subject: "roles \(roles.version)", detail: roles.detail,
                at: now)
        }
        if let learning {
            try installLearningRows(learning.catalogue, now: now)
            try recordAudit(
                actor: actor, actingAs: actingAs, action: "import learning catalogue",
                subject: "learning \(learning.catalogue.version)", detail: learning.detail, at: now)
        }
    }

    /// How many people, active or not, hold each role.
    func roleHolderCounts() throws -> [String: Int] {
        Dictionary(
            try connection.query("SELECT role_id, count(*) FROM people GROUP BY role_id") { ($0.text(0), $0.int(1)) },
            uniquingKeysWith: { first, _ in first })
    }
}
