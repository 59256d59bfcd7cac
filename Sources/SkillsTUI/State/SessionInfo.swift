import SkillsMatrix

/// Who is using the TUI and what they may open; loaded when the session starts or the
/// demo user changes.
public struct SessionInfo: Hashable, Sendable {
    public var login: String
    public var person: Person?
    public var roleName: String?
    public var roleSummary: String
    public var isDemo: Bool
    public var canSeeOrganisation: Bool
    public var ledTeams: [Team]
    public var visibleTeams: [Team]

    public init(
        login: String, person: Person?, roleName: String?, roleSummary: String, isDemo: Bool, canSeeOrganisation: Bool,
        ledTeams: [Team], visibleTeams: [Team]
    ) {
        self.login = login
        self.person = person
        self.roleName = roleName
        self.roleSummary = roleSummary
        self.isDemo = isDemo
        self.canSeeOrganisation = canSeeOrganisation
        self.ledTeams = ledTeams
        self.visibleTeams = visibleTeams
    }

    public var displayName: String { person.map { "\($0.name) (\($0.login))" } ?? login }

    /// Whether the user leads a team, and so has ratings to validate.
    public var isLead: Bool { !ledTeams.isEmpty }
}

/// What the home screen shows.
public struct HomeData: Hashable, Sendable {
    public var assessment: PersonAssessment?
    /// The role walk-through: answered, total, and where to resume.
    public var walkthrough: Walkthrough?
    /// How many ratings wait for the lead; nil while it is being counted (it comes after
    /// the first frame) or for someone who leads no team.
    public var validationCount: ValidationCount?
    /// The open review cycle and the person's part in it, when it includes them.
    public var cycle: CycleProgress?
    /// Whether any review cycle was ever opened: what the completion view needs.
    public var hasCycles: Bool

    public init(
        assessment: PersonAssessment?, walkthrough: Walkthrough?, validationCount: ValidationCount? = nil, cycle: CycleProgress? = nil,
        hasCycles: Bool = false
    ) {
        self.assessment = assessment
        self.walkthrough = walkthrough
        self.validationCount = validationCount
        self.cycle = cycle
        self.hasCycles = hasCycles
    }
}
