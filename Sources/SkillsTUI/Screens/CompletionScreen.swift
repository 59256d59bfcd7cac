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

    public func title(_ context: ScreenContext) -> String { "Review cycle completion" }

    static let headerRows = 4
    static let footerRows = 2

    func listArea(_ size: ScreenSize) -> Rect { Layout.listArea(size, headerRows: Self.headerRows, footerRows: Self.footerRows) }

    public func keyMap(_ context: ScreenContext) -> KeyMap<Action> {
        KeyMap(ListState.movementBindings(context.screenWords).map { $0.map(Action.move) } + [
            KeyBinding([.key(.enter)], "Enter", "the team's people", .open),
            .click("open", words: context.screenWords) { _, y in .click(y: y) },
            KeyBinding("o", "everyone overdue", .overdue),
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
                context.say(report.cycle.isOpen && !report.cycle.isPastDue(at: report.now) ? "Nobody is overdue: the cycle is not due yet." : "Nobody is overdue.")
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
        Draw.wrap(
            "A person's items are their role's requirements in the cycle's frameworks; one is done once they rate it during the cycle "
                + "(a rating from before the cycle counts once they re-confirm it). Overdue: not complete after the due date. "
                + "The figures are those of `skills-tui report completion`, whose CSV has each person's email for a mail merge.",
            width: 70)
    }

    // MARK: - Drawing

    static let columns = ColumnLayout([
        .init("Team", .flexible(minimum: 20, maximum: 40)), .init("People", .fixed(6), alignRight: true),
        .init("Done", .fixed(6), alignRight: true), .init("Total", .fixed(6), alignRight: true), .init("%", .fixed(4), alignRight: true),
        .init("", .fixed(10)), .init("Complete", .fixed(8), alignRight: true), .init("Overdue", .fixed(7), alignRight: true),
    ])

    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        let top = Layout.contentTop
        Self.drawCycle(report, into: &buffer, y: top)
        let summary = "  \(Counted.text(report.people.count, "person", "people", grouped: true)) · \(Counted.group(report.done)) of "
            + "\(Counted.group(report.total)) items done (\(RequirementFields.percent(report.total == 0 ? 1 : Double(report.done) / Double(report.total)))) · "
            + "\(Counted.group(report.completeCount)) complete · \(Counted.group(report.overdue.count)) overdue"
        buffer.put(summary, x: 0, y: top + 1, maxWidth: buffer.width - 1)
        Self.columns.drawHeader(into: &buffer, y: top + 3)
        let area = listArea(context.size)
        let empty = "Nobody you may see is part of this cycle."
        ListView.draw(list, count: teams.count, in: area, into: &buffer, empty: empty) { buffer, index, y, selected in
            let team = teams[index]
            Self.columns.draw(
                [
                    team.teamID, Counted.group(team.people), Counted.group(team.done), Counted.group(team.total), RequirementFields.percent(team.fraction),
                    Draw.bar(team.fraction, width: 10), Counted.group(team.complete), Counted.group(team.overdue),
                ],
                into: &buffer, y: y, style: selected ? .selected : .normal, styles: team.overdue > 0 && !selected ? [7: .warning] : [:])
        }
        // The panel: the selected team's id whole (a long one is cut in its column).
        guard teams.indices.contains(list.selection) else { return }
        let team = teams[list.selection]
        let panel = "  \(team.teamID): \(Counted.group(team.total - team.done)) items to do, \(Counted.group(team.overdue)) of "
            + "\(Counted.text(team.people, "person", "people", grouped: true)) overdue · Enter lists them"
        buffer.put(panel, x: 0, y: area.bottom + 1, style: .dim, maxWidth: buffer.width - 1)
    }

    /// "Review cycle NAME · due DAY · frameworks · scope" on row `y`, the state in warning
    /// colours once it is past due: shared with the people list.
    static func drawCycle(_ report: CompletionReport, into buffer: inout CellBuffer, y: Int) {
        let cycle = report.cycle
        let state = CompletionFormat.status(cycle, now: report.now)
        var x = buffer.put("  Review cycle ", x: 0, y: y, style: .heading)
        x += buffer.put(cycle.name, x: x, y: y, style: .heading, maxWidth: max(10, buffer.width - x - 30))
        x += buffer.put(" · " + state, x: x, y: y, style: cycle.isPastDue(at: report.now) ? .warning : .normal, maxWidth: buffer.width - x)
        buffer.put(" · \(cycle.frameworkIDs.joined(separator: ", ")) · \(cycle.scopeDescription)", x: x, y: y, style: .dim, maxWidth: max(0, buffer.width - x - 1))
    }
}
