import SkillsMatrix

/// One person's development plan: their items and where each stands. The person or their
/// lead adds an item against a gap in three steps (`a`: the competency, then a catalogue
/// item that builds it or words of their own, then a target day); the person, their
/// leads and hr move items on (`b` booked, `d` done, `x` cancelled). When an item is done
/// the person's self-assessment asks them to rate that competency again; on their own
/// plan `w` opens it there.
public struct DevelopmentPlanScreen: ScreenModel {
    public private(set) var data: DevelopmentPlanData
    public var list = ListState()
    public private(set) var dialog: Dialog?
    /// The step an item was sent from, to go back to with what was typed if it is refused.
    private var sentFrom: Dialog?

    public init(data: DevelopmentPlanData) {
        self.data = data
    }

    /// Adding an item, step by step, or a question about one.
    public enum Dialog: Hashable, Sendable {
        /// Which competency: the person's requirements, the largest weighted gap first.
        case competency(ListState)
        /// A catalogue item that builds the competency, or the last choice: in words.
        case item(competency: Int, list: ListState)
        /// What the person will do, in words.
        case text(competency: Int, editor: LineEditor)
        /// The day it should be done by.
        case target(competency: Int, itemID: String?, text: String, editor: LineEditor)
        /// Cancel this item? y/n
        case confirmingCancel(number: Int)
        /// Sent to be saved; the answer closes it.
        case saving
    }

    public enum Action: Hashable, Sendable {
        case move(ListState.Movement)
        case click(y: Int)
        case details
        case add
        case moveOn(PlanState)
        case rateAgain
        case pick(ListState.Movement)
        case clickPick(y: Int)
        case choose
        case stepBack
        case edit(Key)
        case confirmCancel(Bool)
    }

    public func title(_ context: ScreenContext) -> String { data.isOwn ? "My development plan" : "Development plan: \(data.person.name)" }

    static let headerRows = 4

    func listArea(_ size: ScreenSize) -> Rect { Layout.listArea(size, headerRows: Self.headerRows) }

    /// The competencies offered in the first step: every requirement of the person's role,
    /// the largest weighted gap first (met ones last), so the gaps are at hand.
    var competencyChoices: [RequirementAssessment] { data.assessment.byWeightedGap }

    /// The catalogue items that build `competency`, the highest level first, then the cheapest.
    func itemChoices(_ competency: Int, _ catalog: Catalog) -> [LearningItem] {
        let id = catalog.competencies[competency].id
        return data.learning.items(lifting: id).sorted { left, right in
            let (one, other) = (left.level(lifting: id) ?? 0, right.level(lifting: id) ?? 0)
            if one != other { return one > other }
            if left.cost.perPerson != right.cost.perPerson { return left.cost.perPerson < right.cost.perPerson }
            return left.id < right.id
        }
    }

    var selectedItem: PlanItem? { data.items.indices.contains(list.selection) ? data.items[list.selection] : nil }

    public func keyMap(_ context: ScreenContext) -> KeyMap<Action> {
        switch dialog {
        case .competency?, .item?:
            return KeyMap(ListState.movementBindings(context.screenWords).map { $0.map(Action.pick) } + [
                KeyBinding([.key(.enter)], "Enter", "choose", .choose),
                .click("choose", words: context.screenWords) { _, y in .clickPick(y: y) },
                KeyBinding([.key(.escape), .key(.control("c"))], "Esc", dialogIsFirstStep ? "stop adding" : "back a step", .stepBack),
            ])
        case .text?, .target?:
            return LineEditor.keyMap(context.screenWords).forwarding(Action.edit)
        case .confirmingCancel?:
            return .yesNo(yes: "cancel the item", .confirmCancel(true), no: "keep it", .confirmCancel(false))
        case .saving?:
            return KeyMap([])
        case nil:
            break
        }
        var bindings = ListState.movementBindings(context.screenWords).map { $0.map(Action.move) }
        bindings += [
            KeyBinding([.key(.enter)], "Enter", "the item and its history", statusBar: false, .details),
            .click("select", words: context.screenWords) { _, y in .click(y: y) },
        ]
        if data.canAdd { bindings.append(KeyBinding("a", "add an item", .add)) }
        if data.canMove, !data.items.isEmpty {
            bindings += [
                KeyBinding("b", "booked", .moveOn(.booked)),
                KeyBinding("d", "done", .moveOn(.done)),
                KeyBinding("x", "cancel", statusBar: false, .moveOn(.cancelled)),
            ]
        }
        if data.isOwn, selectedItem?.state == .done { bindings.append(KeyBinding("w", "rate it again", .rateAgain)) }
        return KeyMap(bindings)
    }

