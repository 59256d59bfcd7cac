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
}

/// What the home screen shows.
public struct HomeData: Hashable, Sendable {
    public var assessment: PersonAssessment?
    /// The role walk-through: answered, total, and where to resume.
    public var walkthrough: Walkthrough?
    public var validationCount: Int

    public init(assessment: PersonAssessment?, walkthrough: Walkthrough?, validationCount: Int) {
        self.assessment = assessment
        self.walkthrough = walkthrough
        self.validationCount = validationCount
    }
}

/// A home-menu entry.
public enum HomeAction: Hashable, Sendable {
    case selfAssessment
    case gapReport
    case heatmap
    case validation
    case trainingNeeds
    case frameworks
    case switchUser
    case quit
}

public struct HomeState: Hashable, Sendable {
    public var data: HomeData
    public var menu = ListCursor()
}

public struct RolePickerState: Hashable, Sendable {
    /// Suggested people first (a member of staff, a team lead, HR), then everyone.
    public var choices: [RoleChoice]
    public var cursor = ListCursor()
    public var search = SearchBox()

    public struct RoleChoice: Hashable, Sendable {
        public var person: Person
        /// "Team lead" for a suggestion; empty otherwise.
        public var description: String
        /// "Project Manager · project-support-office".
        public var roleAndTeam: String
        public var isSuggestion: Bool

        public init(person: Person, description: String, roleAndTeam: String, isSuggestion: Bool) {
            self.person = person
            self.description = description
            self.roleAndTeam = roleAndTeam
            self.isSuggestion = isSuggestion
        }
    }

    public var visibleChoices: [RoleChoice] {
        choices.filter { search.matches("\($0.person.name) \($0.person.login) \($0.description) \($0.roleAndTeam)") }
    }
}

public struct WalkthroughState: Hashable, Sendable {
    public var walkthrough: Walkthrough
    /// The step shown; equal to the step count when every step has been passed.
    public var position: Int
    /// The level the arrow keys point at.
    public var levelCursor: Int
    public var noteEditor: TextField?
    /// A confirmed note waiting for a level to be saved with.
    public var pendingNote: String?

    public var isFinished: Bool { position >= walkthrough.steps.count }
    public var step: Walkthrough.Step? { isFinished ? nil : walkthrough.steps[position] }
}

public struct GapReportState: Hashable, Sendable {
    public var assessment: PersonAssessment
    public var rows: [RequirementAssessment]
    public var cursor = ListCursor()
}

/// Where a team picker leads.
public enum TeamDestination: Hashable, Sendable {
    case heatmap
    case validation
    case trainingNeeds
}

public struct TeamPickerState: Hashable, Sendable {
    public var destination: TeamDestination
    /// nil stands for the whole organisation.
    public var teams: [Team?]
    public var cursor = ListCursor()
    public var search = SearchBox()

    public init(destination: TeamDestination, teams: [Team?]) {
        self.destination = destination
        self.teams = teams
    }

    /// What the entry for nil (every team) is called here.
    public var everythingLabel: String {
        destination == .validation ? "All the teams you lead" : "Whole organisation"
    }

    /// The teams matching the search by name or id; a large council has thousands.
    public var visibleTeams: [Team?] {
        teams.filter { team in search.matches(team.map { "\($0.name) \($0.id)" } ?? everythingLabel) }
    }
}

public struct HeatmapState: Hashable, Sendable {
    public var heatmap: Heatmap
    /// What is shown: `heatmap` filtered by framework and by the search.
    public var shown: Heatmap
    public var lens: HeatmapLens = .effective
    public var frameworkFilter: String?
    public var row = 0
    public var column = 0
    public var rowOffset = 0
    public var columnOffset = 0
    public var detail: CellDetail?
    public var search = SearchBox()

    /// The heatmap as first opened: every framework, effective ratings, cursor top left.
    public init(heatmap: Heatmap) {
        self.heatmap = heatmap
        self.shown = heatmap
    }

    public struct CellDetail: Hashable, Sendable {
        public var login: String
        public var competency: Int
        public var detail: RatingDetail
    }
}

