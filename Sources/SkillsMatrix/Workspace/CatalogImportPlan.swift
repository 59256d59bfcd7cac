/// What importing framework files and a roles file together would change, worked out
/// before anything is written, and the rules that may refuse it.
///
/// Frameworks and role profiles change together when a new version drops or renames
/// competencies: the old roles still require what the new frameworks retire, and the new
/// roles require what only the new frameworks define. Planned as one, each framework
/// follows `FrameworkImportPlan`'s version rules against the roles as they will be, and
/// the roles are checked against the frameworks as they will be:
/// - every requirement names a competency of an installed or imported framework;
/// - a role that people hold may not disappear (they would have no requirements).
public struct CatalogImportPlan: Hashable, Sendable {
    /// One plan per framework file, in the order given.
    public let frameworks: [FrameworkImportPlan]
    /// The change to the role profiles, when a roles file was given.
    public let roles: RoleProfilesChange?
    /// The change to the learning catalogue, when one was given.
    public var learning: LearningCatalogueChange? = nil

    /// Whether nothing would change.
    public var isUnchanged: Bool {
        frameworks.allSatisfy(\.isUnchanged) && (roles?.isUnchanged ?? true) && (learning?.isUnchanged ?? true)
    }

    /// Works out the change, or refuses it.
    /// - Parameters:
    ///   - imported: the framework files, read and validated.
    ///   - rolesFile: the roles file's bytes and name, if one was given.
    ///   - installed: the catalog in force.
    ///   - ratedVersions: the versions of a framework (by id) that rating events record.
    ///   - roleHolders: how many people (active or not) hold each role id.
    ///   - learningFile: a learning catalogue's bytes and name, if one was given: it is
    ///     checked against the competencies as they will be, and replaces the installed
    ///     catalogue, which may not lose an item a development plan names.
    ///   - installedLearning: the catalogue in force; `plannedItems`: the item ids plans name.
    /// - Throws: `InputFileError` for a roles file or catalogue that names an unknown
    ///   competency; `SkillsError.catalogImport` saying what to do. Nothing has been written.
    public static func plan(
        importing imported: [(framework: Framework, file: String)], rolesFile: (bytes: [UInt8], file: String)?,
        over installed: Catalog, ratedVersions: (String) throws -> Set<String>, roleHolders: [String: Int],
        learningFile: (bytes: [UInt8], file: String)? = nil, installedLearning: LearningCatalogue = .empty,
        plannedItems: Set<String> = []
    ) throws -> CatalogImportPlan {
        try FrameworkDirectory.checkDistinct(imported.map(\.framework), files: imported.map(\.file))
        let importedIDs = Set(imported.map(\.framework.id))
        var competencyIDs = Set(imported.flatMap { $0.framework.competencies.map(\.id) })
        for framework in installed.frameworks where !importedIDs.contains(framework.id) {
            competencyIDs.formUnion(framework.competencies.map(\.id))
        }
        var rolesChange: RoleProfilesChange?
        if let rolesFile {
            let decoded = try FrameworkJSON.decodeRolesFile(rolesFile.bytes, file: rolesFile.file, competencyIDs: competencyIDs)
            rolesChange = try RoleProfilesChange(
                from: installed.roles, to: decoded.roles, version: decoded.version, file: rolesFile.file, roleHolders: roleHolders)
        }
        let roles = rolesChange?.profiles ?? installed.roles
        let plans = try imported.map { item in
            try FrameworkImportPlan.plan(
                importing: item.framework, over: installed.framework(item.framework.id),
                ratedVersions: try ratedVersions(item.framework.id), roles: roles, file: item.file)
        }
        var plan = CatalogImportPlan(frameworks: plans, roles: rolesChange)
        if let learningFile {
            let catalogue = try LearningJSON.decode(learningFile.bytes, file: learningFile.file, competencyIDs: competencyIDs)
            plan.learning = try LearningCatalogueChange(
                from: installedLearning, to: catalogue, file: learningFile.file, plannedItems: plannedItems)
        }
        return plan
    }
}

/// The role profiles a roles file brings, against those installed.
public struct RoleProfilesChange: Hashable, Sendable {
    public let profiles: [RoleProfile]
    /// The roles file's `version`.
    public let version: String
    public let file: String
    public let added: [String]
    /// Role ids whose name, description or requirements change.
    public let changed: [String]
    /// Role ids the file no longer has; nobody holds them.
    public let removed: [String]

    public var isUnchanged: Bool { added.isEmpty && changed.isEmpty && removed.isEmpty }

    /// - Throws: `SkillsError.catalogImport` when the file drops a role that people hold.
    init(from installed: [RoleProfile], to profiles: [RoleProfile], version: String, file: String, roleHolders: [String: Int]) throws {
        let old = Dictionary(installed.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let new = Set(profiles.map(\.id))
        let removed = installed.map(\.id).filter { !new.contains($0) }
        let held = removed.compactMap { id in roleHolders[id].flatMap { $0 > 0 ? SkillsError.HeldRole(role: id, holders: $0) : nil } }
        if !held.isEmpty { throw SkillsError.catalogImport(file: file, .dropsHeldRoles(held)) }
        self.profiles = profiles
        self.version = version
        self.file = file
        self.added = profiles.map(\.id).filter { old[$0] == nil }
        self.changed = profiles.filter { profile in old[profile.id].map { $0 != profile } ?? false }.map(\.id)
        self.removed = removed
    }

    /// One line for the audit trail and the command's output.
    /// What the import does, in English: the audit trail keeps it.
    public var summary: String { summary(in: .en) }

    /// What the import does, in `language`.
    public func summary(in language: Language) -> String {
        let words = language.messages
        if isUnchanged { return words.rolesUnchanged(file: file, version: version) }
        return words.rolesImported(
            file: file, version: version, profiles: profiles.count, added: added.count, changed: changed.count, removed: removed.count)
    }
}