    var dialogIsFirstStep: Bool {
        if case .competency? = dialog { return true }
        return false
    }

    public mutating func perform(_ action: Action, _ context: inout ScreenContext) -> [Effect] {
        let area = listArea(context.size)
        switch action {
        case .move(let movement):
            list.move(movement, count: data.items.count, visible: area.height)
        case .click(let y):
            ListView.select(atY: y, &list, count: data.items.count, in: area)
        case .details:
            guard let item = selectedItem else { return [] }
            context.open(Self.details(item, data: data, catalog: context.catalog))
        case .add:
            dialog = .competency(ListState())
        case .moveOn(let state):
            return moveOn(to: state, &context)
        case .rateAgain:
            guard let item = selectedItem, item.state == .done else { return [] }
            return [.load(.walkthrough(.role, at: item.competencyID))]
        case .pick(let movement):
            switch dialog {
            case .competency(var picker)?:
                picker.move(movement, count: competencyChoices.count, visible: area.height)
                dialog = .competency(picker)
            case .item(let competency, var picker)?:
                picker.move(movement, count: itemChoices(competency, context.catalog).count + 1, visible: area.height)
                dialog = .item(competency: competency, list: picker)
            default:
                break
            }
        case .clickPick(let y):
            switch dialog {
            case .competency(var picker)?:
                guard ListView.select(atY: y, &picker, count: competencyChoices.count, in: area) != nil else { return [] }
                dialog = .competency(picker)
            case .item(let competency, var picker)?:
                guard ListView.select(atY: y, &picker, count: itemChoices(competency, context.catalog).count + 1, in: area) != nil else { return [] }
                dialog = .item(competency: competency, list: picker)
            default:
                return []
            }
            return perform(.choose, &context)
        case .choose:
            choose(context)
        case .stepBack:
            switch dialog {
            case .item?: dialog = .competency(ListState())
            default: dialog = nil
            }
        case .edit(let key):
            return edit(key, &context)
        case .confirmCancel(let agreed):
            guard case .confirmingCancel(let number)? = dialog else { return [] }
            dialog = agreed ? .saving : nil
            return agreed ? [.movePlanItem(number: number, to: .cancelled)] : []
        }
        return []
    }

    /// The next step of adding an item, after Enter on a choice.
    private mutating func choose(_ context: ScreenContext) {
        switch dialog {
        case .competency(let picker)?:
            guard competencyChoices.indices.contains(picker.selection) else { return }
            dialog = .item(competency: competencyChoices[picker.selection].competency, list: ListState())
        case .item(let competency, let picker)?:
            let items = itemChoices(competency, context.catalog)
            if items.indices.contains(picker.selection) {
                dialog = .target(competency: competency, itemID: items[picker.selection].id, text: "", editor: targetEditor(context))
            } else {
                dialog = .text(competency: competency, editor: LineEditor(prompt: "What will \(whoWill) do?", limit: Workspace.maximumPlanTextLength))
            }
        default:
            break
        }
    }

    var whoWill: String { data.isOwn ? "you" : data.person.name }

