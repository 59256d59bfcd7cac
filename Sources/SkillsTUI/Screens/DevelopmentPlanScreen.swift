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

    public func title(_ context: ScreenContext) -> String { data.isOwn ? context.words.plans.myPlanTitle : context.words.plans.planTitle(data.person.name) }

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
        let words = context.words.plans
        switch dialog {
        case .competency?, .item?:
            return KeyMap(ListState.movementBindings(context.screenWords).map { $0.map(Action.pick) } + [
                KeyBinding([.key(.enter)], "Enter", words.keyChoose, .choose),
                .click(words.keyChoose, words: context.screenWords) { _, y in .clickPick(y: y) },
                KeyBinding([.key(.escape), .key(.control("c"))], "Esc", dialogIsFirstStep ? words.keyStopAdding : words.keyBackAStep, .stepBack),
            ])
        case .text?, .target?:
            return LineEditor.keyMap(context.screenWords).forwarding(Action.edit)
        case .confirmingCancel?:
            return .yesNo(yes: words.keyCancelItem, .confirmCancel(true), no: words.keyKeepIt, .confirmCancel(false))
        case .saving?:
            return KeyMap([])
        case nil:
            break
        }
        var bindings = ListState.movementBindings(context.screenWords).map { $0.map(Action.move) }
        bindings += [
            KeyBinding([.key(.enter)], "Enter", words.keyItemAndHistory, statusBar: false, .details),
            .click(context.screenWords.keySelect, words: context.screenWords) { _, y in .click(y: y) },
        ]
        if data.canAdd { bindings.append(KeyBinding("a", words.keyAddItem, .add)) }
        if data.canMove, !data.items.isEmpty {
            bindings += [
                KeyBinding("b", words.keyBooked, .moveOn(.booked)),
                KeyBinding("d", words.keyDone, .moveOn(.done)),
                KeyBinding("x", words.keyCancel, statusBar: false, .moveOn(.cancelled)),
            ]
        }
        if data.isOwn, selectedItem?.state == .done { bindings.append(KeyBinding("w", words.keyRateAgain, .rateAgain)) }
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
            context.open(Self.details(item, data: data, catalog: context.catalog, words: context.words.plans))
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
                let words = context.words.plans
                dialog = .text(competency: competency, editor: LineEditor(prompt: words.whatWillPrompt(whoWill(words)), limit: Workspace.maximumPlanTextLength))
            }
        default:
            break
        }
    }

    func whoWill(_ words: PlanScreenWords) -> String { data.isOwn ? words.you : data.person.name }

    /// Three months ahead, as a starting point to change, written as the language writes days.
    func targetEditor(_ context: ScreenContext) -> LineEditor {
        LineEditor(prompt: context.words.plans.doneByPrompt, text: context.words.plans.day(data.today.adding(days: 91)), limit: 10)
    }

    /// A day as typed: `2027-02-16`, or `16.02.2027` as Bokmål writes it (in any language).
    static func day(typed: String) -> CalendarDay? {
        let text = typed.trimmingCharacters(in: .whitespaces)
        if let day = CalendarDay(iso: text) { return day }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4 else { return nil }
        let pad = { (part: Substring) in part.count == 1 ? "0" + part : String(part) }
        return CalendarDay(iso: "\(parts[2])-\(pad(parts[1]))-\(pad(parts[0]))")
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
                    context.complain(context.words.plans.sayWhat(whoWill(context.words.plans)))
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
                guard let day = Self.day(typed: typed) else {
                    context.complain(context.words.plans.notADay(typed, example: context.words.plans.day(data.today.adding(days: 91))))
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
            context.complain(context.words.plans.cannotMove(number: item.number, state: item.state, next: item.state.next))
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
            context.say(Self.changedMessage(item, data: data, words: context.words.plans))
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

    static func changedMessage(_ item: PlanItem, data: DevelopmentPlanData, words: PlanScreenWords) -> String {
        let title = item.title(in: data.learning, language: words.language)
        switch item.state {
        case .planned:
            return words.itemAdded(number: item.number, competency: item.competencyID, title: title, by: words.day(item.targetDate))
        case .booked:
            return words.itemBooked(number: item.number, title: title)
        case .done:
            return data.isOwn
                ? words.ownItemDone(number: item.number, competency: item.competencyID)
                : words.itemDone(number: item.number, name: data.person.name, competency: item.competencyID)
        case .cancelled:
            return words.itemCancelled(number: item.number)
        }
    }

    public func messageLine(_ context: ScreenContext) -> MessageLine? {
        let words = context.language.messages.plans
        switch dialog {
        case .text(_, let editor)?, .target(_, _, _, let editor)?: return .editor(editor)
        case .confirmingCancel(let number)?:
            let title = data.items.first { $0.number == number }.map { $0.title(in: data.learning, language: words.language) } ?? ""
            return .question(words.cancelQuestion(number: number, title: title))
        case .competency?: return .question(words.stepOne)
        case .item?: return .question(words.stepTwo)
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
    static func details(_ item: PlanItem, data: DevelopmentPlanData, catalog: Catalog, words: PlanScreenWords) -> TextScreen {
        typealias Paragraph = TextScreen.Paragraph
        let competency = catalog.competency(item.competencyID)
        var paragraphs = [
            Paragraph(words.itemHeading(number: item.number, title: item.title(in: data.learning, language: words.language)), .title),
            Paragraph("\(data.person.name) (\(data.person.login)) · \(item.competencyID) \(competency?.name ?? "")", .dim), .blank,
        ]
        if let id = item.learningItemID, let learning = data.learning.item(id) {
            let cost = words.perPlace(learning.cost, currency: data.learning.currency)
            paragraphs.append(
                Paragraph(words.learningLine(title: learning.title(in: words.language), format: learning.format, hours: words.hours(learning.hours), cost: cost, provider: learning.provider)))
            if let url = learning.url { paragraphs.append(Paragraph(url, .dim)) }
        }
        if !item.text.isEmpty { paragraphs.append(Paragraph(item.text)) }
        let standing = words.standing(item.state, target: item.targetDate, overdue: item.isOverdue(today: data.today))
        paragraphs += [.blank, Paragraph(standing), .blank, Paragraph(words.history, .heading)]
        for event in item.events {
            let line = words.historyLine(at: event.at, state: event.state, actor: event.actor, target: event.targetDate, note: event.note)
            paragraphs.append(Paragraph(line, hangingIndent: 2))
        }
        return TextScreen(title: words.planItemTitle, paragraphs: paragraphs)
    }
}
