/// The frameworks and role profiles in force, with the lookups every report needs.
///
/// Competencies are addressed by their position in `competencies` wherever many of them
/// are handled at once (ratings, requirements), so hot loops compare integers, not strings.
public struct Catalog: Sendable {
    public let frameworks: [Framework]
    public let roles: [RoleProfile]
    /// Every competency of every framework, framework by framework, in document order.
    public let competencies: [Competency]
    /// For each competency, the position of its framework in `frameworks`.
    public let frameworkIndexOfCompetency: [Int]
    private let competencyIndexByID: [String: Int]
    private let roleIndexByID: [String: Int]
    private let resolvedRequirements: [[ResolvedRequirement]]
    /// The review interval of each competency's framework: scoring asks once per
    /// requirement, and copying a whole `Framework` for it costs more than the score.
    private let reviewIntervalDaysOfCompetency: [Int]
    /// For each competency, the framework upgrades that changed its indicators, oldest
    /// first (see `Catalog+Wording`): kept by the store, empty for a catalog read from files.
    var wordingChangesOfCompetency: [[WordingChange]] = []

    /// A requirement with its competency resolved to a position in `competencies`.
    public struct ResolvedRequirement: Hashable, Sendable {
        public var competency: Int
        public var target: Int
        public var weight: Int
    }

    /// Builds the lookups. Requirements naming an unknown competency are dropped here;
    /// `FrameworkJSON.decodeRoles` refuses such data long before it reaches a catalog.
    public init(frameworks: [Framework], roles: [RoleProfile]) {
        self.frameworks = frameworks
        self.roles = roles
        var competencies: [Competency] = []
        var frameworkIndex: [Int] = []
        for (index, framework) in frameworks.enumerated() {
            for competency in framework.competencies {
                competencies.append(competency)
                frameworkIndex.append(index)
            }
        }
        self.competencies = competencies
        self.frameworkIndexOfCompetency = frameworkIndex
        self.reviewIntervalDaysOfCompetency = frameworkIndex.map { frameworks[$0].reviewIntervalDays }
        let competencyIndexByID = Dictionary(
            competencies.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.competencyIndexByID = competencyIndexByID
        self.roleIndexByID = Dictionary(roles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.resolvedRequirements = roles.map { role in
            role.requirements.compactMap { requirement in
                competencyIndexByID[requirement.competencyID].map {
                    ResolvedRequirement(competency: $0, target: requirement.target, weight: requirement.weight)
                }
            }
        }
    }

    /// The same frameworks and roles with every framework text read in `language`
    /// (English where a framework lacks it). Ids, positions and requirements are unchanged.
    public func localized(_ language: Language) -> Catalog {
        var catalog = Catalog(frameworks: frameworks.map { $0.localized(language) }, roles: roles)
        catalog.wordingChangesOfCompetency = wordingChangesOfCompetency
        return catalog
    }

    public func competencyIndex(of id: String) -> Int? { competencyIndexByID[id] }

    public func competency(_ id: String) -> Competency? { competencyIndexByID[id].map { competencies[$0] } }

    public func framework(_ id: String) -> Framework? { frameworks.first { $0.id == id } }

    /// The framework a competency (by position) belongs to.
    public func framework(ofCompetency index: Int) -> Framework { frameworks[frameworkIndexOfCompetency[index]] }

    /// The review interval, in days, of the framework a competency (by position) belongs to.
    public func reviewIntervalDays(ofCompetency index: Int) -> Int { reviewIntervalDaysOfCompetency[index] }

    public func role(_ id: String) -> RoleProfile? { roleIndexByID[id].map { roles[$0] } }

    /// The role's requirements with competencies resolved; empty for an unknown role.
    public func requirements(ofRole id: String) -> [ResolvedRequirement] {
        roleIndexByID[id].map { resolvedRequirements[$0] } ?? []
    }
}
