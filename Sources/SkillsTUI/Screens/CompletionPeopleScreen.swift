import Foundation
import SkillsMatrix

/// The people behind a line of the completion view: one team's members, or everyone
/// overdue; each with done / due, their last self rating, and whether they are overdue.
/// Enter opens the person's gap report; the panel under the list has their email.
public struct CompletionPeopleScreen: ScreenModel {
    public let report: CompletionReport
    /// The team shown; nil for everyone overdue.
    public let teamID: String?
    /// Positions in `report.people`.
    public let people: [Int]
    public var list = ListState()

    public init(report: CompletionReport, teamID: String?, people: [Int]) {
        self.report = report
        self.teamID = teamID
        self.people = people
    }

    public enum Action: Hashable, Sendable {
        case move(ListState.Movement)
        case click(y: Int)
        case open
    }

    public func title(_ context: ScreenContext) -> String {
        let words = context.words.cycleScreens
        return teamID.map(words.completionTeamTitle) ?? words.overdueTitle
    }

    static let headerRows = 4
    static let footerRows = 2

    func listArea(_ size: ScreenSize) -> Rect { Layout.listArea(size, headerRows: Self.headerRows, footerRows: Self.footerRows) }

    public func keyMap(_ context: ScreenContext) -> KeyMap<Action> {
        KeyMap(ListState.movementBindings(context.screenWords).map { $0.map(Action.move) } + [
            KeyBinding([.key(.enter)], "Enter", context.screenWords.keyTheirGapReport, .open),
            .click(context.screenWords.keyOpen, words: context.screenWords) { _, y in .click(y: y) },
        ])
    }

    public mutating func perform(_ action: Action, _ context: inout ScreenContext) -> [Effect] {
        let area = listArea(context.size)
        switch action {
        case .move(let movement):
            list.move(movement, count: people.count, visible: area.height)
            return []
        case .click(let y):
            return ListView.select(atY: y, &list, count: people.count, in: area) == nil ? [] : open(context)
        case .open:
            return open(context)
        }
    }

    private func open(_ context: ScreenContext) -> [Effect] {
        guard let completion = selected else { return [] }
        let login = completion.person.login
        return [.load(.gapReport(login: login == context.session?.login ? nil : login))]
    }

    var selected: PersonCompletion? { people.indices.contains(list.selection) ? report.people[people[list.selection]] : nil }

    public mutating func fit(_ context: ScreenContext) { list.clamp(count: people.count, visible: listArea(context.size).height) }

    public func position(_ context: ScreenContext) -> String? { list.position(count: people.count, visible: listArea(context.size).height, words: context.words) }

    // MARK: - Drawing

    /// Everyone overdue comes from several teams: a team column, in the place of the bar.
    /// Fixed columns are as wide as their titles and flags in the language.
    func columns(_ context: ScreenContext) -> ColumnLayout {
        let words = context.words.cycleScreens
        let middle: [ColumnLayout.Column] = teamID == nil ? [.init(words.columnTeam, .flexible(minimum: 12, maximum: 24))] : []
        let bar: [ColumnLayout.Column] = teamID == nil ? [] : [.init("", .fixed(10))]
        let person = ColumnLayout.Column(words.columnPerson, teamID == nil ? .flexible(minimum: 20, maximum: 24) : .flexible(minimum: 24, maximum: 34))
        let done = ColumnLayout.Column(words.columnDone, .fixed(max(7, DisplayWidth.of(words.columnDone))), alignRight: true)
        let percent = ColumnLayout.Column("%", .fixed(max(4, DisplayWidth.of(context.words.percent(1)))), alignRight: true)
        let lastRated = ColumnLayout.Column(words.columnLastRated, .fixed(max(10, DisplayWidth.of(words.columnLastRated))))
        let flag = ColumnLayout.Column("", .fixed(max(8, DisplayWidth.of(words.overdue), DisplayWidth.of(words.complete))))
        return ColumnLayout([person] + middle + [done, percent] + bar + [lastRated, flag])
    }

    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        let top = Layout.contentTop
        let words = context.words.cycleScreens
        CompletionScreen.drawCycle(report, into: &buffer, y: top, context)
        let shown = people.map { report.people[$0] }
        let done = shown.reduce(0) { $0 + $1.done }
        let total = shown.reduce(0) { $0 + $1.total }
        buffer.put("  " + words.peopleSummary(team: teamID, people: shown.count, done: done, total: total), x: 0, y: top + 1, style: .title, maxWidth: buffer.width - 1)
        let columns = self.columns(context)
        columns.drawHeader(into: &buffer, y: top + 3)
        let area = listArea(context.size)
        ListView.draw(list, count: people.count, in: area, into: &buffer, empty: words.nobodyHere) { buffer, index, y, selected in
            let completion = report.people[people[index]]
            let overdue = completion.isOverdue(in: report.cycle, now: report.now)
            let team = teamID == nil ? [completion.person.teamID] : []
            let bar = teamID == nil ? [] : [Draw.bar(completion.fraction, width: 10)]
            let cells = ["\(completion.person.name) (\(completion.person.login))"] + team
                + ["\(completion.done)/\(completion.total)", context.words.percent(completion.fraction)] + bar
                + [completion.lastActivity.map(context.words.day) ?? "-", overdue ? words.overdue : (completion.isComplete ? words.complete : "")]
            columns.draw(cells, into: &buffer, y: y, style: selected ? .selected : .normal, styles: overdue && !selected ? [cells.count - 1: .warning] : [:])
        }
        // The panel: the selected person whole, with the email a reminder goes to.
        guard let completion = selected else { return }
        let person = completion.person
        let email = person.email.isEmpty ? words.noEmail : person.email
        let left = completion.total - completion.done
        let panel = "  \(person.name) (\(person.login)) · \(email) · \(left == 0 ? words.complete : words.toDo(left))"
        buffer.put(panel, x: 0, y: area.bottom + 1, style: .dim, maxWidth: buffer.width - 1)
    }
}
