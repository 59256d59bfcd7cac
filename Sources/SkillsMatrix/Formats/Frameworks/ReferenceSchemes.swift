/// The public frameworks a competency's `references` may cite, each with its edition,
/// and what a code in each looks like. `FrameworkReview` checks references against them.
///
/// To cite another scheme or another SFIA skill, add it here with its source: codes and
/// levels are facts about the public framework and must be checked against it.
public enum ReferenceSchemes {
    /// A scheme: its prefix (before the colon), what it is, and how to check a code.
    public struct Scheme: Sendable {
        public var prefix: String
        public var title: String
        /// nil when `code` is one this scheme has; else what is wrong with it.
        var check: @Sendable (_ code: String) -> ReferenceProblem.Kind?
    }

    /// What is wrong with a reference, as values: `FileProblemWords` words it in the
    /// reader's language.
    public struct ReferenceProblem: Hashable, Sendable {
        public enum Kind: Hashable, Sendable {
            /// No colon between a scheme and a code.
            case notSchemeAndCode
            case unknownSFIASkill(String)
            /// An SFIA skill cited without the levels it stands for (`@2-5`).
            case sfiaLevelsMissing(skill: String, defined: ClosedRange<Int>)
            /// An SFIA skill cited at levels SFIA does not define it at.
            case sfiaLevelsOutside(skill: String, defined: ClosedRange<Int>)
            /// A code that is not in a listed scheme; `shape` says what its codes look like.
            case notInScheme(code: String, shape: CodeShape)
            case notECF(code: String)
            /// A prefix without its edition (`PRINCE2:`): cite `use` instead.
            case unversioned(use: String, note: EditionNote?)
            /// A scheme this table does not know: a warning, not an error.
            case unknownScheme(prefix: String, known: [String])
        }

        /// What a listed scheme's codes look like.
        public enum CodeShape: Hashable, Sendable {
            case prince2, apm, icb4, digComp, essentialDigitalSkills, prosjektveiviseren
        }

        /// Why an unversioned prefix is not enough.
        public enum EditionNote: Hashable, Sendable {
            /// PRINCE2 7 (2023), whose themes are now practices.
            case prince2Practices
            /// The APM Competence Framework's 2nd edition (2015).
            case apmSecond
            /// The same, and a 3rd edition could not be confirmed.
            case apmThirdUnconfirmed
        }

        public var reference: String
        public var kind: Kind

        /// A known scheme cited wrongly is an error; a scheme this table does not know, a warning.
        public var isError: Bool {
            if case .unknownScheme = kind { return false }
            return true
        }
    }

    /// Every known scheme, by prefix.
    public static let all: [Scheme] = [
        Scheme(prefix: "SFIA9", title: "SFIA 9 (2024) professional skills", check: sfiaProblem),
        Scheme(prefix: "PRINCE2-7", title: "PRINCE2 7th edition (2023)", check: listed(prince2, .prince2)),
        Scheme(prefix: "APMCF2", title: "APM Competence Framework, 2nd edition (2015)", check: listed(Set(apmCompetences), .apm)),
        Scheme(prefix: "ICB4", title: "IPMA Individual Competence Baseline 4", check: listed(icb4, .icb4)),
        Scheme(prefix: "eCF2019", title: "European e-Competence Framework, EN 16234-1:2019", check: eCFProblem),
        Scheme(prefix: "DigComp2.2", title: "DigComp 2.2 (2022)", check: listed(digComp, .digComp)),
        Scheme(prefix: "EDS2018", title: "UK Essential Digital Skills framework (2018)", check: listed(essentialDigitalSkills, .essentialDigitalSkills)),
        Scheme(prefix: "Prosjektveiviseren", title: "Digdir's Prosjektveiviseren (project phases)", check: listed(prosjektveiviseren, .prosjektveiviseren)),
    ]

    /// Prefixes that name a scheme without the edition these frameworks use, with the one to use.
    static let unversioned: [String: (use: String, note: ReferenceProblem.EditionNote?)] = [
        "SFIA": ("SFIA9", nil), "SFIA8": ("SFIA9", nil), "PRINCE2": ("PRINCE2-7", .prince2Practices),
        "APM": ("APMCF2", .apmSecond), "APM3": ("APMCF2", .apmThirdUnconfirmed),
        "eCF": ("eCF2019", nil), "DigComp": ("DigComp2.2", nil), "ICB": ("ICB4", nil),
    ]

    public static func scheme(_ prefix: String) -> Scheme? { all.first { $0.prefix == prefix } }

    /// What is wrong with `reference` (`SCHEME:CODE`), if anything.
    public static func problem(_ reference: String) -> ReferenceProblem? {
        guard let colon = reference.firstIndex(of: ":") else { return ReferenceProblem(reference: reference, kind: .notSchemeAndCode) }
        let prefix = String(reference[..<colon])
        let code = String(reference[reference.index(after: colon)...])
        let kind: ReferenceProblem.Kind?
        if let scheme = scheme(prefix) {
            kind = scheme.check(code)
        } else if let better = unversioned[prefix] {
            kind = .unversioned(use: better.use, note: better.note)
        } else {
            kind = .unknownScheme(prefix: prefix, known: all.map(\.prefix))
        }
        return kind.map { ReferenceProblem(reference: reference, kind: $0) }
    }

