import Foundation
import SkillsMatrix

/// Review cycles for hr and admins: every cycle, oldest first, with `n` to open one for
/// the whole organisation and `x` to close the open one. The same rules and records as
/// `cycle open` and `cycle close`; narrowing a cycle to some teams or frameworks stays
/// on the command line.
public struct CyclesScreen: ScreenModel {
    public private(set) var cycles: [ReviewCycle]
    public var list = ListState()
    public private(set) var dialog: Dialog?
    /// The dialog a change was sent from, so a refusal (a name taken, a day already
    /// past) returns the person to what they typed.
    private var sentFrom: Dialog?

    public enum Dialog: Hashable, Sendable {
        case name(LineEditor)
        case due(name: String, editor: LineEditor)
        /// Close this cycle? y/n
        case confirmingClose(String)
        case saving
    }

    public init(cycles: [ReviewCycle]) {
        self.cycles = cycles
        // The newest cycle is the one a person comes to act on.
        self.list = ListState(selection: max(0, cycles.count - 1))
    }

    public enum Action: Hashable, Sendable {
        case move(ListState.Movement)
        case click(y: Int)
        case new
        case close
        case edit(Key)
        case confirmClose(Bool)
    }

    public func title(_ context: ScreenContext) -> String { "Review cycles" }

    static let headerRows = 4
    static let footerRows = 2
    /// How far ahead a new cycle is due unless the person types another day.
    static let defaultDays = 28

    func listArea(_ size: ScreenSize) -> Rect { Layout.listArea(size, headerRows: Self.headerRows, footerRows: Self.footerRows) }

    var openCycle: ReviewCycle? { cycles.last { $0.isOpen } }

    public func keyMap(_ context: ScreenContext) -> KeyMap<Action> {
        switch dialog {
        case .name?, .due?:
            return LineEditor.keyMap(context.screenWords).forwarding(Action.edit)
        case .confirmingClose?:
            return .yesNo(yes: "close it", .confirmClose(true), no: "keep it open", .confirmClose(false))
        case .saving?:
            return KeyMap([])
        case nil:
            break
        }
        var bindings = ListState.movementBindings(context.screenWords).map { $0.map(Action.move) }
        bindings.append(.click("select", words: context.screenWords) { _, y in .click(y: y) })
        if let open = openCycle {
            bindings.append(KeyBinding("x", "close \(open.name)", .close))
        } else {
            bindings.append(KeyBinding("n", "open a new cycle", .new))
        }
        return KeyMap(bindings)
    }

    public mutating func perform(_ action: Action, _ context: inout ScreenContext) -> [Effect] {
        let area = listArea(context.size)
        switch action {
        case .move(let movement):
            list.move(movement, count: cycles.count, visible: area.height)
        case .click(let y):
            ListView.select(atY: y, &list, count: cycles.count, in: area)
        case .new:
            guard openCycle == nil else { return [] }
            dialog = .name(LineEditor(prompt: "Name of the new cycle", limit: 80))
        case .close:
            guard let open = openCycle else { return [] }
            dialog = .confirmingClose(open.name)
        case .edit(let key):
            return edit(key, &context)
        case .confirmClose(let agreed):
            guard case .confirmingClose(let name)? = dialog else { return [] }
            guard agreed else {
                dialog = nil
                context.say("\(name) stays open.")
                return []
            }
            sentFrom = nil
            dialog = .saving
            return [.closeCycle(name: name)]
        }
        return []
    }

    private mutating func edit(_ key: Key, _ context: inout ScreenContext) -> [Effect] {
        let today = CalendarDay(containing: context.now)
        switch dialog {
        case .name(var editor)?:
            switch editor.handle(key) {
            case .editing:
                dialog = .name(editor)
            case .cancelled:
                dialog = nil
            case .confirmed(let typed):
                let name = typed.trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty else {
                    context.complain("Give the cycle a name, such as \"Review \(today.description.prefix(4))\", or Esc to stop.")
                    dialog = .name(editor)
                    return []
                }
                let due = LineEditor(prompt: "Due by (YYYY-MM-DD)", text: today.adding(days: Self.defaultDays).description, limit: 10)
                dialog = .due(name: name, editor: due)
            }
        case .due(let name, var editor)?:
            switch editor.handle(key) {
            case .editing:
                dialog = .due(name: name, editor: editor)
            case .cancelled:
                dialog = .name(LineEditor(prompt: "Name of the new cycle", text: name, limit: 80))
            case .confirmed(let typed):
                guard let day = CalendarDay(iso: typed.trimmingCharacters(in: .whitespaces)) else {
                    context.complain("\"\(typed)\" is not a day: write it as YYYY-MM-DD, such as \(today.adding(days: Self.defaultDays)).")
                    dialog = .due(name: name, editor: editor)
                    return []
                }
                sentFrom = .due(name: name, editor: editor)
                dialog = .saving
                return [.openCycle(name: name, due: day)]
            }
        default:
            break
        }
        return []
    }

