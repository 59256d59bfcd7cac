import Foundation
import SkillsMatrix

/// Completion of the current review cycle, team by team: a lead's teams, or the whole
/// organisation for hr and admins. The same report as `report completion`, so the numbers
/// agree; Enter lists a team's people with what each has done, `o` everyone overdue.
public struct CompletionScreen: ScreenModel {
    public private(set) var report: CompletionReport
    /// The report's teams, worked out once (100,000 people are summed in one pass).
    public private(set) var teams: [CompletionReport.TeamCompletion]
    public var list = ListState()

    public init(report: CompletionReport) {
        self.report = report
        self.teams = report.teams
    }

    public enum Action: Hashable, Sendable {
        case move(ListState.Movement)
        case click(y: Int)
        case open
        case overdue
    }

    public func title(_ context: ScreenContext) -> String { context.words.cycleScreens.completionTitle }

    static let headerRows = 4
    static let footerRows = 2

    func listArea(_ size: ScreenSize) -> Rect { Layout.listArea(size, headerRows: Self.headerRows, footerRows: Self.footerRows) }

    public func keyMap(_ context: ScreenContext) -> KeyMap<Action> {
        let words = context.words.cycleScreens
        return KeyMap(ListState.movementBindings(context.screenWords).map { $0.map(Action.move) } + [
            KeyBinding([.key(.enter)], "Enter", words.keyTeamsPeople, .open),
            .click(context.screenWords.keyOpen, words: context.screenWords) { _, y in .click(y: y) },
            KeyBinding("o", words.keyEveryoneOverdue, .overdue),
        ])
    }

    public mutating func perform(_ action: Action, _ context: inout ScreenContext) -> [Effect] {
        let area = listArea(context.size)
        switch action {
        case .move(let movement):
            list.move(movement, count: teams.count, visible: area.height)
        case .click(let y):
            if ListView.select(atY: y, &list, count: teams.count, in: area) != nil { open(&context) }
        case .open:
            open(&context)
        case .overdue:
            let overdue = report.people.indices.filter { report.people[$0].isOverdue(in: report.cycle, now: report.now) }
            guard !overdue.isEmpty else {
                let words = context.words.cycleScreens
                context.say(report.cycle.isOpen && !report.cycle.isPastDue(at: report.now) ? words.nobodyOverdueYet : words.nobodyOverdue)
                return []
            }
            context.open(CompletionPeopleScreen(report: report, teamID: nil, people: overdue))
        }
        return []
    }

    private func open(_ context: inout ScreenContext) {
        guard teams.indices.contains(list.selection) else { return }
        let teamID = teams[list.selection].teamID
        context.open(CompletionPeopleScreen(report: report, teamID: teamID, people: report.people.indices.filter { report.people[$0].person.teamID == teamID }))
    }

    public mutating func receive(_ update: Outcome, _ context: inout ScreenContext) -> [Effect] {
        guard case .loaded(.completion(let fresh)) = update else { return [] }
        report = fresh
        teams = fresh.teams
        list.clamp(count: teams.count, visible: listArea(context.size).height)
        return []
    }

    public mutating func fit(_ context: ScreenContext) { list.clamp(count: teams.count, visible: listArea(context.size).height) }

    public func position(_ context: ScreenContext) -> String? { list.position(count: teams.count, visible: listArea(context.size).height, words: context.words) }

    public var reload: Request? { .completion }

    public func helpNotes(_ context: ScreenContext) -> [String] {
        Draw.wrap(context.words.cycleScreens.completionHelp, width: 70)
    }

    // MARK: - Drawing

    /// The columns, each fixed one as wide as its title in the language, and the
    /// percentage as wide as "100%" is written.
    static func columns(_ context: ScreenContext) -> ColumnLayout {
        let words = context.words.cycleScreens
        let fitted = { (title: String, width: Int) in ColumnLayout.Column(title, .fixed(max(width, DisplayWidth.of(title))), alignRight: true) }
        return ColumnLayout([
            .init(words.columnTeam, .flexible(minimum: 18, maximum: 40)), fitted(words.columnPeople, 6), fitted(words.columnDone, 6),
            fitted(words.columnTotal, 6), fitted("%", DisplayWidth.of(context.words.percent(1))), .init("", .fixed(10)),
            fitted(words.columnComplete, 8), fitted(words.columnOverdue, 7),
        ])
    }

    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        let top = Layout.contentTop
        let words = context.words.cycleScreens
        let group = context.words.group
        Self.drawCycle(report, into: &buffer, y: top, context)
        let summary = words.completionSummary(
            people: report.people.count, done: report.done, total: report.total,
            fraction: report.total == 0 ? 1 : Double(report.done) / Double(report.total), complete: report.completeCount, overdue: report.overdue.count)
        buffer.put("  " + summary, x: 0, y: top + 1, maxWidth: buffer.width - 1)
        let columns = Self.columns(context)
        columns.drawHeader(into: &buffer, y: top + 3)
        let area = listArea(context.size)
        ListView.draw(list, count: teams.count, in: area, into: &buffer, empty: words.nobodyInCycle) { buffer, index, y, selected in
            let team = teams[index]
            columns.draw(
                [
                    team.teamID, group(team.people), group(team.done), group(team.total), context.words.percent(team.fraction),
                    Draw.bar(team.fraction, width: 10), group(team.complete), group(team.overdue),
                ],
                into: &buffer, y: y, style: selected ? .selected : .normal, styles: team.overdue > 0 && !selected ? [7: .warning] : [:])
        }
        // The panel: the selected team's id whole (a long one is cut in its column).
        guard teams.indices.contains(list.selection) else { return }
        let team = teams[list.selection]
        let panel = words.teamPanel(team: team.teamID, toDo: team.total - team.done, overdue: team.overdue, people: team.people)
        buffer.put("  " + panel, x: 0, y: area.bottom + 1, style: .dim, maxWidth: buffer.width - 1)
    }

    /// "Review cycle NAME · due DAY · frameworks · scope" on row `y`, the state in warning
    /// colours once it is past due: shared with the people list.
    static func drawCycle(_ report: CompletionReport, into buffer: inout CellBuffer, y: Int, _ context: ScreenContext) {
        let cycle = report.cycle
        let words = context.words.cycleScreens
        let state = words.status(cycle, now: report.now)
        var x = buffer.put("  " + context.words.homeCycleTitle, x: 0, y: y, style: .heading)
        x += buffer.put(cycle.name, x: x, y: y, style: .heading, maxWidth: max(10, buffer.width - x - 30))
        x += buffer.put(" · " + state, x: x, y: y, style: cycle.isPastDue(at: report.now) ? .warning : .normal, maxWidth: buffer.width - x)
        buffer.put(" · \(cycle.frameworkIDs.joined(separator: ", ")) · \(words.scope(cycle))", x: x, y: y, style: .dim, maxWidth: max(0, buffer.width - x - 1))
    }
}