public struct ValidationState: Hashable, Sendable {
    public var teamID: String?
    public var items: [ValidationItem]
    public var cursor = ListCursor()
    public var noteEditor: TextField?
    public var pendingNote: String?
}

public struct TrainingNeedsState: Hashable, Sendable {
    public var report: TrainingNeedsReport
    public var cursor = ListCursor()
    public private(set) var search = SearchBox()
    public var export: ExportPrompt?
    /// Over SSH: the command that saves the export on the person's own machine, shown
    /// until the next key.
    public var remoteExportCommand: String?
    /// The lines shown: kept rather than derived on each key or frame, because a whole
    /// organisation of 100,000 has over half a million, and a search must not redo them
    /// for every cursor move. Refreshed whenever the search text changes.
    public private(set) var lines: [Line]
    /// "name login team" of each person in lower case, built at the first search.
    private var personSearchText: [String]?

    public init(report: TrainingNeedsReport) {
        self.report = report
        self.lines = Self.allLines(report)
    }

    /// The export dialog: first a format, then a path.
    public struct ExportPrompt: Hashable, Sendable {
        public var format: ReportFormat?
        /// CSV with a byte-order mark for Excel.
        public var excel = false
        public var path: TextField?
        /// Set while asking whether to replace the existing file at this path.
        public var replacing: String?
    }

    /// One line of the list: a competency heading or a person's need.
    public enum Line: Hashable, Sendable {
        case group(Int)
        case need(group: Int, need: Int)
    }

    /// Applies a key to the search box and refilters when its text changed.
    /// - Returns: false when no search is open.
    public mutating func handleSearch(_ key: Key, catalog: Catalog) -> Bool {
        let before = search.query
        guard search.handle(key) else { return false }
        if search.query != before { refilter(catalog: catalog) }
        return true
    }

    public mutating func beginSearch() { search.begin(prompt: "Find competency or person") }

    public mutating func clearSearch() {
        search = SearchBox()
        lines = Self.allLines(report)
    }

    /// Keeps a competency's heading and its needs when the competency matches the search;
    /// otherwise only the needs of people (name, login, team) who match.
    mutating func refilter(catalog: Catalog) {
        let query = search.query.lowercased()
        guard !query.isEmpty else {
            lines = Self.allLines(report)
            return
        }
        let people = personSearchText ?? report.people.map { "\($0.name) \($0.login) \($0.teamID)".lowercased() }
        personSearchText = people
        let personMatches = people.map { $0.contains(query) }
        var result: [Line] = []
        for (groupIndex, group) in report.groups.enumerated() {
            let competency = catalog.competencies[group.competency]
            let groupMatches = "\(competency.id) \(competency.name)".lowercased().contains(query)
            let needs = group.needs.indices.filter { groupMatches || personMatches[group.needs[$0].personIndex] }
            if needs.isEmpty { continue }
            result.append(.group(groupIndex))
            result += needs.map { .need(group: groupIndex, need: $0) }
        }
        lines = result
    }

    static func allLines(_ report: TrainingNeedsReport) -> [Line] {
        var lines: [Line] = []
        lines.reserveCapacity(report.groups.count + report.needCount)
        for (groupIndex, group) in report.groups.enumerated() {
            lines.append(.group(groupIndex))
            for needIndex in group.needs.indices { lines.append(.need(group: groupIndex, need: needIndex)) }
        }
        return lines
    }
}

public struct FrameworkBrowserState: Hashable, Sendable {
    /// nil: the list of frameworks; else the competencies of that framework.
    public var framework: Int?
    public var cursor = ListCursor()
    public var search = SearchBox()
}

public struct CompetencyState: Hashable, Sendable {
    public var competency: Int
    public var scroll = 0
}

/// One screen on the navigation stack.
public enum Screen: Hashable, Sendable {
    case rolePicker(RolePickerState)
    case home(HomeState)
    case walkthrough(WalkthroughState)
    case gapReport(GapReportState)
    case teamPicker(TeamPickerState)
    case heatmap(HeatmapState)
    case validation(ValidationState)
    case trainingNeeds(TrainingNeedsState)
    case frameworks(FrameworkBrowserState)
    case competency(CompetencyState)
}
