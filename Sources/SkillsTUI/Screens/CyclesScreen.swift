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
        /// Close this cycle? y/n, asked in the person's language.
        case confirmingClose(name: String, question: String)
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

    public func title(_ context: ScreenContext) -> String { context.words.cycleScreens.cyclesTitle }

    static let headerRows = 4
    static let footerRows = 2
    /// How far ahead a new cycle is due unless the person types another day.
    static let defaultDays = 28

    func listArea(_ size: ScreenSize) -> Rect { Layout.listArea(size, headerRows: Self.headerRows, footerRows: Self.footerRows) }

    var openCycle: ReviewCycle? { cycles.last { $0.isOpen } }

    public func keyMap(_ context: ScreenContext) -> KeyMap<Action> {
        let words = context.words.cycleScreens
        switch dialog {
        case .name?, .due?:
            return LineEditor.keyMap(context.screenWords).forwarding(Action.edit)
        case .confirmingClose?:
            return .yesNo(yes: words.keyCloseIt, .confirmClose(true), no: words.keyKeepOpen, .confirmClose(false))
        case .saving?:
            return KeyMap([])
        case nil:
            break
        }
        var bindings = ListState.movementBindings(context.screenWords).map { $0.map(Action.move) }
        bindings.append(.click(context.screenWords.keySelect, words: context.screenWords) { _, y in .click(y: y) })
        if let open = openCycle {
            bindings.append(KeyBinding("x", words.keyClose(open.name), .close))
        } else {
            bindings.append(KeyBinding("n", words.keyOpenNew, .new))
        }
        return KeyMap(bindings)
    }

    public mutating func perform(_ action: Action, _ context: inout ScreenContext) -> [Effect] {
        let area = listArea(context.size)
        let words = context.words.cycleScreens
        switch action {
        case .move(let movement):
            list.move(movement, count: cycles.count, visible: area.height)
        case .click(let y):
            ListView.select(atY: y, &list, count: cycles.count, in: area)
        case .new:
            guard openCycle == nil else { return [] }
            dialog = .name(LineEditor(prompt: words.namePrompt, limit: 80))
        case .close:
            guard let open = openCycle else { return [] }
            dialog = .confirmingClose(name: open.name, question: words.closeQuestion(open.name))
        case .edit(let key):
            return edit(key, &context)
        case .confirmClose(let agreed):
            guard case .confirmingClose(let name, _)? = dialog else { return [] }
            guard agreed else {
                dialog = nil
                context.say(words.staysOpen(name))
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
        let words = context.words.cycleScreens
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
                    context.complain(words.giveName(example: String(today.description.prefix(4))))
                    dialog = .name(editor)
                    return []
                }
                let due = LineEditor(prompt: words.duePrompt, text: words.dayField(today.adding(days: Self.defaultDays)), limit: 10)
                dialog = .due(name: name, editor: due)
            }
        case .due(let name, var editor)?:
            switch editor.handle(key) {
            case .editing:
                dialog = .due(name: name, editor: editor)
            case .cancelled:
                dialog = .name(LineEditor(prompt: words.namePrompt, text: name, limit: 80))
            case .confirmed(let typed):
                guard let day = words.readDay(typed.trimmingCharacters(in: .whitespaces)) else {
                    context.complain(words.notADay(typed, example: words.dayField(today.adding(days: Self.defaultDays))))
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
        case .confirmingClose(_, let question)?: return .question(question)
        default: return nil
        }
    }

    public mutating func fit(_ context: ScreenContext) { list.clamp(count: cycles.count, visible: listArea(context.size).height) }

    public func position(_ context: ScreenContext) -> String? { list.position(count: cycles.count, visible: listArea(context.size).height, words: context.words) }

    public var reload: Request? { .cycles }

    public var reloadsOnReturn: Bool { true }

    public func helpNotes(_ context: ScreenContext) -> [String] {
        Draw.wrap(context.words.cycleScreens.cyclesHelp, width: 70)
    }

    // MARK: - Drawing

    /// The columns, the dates and the states as wide as the language writes them.
    func columns(_ context: ScreenContext) -> ColumnLayout {
        let words = context.words.cycleScreens
        let day = max(10, DisplayWidth.of(context.words.day(context.now)))
        let state = cycles.map { DisplayWidth.of(words.state($0, now: context.now)) }.max() ?? 0
        return ColumnLayout([
            .init(words.columnCycle, .flexible(minimum: 14, maximum: 40)), .init(words.columnState, .fixed(max(17, state))),
            .init(words.columnOpened, .fixed(max(day, DisplayWidth.of(words.columnOpened)))), .init(words.columnDue, .fixed(max(day, DisplayWidth.of(words.columnDue)))),
            .init(words.columnFrameworks, .flexible(minimum: max(10, DisplayWidth.of(words.columnFrameworks)), maximum: 14)),
        ])
    }

    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        let top = Layout.contentTop
        let words = context.words.cycleScreens
        let summary: String
        if let open = openCycle {
            summary = words.openSummary(name: open.name, status: words.status(open, now: context.now))
        } else if cycles.isEmpty {
            summary = words.noCycleYet
        } else {
            summary = words.noCycleOpen
        }
        buffer.put("  " + summary, x: 0, y: top, style: .heading, maxWidth: buffer.width - 1)
        buffer.put("  " + words.cycleCount(cycles.count), x: 0, y: top + 1, style: .dim, maxWidth: buffer.width - 1)
        let columns = self.columns(context)
        columns.drawHeader(into: &buffer, y: top + 3)
        let area = listArea(context.size)
        ListView.draw(list, count: cycles.count, in: area, into: &buffer, empty: words.noCyclesYet) { buffer, index, y, selected in
            let cycle = cycles[index]
            columns.draw(
                [cycle.name, words.state(cycle, now: context.now), context.words.day(cycle.opensAt), context.words.day(cycle.dueAt), cycle.frameworkIDs.joined(separator: ",")],
                into: &buffer, y: y, style: selected ? .selected : .normal,
                styles: cycle.isOpen && cycle.isPastDue(at: context.now) && !selected ? [1: .warning] : [:])
        }
        // The panel: the selected cycle's scope and who opened and closed it, whole.
        guard cycles.indices.contains(list.selection) else { return }
        let cycle = cycles[list.selection]
        let panel = words.cyclePanel(name: cycle.name, scope: words.scope(cycle), openedBy: cycle.openedBy, closedBy: cycle.closedBy)
        buffer.put("  " + panel, x: 0, y: area.bottom + 1, style: .dim, maxWidth: buffer.width - 1)
    }
}
