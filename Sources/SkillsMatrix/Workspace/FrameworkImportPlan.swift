/// What importing a framework would change, worked out before anything is written, and
/// the rules that may refuse it.
///
/// - A framework id not yet installed is added.
/// - The same version with identical content changes nothing (importing twice is safe);
///   so does a file in one language that holds exactly that language's text of the
///   installed version (a Moodle or CASE export of it, read back).
/// - Anything else must be newer than the installed version (`VersionOrder`), and not a
///   version that rating events already record: ratings name the version they were made
///   against, so that version string must always mean the content they saw.
/// - A new version replaces the old one; competencies it drops are retired (their
///   ratings stay in the history) unless a role profile still requires one, which is
///   refused: import the roles file that no longer requires it in the same go
///   (`CatalogImportPlan`).
public struct FrameworkImportPlan: Hashable, Sendable {
    public let framework: Framework
    /// The version installed before, if any.
    public let previous: Framework?
    /// Competency ids that are new in this version.
    public let added: [String]
    /// Competency ids that keep their id but change name, description, indicators or references.
    public let changed: [String]
    /// Competency ids the new version drops.
    public let retired: [String]

    /// Whether the framework is installed already exactly as imported.
    public var isUnchanged: Bool { previous == framework }

    /// Works out the change, or refuses it.
    /// - Parameters:
    ///   - current: the installed framework with the same id, if any.
    ///   - ratedVersions: the versions of this framework that rating events record.
    ///   - roles: every role profile as it will be, to protect their requirements.
    ///   - file: the file's name, for messages.
    /// - Throws: `SkillsError.catalogImport` saying what to do; nothing has been written.
    public static func plan(
        importing framework: Framework, over current: Framework?, ratedVersions: Set<String>, roles: [RoleProfile], file: String
    ) throws -> FrameworkImportPlan {
        guard let current else {
            return FrameworkImportPlan(framework: framework, previous: nil, added: framework.competencies.map(\.id), changed: [], retired: [])
        }
        if current == framework || isOneLanguageOf(current, framework) {
            return FrameworkImportPlan(framework: current, previous: current, added: [], changed: [], retired: [])
        }
        let highest = ratedVersions.union([current.version]).max { VersionOrder.isOlder($0, than: $1) } ?? current.version
        func refuse(_ refusal: SkillsError.CatalogImportRefusal) -> SkillsError { .catalogImport(file: file, refusal) }
        if current.version == framework.version {
            throw refuse(.sameVersionDifferentContent(framework: framework.id, version: framework.version, above: highest))
        }
        if !VersionOrder.isOlder(current.version, than: framework.version) {
            throw refuse(.older(framework: framework.id, version: framework.version, installed: current.version, above: highest))
        }
        if ratedVersions.contains(framework.version) {
            // Only the installed version's content is kept, so an earlier one cannot be compared.
            throw refuse(.versionAlreadyRated(framework: framework.id, version: framework.version, above: highest))
        }
        let old = Dictionary(current.competencies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let new = Set(framework.competencies.map(\.id))
        let retired = current.competencies.map(\.id).filter { !new.contains($0) }
        let required = retired.compactMap { id -> SkillsError.RequiredCompetency? in
            let roleIDs = roles.filter { role in role.requirements.contains { $0.competencyID == id } }.map(\.id)
            return roleIDs.isEmpty ? nil : SkillsError.RequiredCompetency(competency: id, roles: roleIDs)
        }
        if !required.isEmpty {
            throw refuse(.dropsRequired(framework: framework.id, version: framework.version, required: required))
        }
        return FrameworkImportPlan(
            framework: framework, previous: current,
            added: framework.competencies.map(\.id).filter { old[$0] == nil },
            changed: framework.competencies.filter { competency in old[competency.id].map { $0 != competency } ?? false }.map(\.id),
            retired: retired)
    }

    /// Whether `file` holds exactly one language of `installed`, same version and all.
    private static func isOneLanguageOf(_ installed: Framework, _ file: Framework) -> Bool {
        guard file.languages.count == 1, let language = file.languages.first, installed.languages.contains(language) else { return false }
        return installed.restricted(to: language) == file
    }

    /// One line for the audit trail and the command's output.
    /// What the import does, in English: the audit trail keeps it.
    public var summary: String { summary(in: .en) }

    /// What the import does, in `language`.
    public func summary(in language: Language) -> String {
        let words = language.messages
        guard let previous else {
            return words.frameworkAdded(
                id: framework.id, version: framework.version, name: framework.localized(language).name,
                competencies: framework.competencies.count, areas: framework.areas.count)
        }
        if isUnchanged { return words.frameworkUnchanged(id: framework.id, version: framework.version) }
        let languages = previous.languages == framework.languages
            ? nil : (from: previous.languages.map(\.code).joined(separator: ", "), to: framework.languages.map(\.code).joined(separator: ", "))
        return words.frameworkUpgraded(
            id: framework.id, from: previous.version, to: framework.version, competencies: framework.competencies.count,
            added: added.count, changed: changed.count, retired: retired.count, languages: languages)
    }
}
