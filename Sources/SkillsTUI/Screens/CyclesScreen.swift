import Foundation
import SkillsMatrix

/// Review cycles for hr and admins: every cycle, oldest first, with `n` to open one and
/// `x` to close the open one. Opening one asks, a step at a time, for its name, the day it
/// is due, who it is for (the whole organisation or chosen teams from the team tree) and
/// the frameworks it covers, then asks once more before it is saved; Esc steps back
/// without losing what was typed or chosen. The same rules and records as `cycle open`
/// and `cycle close`: the engine refuses what they refuse.
public struct CyclesScreen: ScreenModel {
    public private(set) var cycles: [ReviewCycle]
    /// The teams a new cycle may be for, in tree order (each team's children under it).
    public private(set) var teams: [TeamPickerScreen.Node]
    public var list = ListState()
    public private(set) var dialog: Dialog?
    /// The dialog a change was sent from, so a refusal (a name taken, a day already
    /// past, no team chosen) returns the person to what they typed and chose.
    private var sentFrom: Dialog?

    public enum Dialog: Hashable, Sendable {
        case name(Draft, LineEditor)
        case due(Draft, LineEditor)
        /// The whole organisation, or chosen teams.
        case scope(Draft)
        case frameworks(Draft)
        /// Open it? y/n, with everything chosen, asked in the person's language.
        case confirmingOpen(Draft, question: String)
        /// Close this cycle? y/n, asked in the person's language.
        case confirmingClose(name: String, question: String)
        case saving
    }

    /// A new cycle as far as the person has got, kept whole as they step back and forth.
    public struct Draft: Hashable, Sendable {
        public var name = ""
        /// The due field as last typed.
        public var dueText: String
        public var due: CalendarDay?
        public var wholeOrganisation = true
        /// Teams chosen; kept while the whole organisation is chosen, so choosing it and
        /// back does not lose them.
        public var chosenTeams: Set<String> = []
        /// Frameworks taken out: every framework is in scope until the person drops one.
        public var droppedFrameworks: Set<String> = []
        /// The rows of the scope step (the whole organisation, then the teams) and the
        /// frameworks step.
        public var scopeList = ListState()
        public var frameworkList = ListState()

        /// The teams chosen in tree order; nil for the whole organisation.
        func teamIDs(_ nodes: [TeamPickerScreen.Node]) -> [String]? {
            wholeOrganisation ? nil : nodes.compactMap(\.team?.id).filter(chosenTeams.contains)
        }

        func frameworkIDs(_ catalog: Catalog) -> [String] {
            catalog.frameworks.map(\.id).filter { !droppedFrameworks.contains($0) }
        }
    }

    public init(cycles: [ReviewCycle], teams: [Team] = []) {
        self.cycles = cycles
        self.teams = Self.treeOrder(teams)
        // The newest cycle is the one a person comes to act on.
        self.list = ListState(selection: max(0, cycles.count - 1))
    }

    /// The team tree in the order the team picker shows it.
    static func treeOrder(_ teams: [Team]) -> [TeamPickerScreen.Node] {
        TeamPickerScreen.treeOrder(teams.map { TeamSummary(team: $0, members: 0, readiness: nil) })
    }

    public enum Action: Hashable, Sendable {
        case move(ListState.Movement)
        case click(y: Int)
        case new
        case close
        case edit(Key)
        /// Space in the scope and frameworks steps: choose the row, or drop it.
        case toggle
        case nextStep
        case stepBack
        case confirmOpen(Bool)
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
        case .scope?, .frameworks?:
            var bindings = ListState.movementBindings(context.screenWords).map { $0.map(Action.move) }
            bindings.append(.click(context.screenWords.keySelect, words: context.screenWords) { _, y in .click(y: y) })
            bindings += [
                KeyBinding([.key(.character(" "))], words.spaceKey, words.keyChooseOrDrop, .toggle),
                KeyBinding([.key(.enter)], "Enter", words.keyNextStep, .nextStep),
                KeyBinding([.key(.escape)], "Esc", words.keyStepBack, .stepBack),
            ]
            return KeyMap(bindings)
        case .confirmingOpen?:
            return .yesNo(yes: words.keyOpenIt, .confirmOpen(true), no: words.keyStepBack, .confirmOpen(false))
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

    /// The rows of the list in view: the cycles, or the rows of a step of opening one.
    func rowCount(_ context: ScreenContext) -> Int {
        switch dialog {
        case .scope?: return teams.count + 1
        case .frameworks?: return context.catalog.frameworks.count
        default: return cycles.count
        }
    }

    /// Moves the list in view, whichever it is.
    private mutating func moveList(_ context: ScreenContext, _ body: (inout ListState, Int) -> Void) {
        let count = rowCount(context)
        switch dialog {
        case .scope(var draft)?:
            body(&draft.scopeList, count)
            dialog = .scope(draft)
        case .frameworks(var draft)?:
            body(&draft.frameworkList, count)
            dialog = .frameworks(draft)
        default:
            body(&list, count)
        }
    }

