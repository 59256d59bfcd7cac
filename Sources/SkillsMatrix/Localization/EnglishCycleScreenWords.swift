import Foundation

/// The review-cycle screens in English. The cycle's state, scope and the messages after
/// opening or closing one are the command line's too (`cycle open`, `cycle close`), so
/// both say the same; the reports' own words are in `EnglishCycleScreenWords+Reports.swift`.
public struct EnglishCycleScreenWords: CycleScreenWords {
    public init() {}

    var messages: EnglishCatalogue { EnglishCatalogue() }

    // MARK: - Every cycle screen

    public func status(_ cycle: ReviewCycle, now: Date) -> String {
        if let closed = cycle.closedAt { return "closed \(messages.day(closed))" }
        return cycle.isPastDue(at: now) ? "open, overdue since \(messages.day(cycle.dueAt))" : "open, due \(messages.day(cycle.dueAt))"
    }
    public func scope(_ cycle: ReviewCycle) -> String { cycle.scopeDescription }
    public func people(_ count: Int) -> String { "\(messages.group(count)) \(count == 1 ? "person" : "people")" }
    public func opened(_ cycle: ReviewCycle) -> String {
        "Opened review cycle \(cycle.name): \(scope(cycle)), frameworks \(cycle.frameworkIDs.joined(separator: ", ")), due \(messages.day(cycle.dueAt))."
    }
    public func closed(_ cycle: ReviewCycle, snapshot: [CycleSnapshotRow]) -> String {
        let organisation = snapshot.first { $0.kind == .organisation }?.figures ?? CycleFigures()
        let readiness = organisation.readiness.map(messages.percent) ?? "-"
        let completion = organisation.completion.map(messages.percent) ?? "-"
        let people = snapshot.count { $0.kind == .person }
        let teams = snapshot.count { $0.kind == .team }
        return "Closed review cycle \(cycle.name) and recorded its snapshot: \(self.people(people)) in \(messages.group(teams)) \(teams == 1 ? "team" : "teams"); "
            + "readiness \(readiness), completion \(completion) (\(messages.group(organisation.done)) of \(messages.group(organisation.total)) items), "
            + "\(messages.group(organisation.gaps)) gaps, \(messages.group(organisation.pairs)) self/lead pairs."
    }

    // MARK: - Completion

    public var completionTitle: String { "Review cycle completion" }
    public func completionTeamTitle(_ team: String) -> String { "Completion: \(team)" }
    public var overdueTitle: String { "Overdue people" }
    public var keyTeamsPeople: String { "the team's people" }
    public var keyEveryoneOverdue: String { "everyone overdue" }
    public var nobodyOverdueYet: String { "Nobody is overdue: the cycle is not due yet." }
    public var nobodyOverdue: String { "Nobody is overdue." }
    public var completionHelp: String {
        "A person's items are their role's requirements in the cycle's frameworks; one is done once they rate it during the cycle "
            + "(a rating from before the cycle counts once they re-confirm it). Overdue: not complete after the due date. "
            + "The figures are those of `skills-tui report completion`, whose CSV has each person's email for a mail merge."
    }
    public var columnTeam: String { "Team" }
    public var columnPeople: String { "People" }
    public var columnDone: String { "Done" }
    public var columnTotal: String { "Total" }
    public var columnComplete: String { "Complete" }
    public var columnOverdue: String { "Overdue" }
    public var columnPerson: String { "Person" }
    public var columnLastRated: String { "Last rated" }
    public func completionSummary(people: Int, done: Int, total: Int, fraction: Double, complete: Int, overdue: Int) -> String {
        "\(self.people(people)) · \(messages.group(done)) of \(messages.group(total)) items done (\(messages.percent(fraction))) · "
            + "\(messages.group(complete)) complete · \(messages.group(overdue)) overdue"
    }
    public var nobodyInCycle: String { "Nobody you may see is part of this cycle." }
    public func teamPanel(team: String, toDo: Int, overdue: Int, people: Int) -> String {
        "\(team): \(messages.group(toDo)) items to do, \(messages.group(overdue)) of \(self.people(people)) overdue · Enter lists them"
    }
    public func peopleSummary(team: String?, people: Int, done: Int, total: Int) -> String {
        "\(team.map { "Team \($0)" } ?? "Overdue"): \(self.people(people)) · \(messages.group(done)) of \(messages.group(total)) items done"
    }
    public var nobodyHere: String { "Nobody here." }
    public var overdue: String { "overdue" }
    public var complete: String { "complete" }
    public var noEmail: String { "no email on record" }
    public func toDo(_ count: Int) -> String { "\(count) to do" }

    // MARK: - Calibration

