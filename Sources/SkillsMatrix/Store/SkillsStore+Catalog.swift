import Foundation

extension SkillsStore {
    /// Reads frameworks and roles back into `catalog`.
    func reloadCatalog() throws {
        let documents = try connection.query("SELECT id, document FROM frameworks ORDER BY position, id") {
            (id: $0.text(0), document: $0.text(1))
        }
        var frameworks: [Framework] = []
        for row in documents {
            frameworks.append(
                try FrameworkJSON.decodeFramework(Array(row.document.utf8), file: "\(path) (framework \(row.id))", stored: true))
        }
        let requirementRows = try connection.query(
            """
            SELECT r.role_id, c.id, r.target, r.weight FROM role_requirements r
            JOIN competencies c ON c.no = r.competency_no ORDER BY r.role_id, r.position
            """
        ) { (role: $0.text(0), requirement: Requirement(competencyID: $0.text(1), target: $0.int(2), weight: $0.int(3))) }
        let requirementsByRole = Dictionary(grouping: requirementRows, by: \.role)
        let roles = try withRoleTexts(try connection.query("SELECT id, name, description FROM roles ORDER BY position, id") {
            RoleProfile(id: $0.text(0), name: $0.text(1), description: $0.text(2), requirements: [])
        }.map { role in
            var role = role
            role.requirements = requirementsByRole[role.id]?.map(\.requirement) ?? []
            return role
        })
        let catalog = Catalog(frameworks: frameworks, roles: roles).with(wordingChanges: try wordingChanges())
        let numbers = try connection.query("SELECT no, id FROM competencies WHERE retired = 0") { (no: $0.int64(0), id: $0.text(1)) }
        var competencyNumbers = [Int64](repeating: -1, count: catalog.competencies.count)
        var indexByNumber = [Int](repeating: -1, count: Int(numbers.map(\.no).max() ?? 0) + 1)
        for row in numbers {
            guard let index = catalog.competencyIndex(of: row.id) else { continue }
            competencyNumbers[index] = row.no
            indexByNumber[Int(row.no)] = index
        }
        self.catalog = catalog
        self.competencyNumbers = competencyNumbers
        self.competencyIndexByNumber = indexByNumber
        self.learning = try loadLearningCatalogue()
    }

    /// Every recorded change of wording, by competency id.
    func wordingChanges() throws -> [String: [WordingChange]] {
        let rows = try connection.query(
            """
            SELECT c.id, w.from_version, w.to_version, w.changed_at FROM wording_changes w
            JOIN competencies c ON c.no = w.competency_no ORDER BY w.changed_at
            """
        ) { (id: $0.text(0), change: WordingChange(fromVersion: $0.text(1), toVersion: $0.text(2), changedAt: Self.date($0.int64(3)))) }
        return Dictionary(grouping: rows, by: \.id).mapValues { $0.map(\.change) }
    }

    /// Records, for each competency `framework` keeps from `previous` with other level
    /// indicators, that its wording changed now. Call inside the upgrade's transaction.
    func recordWordingChanges(from previous: Framework, to framework: Framework, now: Date) throws {
        let old = Dictionary(previous.competencies.map { ($0.id, $0.indicators) }, uniquingKeysWith: { first, _ in first })
        for competency in framework.competencies {
            guard let indicators = old[competency.id], indicators != competency.indicators else { continue }
            try connection.run(
                """
                INSERT INTO wording_changes(competency_no, from_version, to_version, changed_at)
                SELECT no, ?, ?, ? FROM competencies WHERE id = ? ON CONFLICT DO NOTHING
                """, [.text(previous.version), .text(framework.version), .int(Self.seconds(now)), .text(competency.id)])
        }
    }

    /// Installs every framework and role of `catalog`. Call inside a transaction.
    func installCatalogRows(_ catalog: Catalog, now: Date) throws {
        for (position, framework) in catalog.frameworks.enumerated() {
            try installFrameworkRows(framework, position: position, now: now)
        }
        try installRoleRows(catalog.roles)
    }

    /// Adds or replaces one framework: its document, and a key for every new competency.
    /// Competencies missing from a new version are retired, never deleted, because rating
    /// events refer to them.
    func installFrameworkRows(_ framework: Framework, position: Int, now: Date) throws {
        let document = JSONWriter.string(FrameworkJSON.encode(framework), style: .compact)
        try connection.run(
            """
            INSERT INTO frameworks(id, version, position, document, installed_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET version = excluded.version, document = excluded.document,
                installed_at = excluded.installed_at
            """,
            [.text(framework.id), .text(framework.version), .int(Int64(position)), .text(document), .int(Self.seconds(now))])
        try connection.run("UPDATE competencies SET retired = 1 WHERE framework_id = ?", [.text(framework.id)])
        for competency in framework.competencies {
            try connection.run(
                """
                INSERT INTO competencies(id, framework_id, retired) VALUES (?, ?, 0)
                ON CONFLICT(id) DO UPDATE SET retired = 0, framework_id = excluded.framework_id
                """, [.text(competency.id), .text(framework.id)])
        }
    }

    /// Replaces all role profiles. Call inside a transaction.
    func installRoleRows(_ roles: [RoleProfile]) throws {
        try connection.run("DELETE FROM role_requirements")
        for (position, role) in roles.enumerated() {
            try connection.run(
                """
                INSERT INTO roles(id, name, description, position) VALUES (?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET name = excluded.name, description = excluded.description,
                    position = excluded.position
                """, [.text(role.id), .text(role.name), .text(role.description), .int(Int64(position))])
            for (requirementPosition, requirement) in role.requirements.enumerated() {
                try connection.run(
                    """
                    INSERT INTO role_requirements(role_id, competency_no, target, weight, position)
                    SELECT ?, no, ?, ?, ? FROM competencies WHERE id = ?
                    """,
                    [
                        .text(role.id), .int(Int64(requirement.target)), .int(Int64(requirement.weight)),
                        .int(Int64(requirementPosition)), .text(requirement.competencyID),
                    ])
            }
        }
        try saveRoleTexts(roles)
    }

    /// The database key of a competency id, or nil when unknown or retired.
    func competencyNumber(of id: String) -> Int64? {
        guard let index = catalog.competencyIndex(of: id), competencyNumbers[index] >= 0 else { return nil }
        return competencyNumbers[index]
    }
}
