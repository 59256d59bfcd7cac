import Foundation

/// The words of the terminal UI's review-cycle screens (completion, calibration, trend,
/// opening and closing cycles) in one language, and of the message a change of cycle
/// leaves. Each language conforms once (`EnglishCycleScreenWords`,
/// `BokmalCycleScreenWords`), so a language that lacks a text does not compile; texts
/// with values take them as labelled, typed parameters and write numbers and dates as
/// their language does.
public protocol CycleScreenWords: Sendable {
    // MARK: - Every cycle screen

    /// "closed 2026-09-29", "open, overdue since 2026-11-15", "open, due 2026-12-15".
    func status(_ cycle: ReviewCycle, now: Date) -> String
    /// "the organisation", "teams a, b and the teams below them".
    func scope(_ cycle: ReviewCycle) -> String
    /// "7 people", grouped by thousands.
    func people(_ count: Int) -> String
    /// The message after `n` opened a cycle (the screens' "Review cycle NAME" is the
    /// catalogue's `homeCycleTitle`).
    func opened(_ cycle: ReviewCycle) -> String
    /// The message after `x` closed one: what its snapshot recorded.
    func closed(_ cycle: ReviewCycle, snapshot: [CycleSnapshotRow]) -> String

    // MARK: - Completion

    var completionTitle: String { get }
    func completionTeamTitle(_ team: String) -> String
    var overdueTitle: String { get }
    var keyTeamsPeople: String { get }
    var keyEveryoneOverdue: String { get }
    var nobodyOverdueYet: String { get }
    var nobodyOverdue: String { get }
    var completionHelp: String { get }
    var columnTeam: String { get }
    var columnPeople: String { get }
    var columnDone: String { get }
    var columnTotal: String { get }
    var columnComplete: String { get }
    var columnOverdue: String { get }
    var columnPerson: String { get }
    var columnLastRated: String { get }
    /// "25 people · 67 of 326 items done (21%) · 1 complete · 24 overdue".
    func completionSummary(people: Int, done: Int, total: Int, fraction: Double, complete: Int, overdue: Int) -> String
    var nobodyInCycle: String { get }
    /// "customer-services: 78 items to do, 7 of 7 people overdue · Enter lists them".
    func teamPanel(team: String, toDo: Int, overdue: Int, people: Int) -> String
    /// "Team T: 7 people · 17 of 86 items done"; `team` nil: everyone overdue.
    func peopleSummary(team: String?, people: Int, done: Int, total: Int) -> String
    var nobodyHere: String { get }
    /// A person's flag in the list: overdue, or complete.
    var overdue: String { get }
    var complete: String { get }
    var noEmail: String { get }
    func toDo(_ count: Int) -> String

    // MARK: - Calibration

    var calibrationTitle: String { get }
    /// "Calibration: self against lead ratings, the whole organisation"; `teams` nil for it.
    func calibrationHeading(teams: [String]?) -> String
    /// The figures already written as this language writes them.
    func calibrationOrganisation(pairs: Int, selfMinusLead: String, leniency: String, disputes: String) -> String
    func pairNote(minimum: Int) -> String
    var noPairsYet: String { get }
    var keyNextSection: String { get }
    var keyChoose: String { get }
    var columnLead: String { get }
    var columnCompetency: String { get }
    var columnPairs: String { get }
    var columnLeniency: String { get }
    var columnVersusOrganisation: String { get }
    var columnSelfLead: String { get }
    var columnDisputes: String { get }
    var leadsExplained: String { get }
    var competenciesExplained: String { get }
    var teamsExplained: String { get }
    func hiddenFigures(subject: String, pairs: Int, minimum: Int) -> String
    /// `difference` is how far from people's own view, unsigned; nil when none.
    func leadRates(subject: String, difference: String?, above: Bool, pairs: Int, versusOrganisation: String) -> String
    func subjectFigures(subject: String, selfMinusLead: String, disputes: String, pairs: Int) -> String
    func calibrationHelp(minimum: Int) -> String

    // MARK: - Trend

    var trendTitle: String { get }
    var keyFiguresAndChanges: String { get }
    var trendHeading: String { get }
    /// "Figures: 2026 autumn review (closed 2026-09-29) → now".
    func compared(label: String, closed: Date) -> String
    var noCycleClosed: String { get }
    var nothingToShow: String { get }
    var columnReadiness: String { get }
    var columnCompletion: String { get }
    var columnGaps: String { get }
    var columnChanged: String { get }
    var noChange: String { get }
    /// The trend's last point: the figures now.
    var now: String { get }
    /// What became of the competencies since the point before, in the list and the panel.
    var gapsClosed: String { get }
    var gapsOpened: String { get }
    var gapsWorse: String { get }
    var onePointOnly: String { get }
    var noCompetencyChanged: String { get }
    var theOrganisation: String { get }
    func you(_ login: String) -> String
    func trendOf(_ subject: String) -> String
    func trendPageTitle(_ subject: String) -> String
    func notPartOfIt(_ point: String) -> String
    var noCycleItems: String { get }
    /// "2026 autumn review (2026-09-29): readiness 48% · completion 24% (80/326) · 51 gaps".
    func point(_ point: String, readiness: String, completion: String, gaps: Int) -> String
    var noChangeSinceBefore: String { get }
    var closedHeading: String { get }
    var openedHeading: String { get }
    var worseHeading: String { get }
    var nothingToCompareYet: String { get }
    var trendHelp: String { get }