    /// Three months ahead, as a starting point to change.
    func targetEditor(_ context: ScreenContext) -> LineEditor {
        LineEditor(prompt: "Done by (YYYY-MM-DD)", text: data.today.adding(days: 91).description, limit: 10)
    }

    private mutating func edit(_ key: Key, _ context: inout ScreenContext) -> [Effect] {
        switch dialog {
        case .text(let competency, var editor)?:
            switch editor.handle(key) {
            case .editing:
                dialog = .text(competency: competency, editor: editor)
            case .cancelled:
                dialog = .item(competency: competency, list: ListState(selection: itemChoices(competency, context.catalog).count))
            case .confirmed(let text):
                guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                    context.complain("Say what \(whoWill) will do, or Esc to choose a catalogue item.")
                    dialog = .text(competency: competency, editor: editor)
                    return []
                }
                dialog = .target(competency: competency, itemID: nil, text: text, editor: targetEditor(context))
            }
        case .target(let competency, let itemID, let text, var editor)?:
            switch editor.handle(key) {
            case .editing:
                dialog = .target(competency: competency, itemID: itemID, text: text, editor: editor)
            case .cancelled:
                dialog = .item(competency: competency, list: ListState())
            case .confirmed(let typed):
                guard let day = CalendarDay(iso: typed.trimmingCharacters(in: .whitespaces)) else {
                    context.complain("\"\(typed)\" is not a day: write it as YYYY-MM-DD, such as \(data.today.adding(days: 91)).")
                    dialog = .target(competency: competency, itemID: itemID, text: text, editor: editor)
                    return []
                }
                sentFrom = .target(competency: competency, itemID: itemID, text: text, editor: editor)
                dialog = .saving
                return [
                    .addPlanItem(
                        PlanItemRequest(
                            login: data.isOwn ? nil : data.person.login, competencyID: context.catalog.competencies[competency].id,
                            learningItemID: itemID, text: text, targetDate: day)),
                ]
            }
        default:
            break
        }
        return []
    }

    private mutating func moveOn(to state: PlanState, _ context: inout ScreenContext) -> [Effect] {
        guard let item = selectedItem else { return [] }
        guard item.state.canMove(to: state) else {
            let can = item.state.next.map(\.rawValue)
            context.complain(
                "Plan item \(item.number) is \(item.state.rawValue): "
                    + (can.isEmpty ? "it is final and cannot move." : "it can move to \(can.joined(separator: " or ")) only."))
            return []
        }
        if state == .cancelled {
            dialog = .confirmingCancel(number: item.number)
            return []
        }
        dialog = .saving
        return [.movePlanItem(number: item.number, to: state)]
    }

    public mutating func receive(_ update: Outcome, _ context: inout ScreenContext) -> [Effect] {
        switch update {
        case .planChanged(let item) where item.personLogin == data.person.login:
            dialog = nil
            sentFrom = nil
            if let index = data.items.firstIndex(where: { $0.number == item.number }) {
                data.items[index] = item
            } else {
                data.items.append(item)
                list.move(.last, count: data.items.count, visible: listArea(context.size).height)
            }
            context.say(Self.changedMessage(item, data: data, catalog: context.catalog))
        case .loaded(.developmentPlan(let fresh)) where fresh.person.login == data.person.login:
            data = fresh
            list.clamp(count: data.items.count, visible: listArea(context.size).height)
        case .failed:
            // Back where the person was: a refused day or item leaves what they typed.
            if case .saving? = dialog { dialog = sentFrom }
            sentFrom = nil
        default:
            break
        }
        return []
    }

    static func changedMessage(_ item: PlanItem, data: DevelopmentPlanData, catalog: Catalog) -> String {
        let title = item.title(in: data.learning)
        switch item.state {
        case .planned:
            return "Added plan item \(item.number): \(item.competencyID) \(title), by \(item.targetDate?.description ?? "-")."
        case .booked:
            return "Plan item \(item.number) is booked: \(title)."
        case .done:
            return data.isOwn
                ? "Plan item \(item.number) is done. Rate \(item.competencyID) again now that you have trained: w opens it."
                : "Plan item \(item.number) is done: \(data.person.name)'s self-assessment will ask them to rate \(item.competencyID) again."
        case .cancelled:
            return "Plan item \(item.number) is cancelled."
        }
    }

    public var messageLine: MessageLine? {
        switch dialog {
        case .text(_, let editor)?, .target(_, _, _, let editor)?: return .editor(editor)
        case .confirmingCancel(let number)?:
            let title = data.items.first { $0.number == number }.map { $0.title(in: data.learning) } ?? ""
            return .question("Cancel plan item \(number) (\(title))? It stays in the plan's history. y/n")
        case .competency?: return .question("Add a plan item, 1 of 3: the competency (↑↓ and Enter; Esc stops adding)")
        case .item?: return .question("2 of 3: a catalogue item, or the last line for words (Enter; Esc back a step)")
        default: return nil
        }
    }

    public mutating func fit(_ context: ScreenContext) {
        let visible = listArea(context.size).height
        list.clamp(count: data.items.count, visible: visible)
        switch dialog {
        case .competency(var picker)?:
            picker.clamp(count: competencyChoices.count, visible: visible)
            dialog = .competency(picker)
        case .item(let competency, var picker)?:
            picker.clamp(count: itemChoices(competency, context.catalog).count + 1, visible: visible)
            dialog = .item(competency: competency, list: picker)
        default:
            break
        }
    }

    public func position(_ context: ScreenContext) -> String? {
        switch dialog {
        case .competency(let picker)?: return picker.position(count: competencyChoices.count, visible: listArea(context.size).height, words: context.words)
        case .item(let competency, let picker)?:
            return picker.position(count: itemChoices(competency, context.catalog).count + 1, visible: listArea(context.size).height, words: context.words)
        default: return list.position(count: data.items.count, visible: listArea(context.size).height, words: context.words)
        }
    }

    public var reload: Request? { .developmentPlan(login: data.isOwn ? nil : data.person.login) }

    /// One item in full: what it is, where it stands, and every move with its note.
    static func details(_ item: PlanItem, data: DevelopmentPlanData, catalog: Catalog) -> TextScreen {
        typealias Paragraph = TextScreen.Paragraph
        let competency = catalog.competency(item.competencyID)
        var paragraphs = [
            Paragraph("Plan item \(item.number): \(item.title(in: data.learning))", .title),
            Paragraph("\(data.person.name) (\(data.person.login)) · \(item.competencyID) \(competency?.name ?? "")", .dim), .blank,
        ]
        if let id = item.learningItemID, let learning = data.learning.item(id) {
            let cost = DevelopmentFields.perPlace(learning.cost, currency: data.learning.currency)
            paragraphs.append(Paragraph("\(learning.title): \(learning.format.rawValue), \(DevelopmentFields.hours(learning.hours)) h, \(cost), from \(learning.provider)"))
            if let url = learning.url { paragraphs.append(Paragraph(url, .dim)) }
        }
        if !item.text.isEmpty { paragraphs.append(Paragraph(item.text)) }
        var state = "Now \(item.state.rawValue)"
        if let target = item.targetDate { state += ", to be done by \(target)" }
        if item.isOverdue(today: data.today) { state += " (overdue)" }
        paragraphs += [.blank, Paragraph(state + "."), .blank, Paragraph("History", .heading)]
        for event in item.events {
            var line = "\(DateText.day(event.at)) \(event.state.rawValue) by \(event.actor)"
            if let target = event.targetDate { line += ", target \(target)" }
            if !event.note.isEmpty { line += ": \(event.note)" }
            paragraphs.append(Paragraph(line, hangingIndent: 2))
        }
        return TextScreen(title: "Plan item", paragraphs: paragraphs)
    }
}