    public mutating func receive(_ update: Outcome, _ context: inout ScreenContext) -> [Effect] {
        switch update {
        case .cycleChanged(let cycle, let message):
            dialog = nil
            sentFrom = nil
            if let index = cycles.firstIndex(where: { $0.name == cycle.name }) {
                cycles[index] = cycle
            } else {
                cycles.append(cycle)
                list.move(.last, count: cycles.count, visible: listArea(context.size).height)
            }
            context.say(message)
        case .loaded(.cycles(let fresh)):
            cycles = fresh
            list.clamp(count: cycles.count, visible: listArea(context.size).height)
        case .failed:
            // A refused name or day goes back to the field as typed.
            if case .saving? = dialog { dialog = sentFrom }
            sentFrom = nil
        default:
            break
        }
        return []
    }

    public var messageLine: MessageLine? {
        switch dialog {
        case .name(let editor)?, .due(_, let editor)?: return .editor(editor)
        case .confirmingClose(let name)?:
            return .question("Close \(name) now? Everyone's figures are recorded for good. y/n")
        default: return nil
        }
    }

    public mutating func fit(_ context: ScreenContext) { list.clamp(count: cycles.count, visible: listArea(context.size).height) }

    public func position(_ context: ScreenContext) -> String? { list.position(count: cycles.count, visible: listArea(context.size).height, words: context.words) }

    public var reload: Request? { .cycles }

    public var reloadsOnReturn: Bool { true }

    public func helpNotes(_ context: ScreenContext) -> [String] {
        Draw.wrap(
            "One cycle is open at a time. n opens one for the whole organisation and every framework, due at the end of the day you give; "
                + "`skills-tui cycle open NAME --due DAY --teams T --frameworks F` narrows it to some teams or frameworks. "
                + "x closes the open cycle and records each person's and team's readiness, completion and calibration, which the trend compares with.",
            width: 70)
    }

    // MARK: - Drawing

    static let columns = ColumnLayout([
        .init("Cycle", .flexible(minimum: 14, maximum: 40)), .init("State", .fixed(17)), .init("Opened", .fixed(10)),
        .init("Due", .fixed(10)), .init("Frameworks", .flexible(minimum: 10, maximum: 14)),
    ])

    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        let top = Layout.contentTop
        let summary: String
        if let open = openCycle {
            summary = "  \(open.name): \(CompletionFormat.status(open, now: context.now)); x closes it."
        } else if cycles.isEmpty {
            summary = "  No review cycle has been opened yet: n opens the first."
        } else {
            summary = "  No cycle is open: n opens the next."
        }
        buffer.put(summary, x: 0, y: top, style: .heading, maxWidth: buffer.width - 1)
        buffer.put("  \(Counted.text(cycles.count, "cycle", "cycles")), oldest first", x: 0, y: top + 1, style: .dim, maxWidth: buffer.width - 1)
        Self.columns.drawHeader(into: &buffer, y: top + 3)
        let area = listArea(context.size)
        ListView.draw(list, count: cycles.count, in: area, into: &buffer, empty: "No review cycles yet.") { buffer, index, y, selected in
            let cycle = cycles[index]
            let state = cycle.closedAt.map { "closed \(DateText.day($0))" } ?? (cycle.isPastDue(at: context.now) ? "open, overdue" : "open")
            Self.columns.draw(
                [cycle.name, state, DateText.day(cycle.opensAt), DateText.day(cycle.dueAt), cycle.frameworkIDs.joined(separator: ",")],
                into: &buffer, y: y, style: selected ? .selected : .normal,
                styles: cycle.isOpen && cycle.isPastDue(at: context.now) && !selected ? [1: .warning] : [:])
        }
        // The panel: the selected cycle's scope and who opened and closed it, whole.
        guard cycles.indices.contains(list.selection) else { return }
        let cycle = cycles[list.selection]
        var panel = "  \(cycle.name): \(cycle.scopeDescription) · opened by \(cycle.openedBy)"
        if let closedBy = cycle.closedBy { panel += " · closed by \(closedBy)" }
        buffer.put(panel, x: 0, y: area.bottom + 1, style: .dim, maxWidth: buffer.width - 1)
    }
}