    // MARK: - Opening and closing cycles

    var cyclesTitle: String { get }
    var keyCloseIt: String { get }
    var keyKeepOpen: String { get }
    func keyClose(_ name: String) -> String
    var keyOpenNew: String { get }
    var namePrompt: String { get }
    var duePrompt: String { get }
    /// The due day as the field shows it and as the language writes it: `2026-12-30`, `30.12.2026`.
    func dayField(_ day: CalendarDay) -> String
    /// The day typed in the field: as `dayField` writes it, or `YYYY-MM-DD` in every language.
    func readDay(_ text: String) -> CalendarDay?
    func staysOpen(_ name: String) -> String
    func giveName(example: String) -> String
    func notADay(_ typed: String, example: String) -> String
    func closeQuestion(_ name: String) -> String
    var cyclesHelp: String { get }
    var columnCycle: String { get }
    var columnState: String { get }
    var columnOpened: String { get }
    var columnDue: String { get }
    var columnFrameworks: String { get }
    /// "2026 winter review: open, overdue since 2026-11-15; x closes it."
    func openSummary(name: String, status: String) -> String
    var noCycleYet: String { get }
    var noCycleOpen: String { get }
    func cycleCount(_ count: Int) -> String
    var noCyclesYet: String { get }
    /// The state column: "closed 2026-09-29", "open, overdue", "open".
    func state(_ cycle: ReviewCycle, now: Date) -> String
    func cyclePanel(name: String, scope: String, openedBy: String, closedBy: String?) -> String
    /// The steps after the due day: who the new cycle is for, what it covers, and the
    /// question before it is opened.
    var scopeHeading: String { get }
    var frameworksHeading: String { get }
    /// The message line of those two steps: what Space, Enter and Esc do there.
    var scopeGuide: String { get }
    var frameworksGuide: String { get }
    var wholeOrganisation: String { get }
    /// "The whole organisation", or "2 teams chosen, each with the teams below it".
    func scopeChoice(teams: Int?) -> String
    /// "2 of 3 frameworks chosen".
    func frameworksChoice(_ chosen: Int, of all: Int) -> String
    /// After a team in scope through a chosen team above it.
    var includedAbove: String { get }
    /// The space bar as the status bar names it.
    var spaceKey: String { get }
    var keyChooseOrDrop: String { get }
    var keyNextStep: String { get }
    var keyStepBack: String { get }
    var keyOpenIt: String { get }
    /// "Open 2027 spring review for teams a, b, frameworks PM, due 2027-01-31? y/n";
    /// `teams` nil for the whole organisation, the day as the field writes it.
    func openQuestion(name: String, due: String, teams: [String]?, frameworks: [String]) -> String

    // MARK: - The command line's cycle reports

    // `report completion`, `report calibration`, `report trend` and `cycle` print the
    // screens' words above where they say the same, and these where a report says more
    // (implemented in `EnglishCycleScreenWords+Reports.swift` and its Bokmål twin).

    /// "Review cycle NAME · open, due 2026-12-15 · frameworks PM, DI · the organisation".
    func cycleLine(_ cycle: ReviewCycle, now: Date) -> String
    var columnLastActivity: String { get }
    var columnEmail: String { get }
    /// "Calibration: whole organisation", "Calibration: teams a, b".
    func calibrationReportHeading(teams: [String]?) -> String
    /// What a pair, leniency and a dispute are, and that figures on fewer than `minimum`
    /// pairs are hidden: the report's second line, and the start of the screen's help.
    func calibrationExplanation(minimum: Int) -> String
    var sectionLeads: String { get }
    var sectionTeams: String { get }
    var trendReportHeading: String { get }
    /// A trend series' title: "organisation", "team data-team", "person plus".
    func seriesTitle(_ series: TrendReport.Series) -> String
    var columnPoint: String { get }
    var columnDate: String { get }
    /// `cycle list` before the first cycle.
    var noCycleOpenedYet: String { get }
    var columnScope: String { get }
    /// `cycle list`'s scope column: "organisation", or the teams.
    func scopeCell(_ cycle: ReviewCycle) -> String
    /// What was recorded when a cycle's report could not be written: "review cycle NAME was opened".
    func openedChange(_ name: String) -> String
    func closedChange(_ name: String) -> String
}
