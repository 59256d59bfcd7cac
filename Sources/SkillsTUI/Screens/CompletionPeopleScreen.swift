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

    public func title(_ context: ScreenContext) -> String { teamID.map { "Completion: \($0)" } ?? "Overdue people" }

    static let headerRows = 4
    static let footerRows = 2

    func listArea(_ size: ScreenSize) -> Rect { Layout.listArea(size, headerRows: Self.headerRows, footerRows: Self.footerRows) }

    public func keyMap(_ context: ScreenContext) -> KeyMap<Action> {
        KeyMap(ListState.movementBindings(context.screenWords).map { $0.map(Action.move) } + [
            KeyBinding([.key(.enter)], "Enter", "their gap report", .open),
            .click("open", words: context.screenWords) { _, y in .click(y: y) },
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
    var columns: ColumnLayout {
        let middle: [ColumnLayout.Column] = teamID == nil ? [.init("Team", .flexible(minimum: 12, maximum: 24))] : []
        let bar: [ColumnLayout.Column] = teamID == nil ? [] : [.init("", .fixed(10))]
        return ColumnLayout(
            [.init("Person", teamID == nil ? .flexible(minimum: 20, maximum: 24) : .flexible(minimum: 24, maximum: 34))] + middle + [.init("Done", .fixed(7), alignRight: true), .init("%", .fixed(4), alignRight: true)]
                + bar + [.init("Last rated", .fixed(10)), .init("", .fixed(8))])
    }

    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        let top = Layout.contentTop
        CompletionScreen.drawCycle(report, into: &buffer, y: top)
        let shown = people.map { report.people[$0] }
        let done = shown.reduce(0) { $0 + $1.done }
        let total = shown.reduce(0) { $0 + $1.total }
        let whose = teamID.map { "Team \($0)" } ?? "Overdue"
        let summary = "  \(whose): \(Counted.text(shown.count, "person", "people", grouped: true)) · \(Counted.group(done)) of \(Counted.group(total)) items done"
        buffer.put(summary, x: 0, y: top + 1, style: .title, maxWidth: buffer.width - 1)
        columns.drawHeader(into: &buffer, y: top + 3)
        let area = listArea(context.size)
        ListView.draw(list, count: people.count, in: area, into: &buffer, empty: "Nobody here.") { buffer, index, y, selected in
            let completion = report.people[people[index]]
            let overdue = completion.isOverdue(in: report.cycle, now: report.now)
            let team = teamID == nil ? [completion.person.teamID] : []
            let bar = teamID == nil ? [] : [Draw.bar(completion.fraction, width: 10)]
            let cells = ["\(completion.person.name) (\(completion.person.login))"] + team
                + ["\(completion.done)/\(completion.total)", RequirementFields.percent(completion.fraction)] + bar
                + [completion.lastActivity.map(DateText.day) ?? "-", overdue ? "overdue" : (completion.isComplete ? "complete" : "")]
            columns.draw(cells, into: &buffer, y: y, style: selected ? .selected : .normal, styles: overdue && !selected ? [cells.count - 1: .warning] : [:])
        }
        // The panel: the selected person whole, with the email a reminder goes to.
        guard let completion = selected else { return }
        let person = completion.person
        let email = person.email.isEmpty ? "no email on record" : person.email
        let left = completion.total - completion.done
        let panel = "  \(person.name) (\(person.login)) · \(email) · \(left == 0 ? "complete" : "\(left) to do")"
        buffer.put(panel, x: 0, y: area.bottom + 1, style: .dim, maxWidth: buffer.width - 1)
    }
}