    public var calibrationTitle: String { "Calibration" }
    public func calibrationHeading(teams: [String]?) -> String {
        "Calibration: self against lead ratings, " + (teams.map { "teams \($0.joined(separator: ", "))" } ?? "the whole organisation")
    }
    public func calibrationOrganisation(pairs: Int, selfMinusLead: String, leniency: String, disputes: String) -> String {
        "Organisation: \(messages.group(pairs)) \(pairs == 1 ? "pair" : "pairs") · self - lead \(selfMinusLead) · leniency \(leniency) · disputes \(disputes)"
    }
    public func pairNote(minimum: Int) -> String { "Pair: a self and a lead rating of one competency; under \(minimum) pairs: hidden (-)" }
    public var noPairsYet: String { "none yet: no one here has both a self and a lead rating of anything" }
    public var keyNextSection: String { "next section" }
    public var keyChoose: String { "choose" }
    public var columnLead: String { "Lead" }
    public var columnCompetency: String { "Competency" }
    public var columnPairs: String { "Pairs" }
    public var columnLeniency: String { "Leniency" }
    public var columnVersusOrganisation: String { "vs org" }
    public var columnSelfLead: String { "Self-lead" }
    public var columnDisputes: String { "Disputes" }
    public var leadsExplained: String { "Leniency = mean(lead - self) over a lead's pairs; vs org: less the org's." }
    public var competenciesExplained: String { "Self-lead = mean(self - lead); disputes: pairs |self - lead| >= 2." }
    public var teamsExplained: String { "Self-lead = mean(self - lead) in the team; disputes: |self - lead| >= 2." }
    public func hiddenFigures(subject: String, pairs: Int, minimum: Int) -> String {
        "\(subject): only \(pairs) \(pairs == 1 ? "pair" : "pairs"), under \(minimum): its figures are hidden."
    }
    public func leadRates(subject: String, difference: String?, above: Bool, pairs: Int, versusOrganisation: String) -> String {
        let direction = difference.map { "\(above ? "above" : "below") people's own view by \($0) levels" } ?? "exactly as people rate themselves"
        return "\(subject) rates \(direction), over \(messages.group(pairs)) \(pairs == 1 ? "pair" : "pairs") (vs org \(versusOrganisation))."
    }
    public func subjectFigures(subject: String, selfMinusLead: String, disputes: String, pairs: Int) -> String {
        "\(subject): self - lead \(selfMinusLead), disputes \(disputes), over \(messages.group(pairs)) \(pairs == 1 ? "pair" : "pairs")."
    }
    public func calibrationHelp(minimum: Int) -> String {
        calibrationExplanation(minimum: minimum) + " The same figures as `skills-tui report calibration` (CSV and JSON too)."
    }

    // MARK: - Trend

    public var trendTitle: String { "Trend" }
    public var keyFiguresAndChanges: String { "the figures and what changed" }
    public var trendHeading: String { "Trend over review cycles: readiness, completion and gaps" }
    public func compared(label: String, closed: Date) -> String { "Figures: \(label) (closed \(messages.day(closed))) → now" }
    public var noCycleClosed: String { "No cycle has closed yet: the figures are now's only." }
    public var nothingToShow: String { "Nothing to show." }
    public var columnReadiness: String { "Readiness" }
    public var columnCompletion: String { "Completion" }
    public var columnGaps: String { "Gaps" }
    public var columnChanged: String { "Changed" }
    public var noChange: String { "no change" }
    public var now: String { "now" }
    public var gapsClosed: String { "closed" }
    public var gapsOpened: String { "opened" }
    public var gapsWorse: String { "worse" }
    public var onePointOnly: String { "one point only, nothing to compare." }
    public var noCompetencyChanged: String { "no competency closed, opened or got worse." }
    public var theOrganisation: String { "the organisation" }
    public func you(_ login: String) -> String { "you (\(login))" }
    public func trendOf(_ subject: String) -> String { "Trend of \(subject)" }
    public func trendPageTitle(_ subject: String) -> String { "Trend: \(subject)" }
    public func notPartOfIt(_ point: String) -> String { "\(point): not part of it" }
    public var noCycleItems: String { "no cycle items" }
    public func point(_ point: String, readiness: String, completion: String, gaps: Int) -> String {
        "\(point): readiness \(readiness) · completion \(completion) · \(messages.group(gaps)) \(gaps == 1 ? "gap" : "gaps")"
    }
    public var noChangeSinceBefore: String { "No competency closed, opened or got worse since the point before." }
    public var closedHeading: String { "Closed (no gap now)" }
    public var openedHeading: String { "Opened (a gap now, none before)" }
    public var worseHeading: String { "Worse" }
    public var nothingToCompareYet: String { "Only one point has figures: nothing to compare yet." }
    public var trendHelp: String {
        "Readiness: 1 - weighted gap / weighted target over everyone's requirements. Completion: items rated during the cycle "
            + "(at its close; now: the open cycle). Gaps: rated requirements short of target (unrated ones count in completion). "
            + "Sparklines run oldest to newest on one 0-100% scale, a blank where a team was not in a cycle. "
            + "The same figures as `skills-tui report trend`."
    }