    // MARK: - SFIA 9

    /// The SFIA 9 skills these frameworks cite, with the levels at which SFIA defines
    /// each (sfia-online.org, SFIA 9). A reference names the levels it stands for:
    /// `SFIA9:BURM@2-5`, within these.
    public static let sfia9Levels: [String: ClosedRange<Int>] = [
        "ACIN": 2...6, "BENM": 3...6, "BURM": 2...7, "CHMG": 2...6, "CSMG": 1...6, "ETMG": 2...7, "FEAS": 2...6, "SCTY": 2...7,
        "GOVN": 6...7, "INVA": 4...6, "ITSP": 4...7, "KNOW": 2...7, "METL": 2...6, "PDSV": 4...6, "POMG": 5...7,
        "PRMG": 4...7, "PROF": 2...6, "RLMT": 4...7, "SLMO": 2...7, "SUPP": 2...7, "WFPL": 4...6,
    ]

    static func sfiaProblem(_ code: String) -> ReferenceProblem.Kind? {
        let parts = code.split(separator: "@", omittingEmptySubsequences: false)
        let skill = String(parts[0])
        guard let defined = sfia9Levels[skill] else { return .unknownSFIASkill(skill) }
        guard parts.count == 2, let levels = levelRange(parts[1]) else { return .sfiaLevelsMissing(skill: skill, defined: defined) }
        guard defined.contains(levels.lowerBound), defined.contains(levels.upperBound) else {
            return .sfiaLevelsOutside(skill: skill, defined: defined)
        }
        return nil
    }

    /// `4` or `4-6`.
    private static func levelRange(_ text: Substring) -> ClosedRange<Int>? {
        let bounds = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...2).contains(bounds.count), let low = bounds.first ?? nil, let high = bounds.last ?? nil, low <= high else { return nil }
        return low...high
    }

    // MARK: - Lists

    private static func listed(_ codes: Set<String>, _ shape: ReferenceProblem.CodeShape) -> @Sendable (String) -> ReferenceProblem.Kind? {
        { code in codes.contains(code) ? nil : .notInScheme(code: code, shape: shape) }
    }

    static let prince2: Set<String> = Set(
        ["continued-business-justification", "learn-from-experience", "define-roles-responsibilities-and-relationships",
         "manage-by-stages", "manage-by-exception", "focus-on-products", "tailor-to-suit-the-project"].map { "principle/" + $0 }
        + ["business-case", "organizing", "plans", "quality", "risk", "issues", "progress"].map { "practice/" + $0 }
        + ["starting-up-a-project", "directing-a-project", "initiating-a-project", "controlling-a-stage", "managing-product-delivery",
           "managing-a-stage-boundary", "closing-a-project"].map { "process/" + $0 }
        + ["people"])

    /// The 27 competences of the APM Competence Framework, 2nd edition, in its order.
    static let apmCompetences = [
        "ethics-compliance-and-professionalism", "team-management", "conflict-management", "leadership", "procurement",
        "contract-management", "requirements-management", "solutions-development", "schedule-management", "resource-management",
        "budgeting-and-cost-control", "risk-opportunity-and-issue-management", "quality-management", "consolidated-planning",
        "transition-management", "financial-management", "resource-capacity-planning", "governance-arrangements",
        "stakeholder-and-communications-management", "frameworks-and-methodologies", "reviews", "change-control",
        "independent-assurance", "business-case", "asset-allocation", "capability-development", "benefits-management",
    ]

    static let icb4: Set<String> = Set(
        ["strategy", "governance-structures-and-processes", "compliance-standards-and-regulations", "power-and-interest",
         "culture-and-values"].map { "perspective/" + $0 }
        + ["self-reflection-and-self-management", "personal-integrity-and-reliability", "personal-communication",
           "relationships-and-engagement", "leadership", "teamwork", "conflict-and-crisis", "resourcefulness", "negotiation",
           "results-orientation"].map { "people/" + $0 }
        + ["project-design", "requirements-and-objectives", "scope", "time", "organisation-and-information", "quality", "finance",
           "resources", "procurement", "plan-and-control", "risk-and-opportunity", "stakeholders", "change-and-transformation"]
        .map { "practice/" + $0 })

    static let digComp: Set<String> = Set(
        [(1, 3), (2, 6), (3, 4), (4, 4), (5, 4)].flatMap { area, count in (1...count).map { "\(area).\($0)" } })

    static let essentialDigitalSkills: Set<String> = [
        "foundation", "communicating", "handling-information-and-content", "transacting", "problem-solving",
        "being-safe-and-legal-online",
    ]

    static let prosjektveiviseren: Set<String> = ["idé", "konsept", "planlegge", "gjennomføre", "avslutte", "realisere"]

    /// e-CF codes are an area letter (Plan A, Build B, Run C, Enable D, Manage E) and a
    /// number; only the form is checked.
    static func eCFProblem(_ code: String) -> ReferenceProblem.Kind? {
        let parts = code.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let area = parts[0].first, parts[0].count == 1, "ABCDE".contains(area), let number = Int(parts[1]),
            (1...12).contains(number)
        else { return .notECF(code: code) }
        return nil
    }
}