    public mutating func perform(_ action: Action, _ context: inout ScreenContext) -> [Effect] {
        let area = listArea(context.size)
        let words = context.words.cycleScreens
        let today = CalendarDay(containing: context.now)
        switch action {
        case .move(let movement):
            moveList(context) { $0.move(movement, count: $1, visible: area.height) }
        case .click(let y):
            moveList(context) { ListView.select(atY: y, &$0, count: $1, in: area) }
        case .new:
            guard openCycle == nil else { return [] }
            let draft = Draft(dueText: words.dayField(today.adding(days: Self.defaultDays)))
            dialog = .name(draft, LineEditor(prompt: words.namePrompt, limit: 80))
        case .close:
            guard let open = openCycle else { return [] }
            dialog = .confirmingClose(name: open.name, question: words.closeQuestion(open.name))
        case .edit(let key):
            return edit(key, &context)
        case .toggle:
            toggle(context)
        case .nextStep:
            switch dialog {
            case .scope(let draft)?:
                dialog = .frameworks(draft)
            case .frameworks(let draft)?:
                let question = words.openQuestion(
                    name: draft.name, due: words.dayField(draft.due ?? today), teams: draft.teamIDs(teams), frameworks: draft.frameworkIDs(context.catalog))
                dialog = .confirmingOpen(draft, question: question)
            default:
                break
            }
        case .stepBack:
            switch dialog {
            case .scope(let draft)?:
                dialog = .due(draft, LineEditor(prompt: words.duePrompt, text: draft.dueText, limit: 10))
            case .frameworks(let draft)?:
                dialog = .scope(draft)
            default:
                break
            }
        case .confirmOpen(let agreed):
            guard case .confirmingOpen(let draft, _)? = dialog, let due = draft.due else { return [] }
            guard agreed else {
                dialog = .frameworks(draft)
                return []
            }
            sentFrom = dialog
            dialog = .saving
            let scope: CycleScope = draft.teamIDs(teams).map { .teams($0) } ?? .organisation
            return [.openCycle(name: draft.name, scope: scope, frameworkIDs: draft.frameworkIDs(context.catalog), due: due)]
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

    /// Space: the whole organisation on or off, a team in or out (choosing a team means
    /// chosen teams, not the whole organisation), a framework in or out.
    private mutating func toggle(_ context: ScreenContext) {
        switch dialog {
        case .scope(var draft)?:
            let row = draft.scopeList.selection
            if row == 0 {
                draft.wholeOrganisation.toggle()
            } else if teams.indices.contains(row - 1), let id = teams[row - 1].team?.id {
                if draft.wholeOrganisation {
                    draft.wholeOrganisation = false
                    draft.chosenTeams.insert(id)
                } else if draft.chosenTeams.remove(id) == nil {
                    draft.chosenTeams.insert(id)
                }
            }
            dialog = .scope(draft)
        case .frameworks(var draft)?:
            let frameworks = context.catalog.frameworks
            guard frameworks.indices.contains(draft.frameworkList.selection) else { return }
            let id = frameworks[draft.frameworkList.selection].id
            if draft.droppedFrameworks.remove(id) == nil { draft.droppedFrameworks.insert(id) }
            dialog = .frameworks(draft)
        default:
            break
        }
    }

    private mutating func edit(_ key: Key, _ context: inout ScreenContext) -> [Effect] {
        let today = CalendarDay(containing: context.now)
        let words = context.words.cycleScreens
        switch dialog {
        case .name(var draft, var editor)?:
            switch editor.handle(key) {
            case .editing:
                dialog = .name(draft, editor)
            case .cancelled:
                dialog = nil
            case .confirmed(let typed):
                let name = typed.trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty else {
                    context.complain(words.giveName(example: String(today.description.prefix(4))))
                    dialog = .name(draft, editor)
                    return []
                }
                draft.name = name
                dialog = .due(draft, LineEditor(prompt: words.duePrompt, text: draft.dueText, limit: 10))
            }
        case .due(var draft, var editor)?:
            switch editor.handle(key) {
            case .editing:
                dialog = .due(draft, editor)
            case .cancelled:
                draft.dueText = editor.text
                dialog = .name(draft, LineEditor(prompt: words.namePrompt, text: draft.name, limit: 80))
            case .confirmed(let typed):
                guard let day = words.readDay(typed.trimmingCharacters(in: .whitespaces)) else {
                    context.complain(words.notADay(typed, example: words.dayField(today.adding(days: Self.defaultDays))))
                    dialog = .due(draft, editor)
                    return []
                }
                draft.dueText = typed
                draft.due = day
                dialog = .scope(draft)
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
        case .loaded(.cycles(let fresh, let freshTeams)):
            cycles = fresh
            teams = Self.treeOrder(freshTeams)
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

    public func messageLine(_ context: ScreenContext) -> MessageLine? {
        switch dialog {
        case .name(_, let editor)?, .due(_, let editor)?: return .editor(editor)
        case .confirmingOpen(_, let question)?, .confirmingClose(_, let question)?: return .question(question)
        // So that Esc and q step back rather than leave the screen.
        case .scope?: return .question(context.words.cycleScreens.scopeGuide)
        case .frameworks?: return .question(context.words.cycleScreens.frameworksGuide)
        default: return nil
        }
    }

    public mutating func fit(_ context: ScreenContext) {
        list.clamp(count: cycles.count, visible: listArea(context.size).height)
        let visible = listArea(context.size).height
        moveList(context) { $0.clamp(count: $1, visible: visible) }
    }

    public func position(_ context: ScreenContext) -> String? {
        let shown: ListState
        switch dialog {
        case .scope(let draft)?: shown = draft.scopeList
        case .frameworks(let draft)?: shown = draft.frameworkList
        default: shown = list
        }
        return shown.position(count: rowCount(context), visible: listArea(context.size).height, words: context.words)
    }

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
        switch dialog {
        case .scope(let draft)?: return drawScope(draft, into: &buffer, context)
        case .frameworks(let draft)?: return drawFrameworks(draft, into: &buffer, context)
        default: break
        }
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

    /// A step's heading, how much is chosen, and its list.
    private func drawStep(
        heading: String, chosen: String, list: ListState, count: Int, into buffer: inout CellBuffer, _ context: ScreenContext,
        row: (_ index: Int) -> (text: String, style: Style)
    ) {
        let top = Layout.contentTop
        buffer.put("  " + heading, x: 0, y: top, style: .heading, maxWidth: buffer.width - 1)
        buffer.put("  " + chosen, x: 0, y: top + 1, style: .dim, maxWidth: buffer.width - 1)
        let area = listArea(context.size)
        ListView.draw(list, count: count, in: area, into: &buffer, empty: "") { buffer, index, y, selected in
            let line = row(index)
            buffer.put(line.text, x: area.x + 2, y: y, style: selected ? .selected : line.style, maxWidth: area.width - 3)
        }
    }

    func drawScope(_ draft: Draft, into buffer: inout CellBuffer, _ context: ScreenContext) {
        let words = context.words.cycleScreens
        let chosen = draft.teamIDs(teams)
        let included = Self.includedAbove(teams, chosen: draft.wholeOrganisation ? [] : draft.chosenTeams)
        drawStep(
            heading: words.scopeHeading, chosen: words.scopeChoice(teams: chosen?.count), list: draft.scopeList, count: teams.count + 1,
            into: &buffer, context
        ) { index in
            guard index > 0 else { return ((draft.wholeOrganisation ? "[x] " : "[ ] ") + words.wholeOrganisation, .normal) }
            let node = teams[index - 1]
            let team = node.team.map { "\($0.name) (\($0.id))" } ?? ""
            let isChosen = !draft.wholeOrganisation && node.team.map { draft.chosenTeams.contains($0.id) } == true
            let mark = isChosen ? "[x] " : included[index - 1] ? "[·] " : "[ ] "
            let note = included[index - 1] ? " · " + words.includedAbove : ""
            return (String(repeating: "  ", count: node.depth + 1) + mark + team + note, draft.wholeOrganisation ? .dim : .normal)
        }
    }

    /// For each team in tree order, whether a chosen team above it already brings it in.
    static func includedAbove(_ nodes: [TeamPickerScreen.Node], chosen: Set<String>) -> [Bool] {
        var chosenDepth: Int?
        return nodes.map { node in
            if let depth = chosenDepth, node.depth <= depth { chosenDepth = nil }
            let included = chosenDepth != nil
            if !included, let id = node.team?.id, chosen.contains(id) { chosenDepth = node.depth }
            return included
        }
    }

    func drawFrameworks(_ draft: Draft, into buffer: inout CellBuffer, _ context: ScreenContext) {
        let words = context.words.cycleScreens
        let frameworks = context.catalog.frameworks
        let idWidth = frameworks.map { DisplayWidth.of($0.id) }.max() ?? 0
        drawStep(
            heading: words.frameworksHeading, chosen: words.frameworksChoice(draft.frameworkIDs(context.catalog).count, of: frameworks.count),
            list: draft.frameworkList, count: frameworks.count, into: &buffer, context
        ) { index in
            let framework = frameworks[index]
            let mark = draft.droppedFrameworks.contains(framework.id) ? "[ ] " : "[x] "
            return (mark + DisplayWidth.pad(framework.id, to: idWidth) + "  " + framework.name, .normal)
        }
    }
}