    // MARK: - Opening and closing cycles

    public var cyclesTitle: String { "Review cycles" }
    public var keyCloseIt: String { "close it" }
    public var keyKeepOpen: String { "keep it open" }
    public func keyClose(_ name: String) -> String { "close \(name)" }
    public var keyOpenNew: String { "open a new cycle" }
    public var namePrompt: String { "Name of the new cycle" }
    public var duePrompt: String { "Due by (YYYY-MM-DD)" }
    public func dayField(_ day: CalendarDay) -> String { day.description }
    public func readDay(_ text: String) -> CalendarDay? { CalendarDay(iso: text) }
    public func staysOpen(_ name: String) -> String { "\(name) stays open." }
    public func giveName(example: String) -> String { "Give the cycle a name, such as \"Review \(example)\", or Esc to stop." }
    public func notADay(_ typed: String, example: String) -> String { "\"\(typed)\" is not a day: write it as YYYY-MM-DD, such as \(example)." }
    public func closeQuestion(_ name: String) -> String { "Close \(name) now? Everyone's figures are recorded for good. y/n" }
    public var cyclesHelp: String {
        "One cycle is open at a time. n opens one: its name, the day it is due (at the end of that day), "
            + "then the whole organisation or chosen teams (Space chooses a team, with the teams below it), "
            + "then the frameworks it covers (all unless you drop some), and a last y to open it; Esc steps back. "
            + "`skills-tui cycle open NAME --due DAY --teams T --frameworks F` does the same. "
            + "x closes the open cycle and records each person's and team's readiness, completion and calibration, which the trend compares with."
    }
    public var columnCycle: String { "Cycle" }
    public var columnState: String { "State" }
    public var columnOpened: String { "Opened" }
    public var columnDue: String { "Due" }
    public var columnFrameworks: String { "Frameworks" }
    public func openSummary(name: String, status: String) -> String { "\(name): \(status); x closes it." }
    public var noCycleYet: String { "No review cycle has been opened yet: n opens the first." }
    public var noCycleOpen: String { "No cycle is open: n opens the next." }
    public func cycleCount(_ count: Int) -> String { "\(count) \(count == 1 ? "cycle" : "cycles"), oldest first" }
    public var noCyclesYet: String { "No review cycles yet." }
    public func state(_ cycle: ReviewCycle, now: Date) -> String {
        cycle.closedAt.map { "closed \(messages.day($0))" } ?? (cycle.isPastDue(at: now) ? "open, overdue" : "open")
    }
    public func cyclePanel(name: String, scope: String, openedBy: String, closedBy: String?) -> String {
        "\(name): \(scope) · opened by \(openedBy)" + (closedBy.map { " · closed by \($0)" } ?? "")
    }
    public var scopeHeading: String { "Who is the new cycle for?" }
    public var frameworksHeading: String { "Which frameworks does the new cycle cover?" }
    public var scopeGuide: String { "Space: choose or drop · Enter: on to the frameworks · Esc: back to the due day" }
    public var frameworksGuide: String { "Space: choose or drop · Enter: check it over · Esc: back to who it is for" }
    public var wholeOrganisation: String { "The whole organisation" }
    public func scopeChoice(teams: Int?) -> String {
        guard let teams else { return "The whole organisation" }
        switch teams {
        case 0: return "No team chosen yet"
        case 1: return "1 team chosen, with the teams below it"
        default: return "\(messages.group(teams)) teams chosen, each with the teams below it"
        }
    }
    public func frameworksChoice(_ chosen: Int, of all: Int) -> String { "\(chosen) of \(all) \(all == 1 ? "framework" : "frameworks") chosen" }
    public var includedAbove: String { "included" }
    public var spaceKey: String { "Space" }
    public var keyChooseOrDrop: String { "choose/drop" }
    public var keyNextStep: String { "next step" }
    public var keyStepBack: String { "step back" }
    public var keyOpenIt: String { "open it" }
    public func openQuestion(name: String, due: String, teams: [String]?, frameworks: [String]) -> String {
        let scope = teams.map { $0.isEmpty ? "chosen teams (none chosen)" : "teams \($0.joined(separator: ", "))" } ?? "the whole organisation"
        return "Open \(name) for \(scope), frameworks \(frameworks.joined(separator: ", ")), due \(due)? y/n"
    }
}
