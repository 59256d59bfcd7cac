import SkillsMatrix

/// The costed training plan (from the training-needs screen, `p`): the assessed needs
/// grouped by the catalogue item that closes them, with headcount, priority, hours and
/// cost; then the needs no item closes and those already booked. `b` sets a budget, and
/// each item then says how many of its places to buy; `v` shows the people under each
/// item; Enter shows an item in full.
public struct TrainingPlanScreen: ScreenModel {
    public private(set) var plan: TrainingPlan
    public private(set) var learning: LearningCatalogue
    public var list = ListState()
    /// Whether each item's people are listed under it.
    public private(set) var showsPeople = false
    public private(set) var lines: [Line]
    /// The budget being typed.
    public private(set) var budgetEditor: LineEditor?

    public init(plan: TrainingPlan, learning: LearningCatalogue) {
        self.plan = plan
        self.learning = learning
        self.lines = Self.lines(plan, showingPeople: false)
    }

    public enum Line: Hashable, Sendable {
        /// A catalogue item: a position in `plan.groups`, which is also its rank.
        case group(Int)
        /// A person's place on an item.
        case seat(group: Int, seat: Int)
        case unmatchedHeading
        /// A position in `plan.unmatched`.
        case unmatched(Int)
        case inHandHeading
        /// A position in `plan.inHand`.
        case inHand(Int)
    }

    static func lines(_ plan: TrainingPlan, showingPeople: Bool) -> [Line] {
        var lines: [Line] = []
        for (group, entry) in plan.groups.enumerated() {
            lines.append(.group(group))
            if showingPeople { lines += entry.seats.indices.map { .seat(group: group, seat: $0) } }
        }
        if !plan.unmatched.isEmpty { lines += [.unmatchedHeading] + plan.unmatched.indices.map(Line.unmatched) }
        if !plan.inHand.isEmpty { lines += [.inHandHeading] + plan.inHand.indices.map(Line.inHand) }
        return lines
    }

    public enum Action: Hashable, Sendable {
        case move(ListState.Movement)
        case click(y: Int)
        case open
        case togglePeople
        case beginBudget
        case editBudget(Key)
    }

    public func title(_ context: ScreenContext) -> String { context.words.plans.trainingPlanTitle }

    static let headerRows = 4

    func listArea(_ size: ScreenSize) -> Rect { Layout.listArea(size, headerRows: Self.headerRows) }

    public func keyMap(_ context: ScreenContext) -> KeyMap<Action> {
        if budgetEditor != nil { return LineEditor.keyMap(context.screenWords).forwarding(Action.editBudget) }
        let words = context.words.plans
        return KeyMap(ListState.movementBindings(context.screenWords).map { $0.map(Action.move) } + [
            KeyBinding([.key(.enter)], "Enter", words.keyItemInFull, .open),
            .click(context.screenWords.keySelect, words: context.screenWords) { _, y in .click(y: y) },
            KeyBinding("b", plan.budget == nil ? words.keySetBudget : words.keyChangeBudget, .beginBudget),
            KeyBinding("v", showsPeople ? words.keyItemsOnly : words.keyPeopleUnderItems, .togglePeople),
        ])
    }

    public mutating func perform(_ action: Action, _ context: inout ScreenContext) -> [Effect] {
        let area = listArea(context.size)
        switch action {
        case .move(let movement):
            list.move(movement, count: lines.count, visible: area.height)
        case .click(let y):
            ListView.select(atY: y, &list, count: lines.count, in: area)
        case .open:
            guard let group = group(at: list.selection) else { return [] }
            context.open(Self.details(group, plan: plan, learning: learning, catalog: context.catalog, words: context.words.plans))
        case .togglePeople:
            // Keep the cursor on the same item when its people come and go.
            let group = group(at: list.selection)
            showsPeople.toggle()
            lines = Self.lines(plan, showingPeople: showsPeople)
            let target = group.flatMap { lines.firstIndex(of: .group($0)) } ?? 0
            list.move(.to(target), count: lines.count, visible: area.height)
        case .beginBudget:
            let current = plan.budget.map { String($0.budget) } ?? ""
            budgetEditor = LineEditor(prompt: context.words.plans.budgetPrompt(plan.currency), text: current, limit: 20)
        case .editBudget(let key):
            guard var editor = budgetEditor else { return [] }
            switch editor.handle(key) {
            case .editing:
                budgetEditor = editor
            case .cancelled:
                budgetEditor = nil
            case .confirmed(let text):
                let typed = text.trimmingCharacters(in: .whitespaces)
                if typed.isEmpty {
                    budgetEditor = nil
                    return plan.budget == nil ? [] : [.load(.trainingPlan(teamID: plan.teamID, budget: nil))]
                }
                do {
                    let amount = try Money.parse(typed)
                    budgetEditor = nil
                    return [.load(.trainingPlan(teamID: plan.teamID, budget: amount))]
                } catch {
                    // The field stays open with what was typed.
                    context.complain((error as? SkillsError).map { context.words.describe($0) } ?? "\(error)")
                    budgetEditor = editor
                }
            }
        }
        return []
    }

    /// The item of line `index`: its own line or one of its people.
    func group(at index: Int) -> Int? {
        guard lines.indices.contains(index) else { return nil }
        switch lines[index] {
        case .group(let group), .seat(let group, _): return group
        default: return nil
        }
    }

    public mutating func receive(_ update: Outcome, _ context: inout ScreenContext) -> [Effect] {
        guard case .loaded(.trainingPlan(let fresh, let catalogue)) = update, fresh.teamID == plan.teamID else { return [] }
        plan = fresh
        learning = catalogue
        lines = Self.lines(fresh, showingPeople: showsPeople)
        list.clamp(count: lines.count, visible: listArea(context.size).height)
        if let budget = fresh.budget { context.say(context.words.plans.budgetSentence(fresh, budget)) }
        return []
    }

    public func messageLine(_ context: ScreenContext) -> MessageLine? { budgetEditor.map(MessageLine.editor) }

    public mutating func fit(_ context: ScreenContext) { list.clamp(count: lines.count, visible: listArea(context.size).height) }

    public func position(_ context: ScreenContext) -> String? { list.position(count: lines.count, visible: listArea(context.size).height, words: context.words) }

    public var reload: Request? { .trainingPlan(teamID: plan.teamID, budget: plan.budget?.budget) }

    /// One item in full: what it is, what it costs, what it builds, and its place in the plan.
    static func details(_ group: Int, plan: TrainingPlan, learning: LearningCatalogue, catalog: Catalog, words: PlanScreenWords) -> TextScreen {
        typealias Paragraph = TextScreen.Paragraph
        let entry = plan.groups[group]
        let item = learning.items[entry.item]
        var paragraphs = [Paragraph("\(group + 1). \(item.title(in: words.language))", .title), Paragraph("\(item.id) · \(words.format(item.format)) · \(item.provider)", .dim)]
        if let url = item.url { paragraphs.append(Paragraph(url, .dim)) }
        paragraphs += [.blank, Paragraph(words.priceLine(item, currency: plan.currency))]
        let builds = item.lifts.map { lift in
            words.buildsLine(competency: lift.competencyID, name: catalog.competency(lift.competencyID)?.name ?? "", level: lift.level)
        }
        paragraphs += [.blank, Paragraph(words.builds, .heading)] + builds.map { Paragraph("- " + $0, hangingIndent: 2) }
        let inPlan = words.inPlanLine(
            people: entry.headcount, needs: entry.needCount, priority: entry.priority, hours: words.hours(entry.totalHours),
            cost: words.money(entry.cost, currency: plan.currency, indicative: entry.pricing.isIndicative),
            purchase: words.purchase(entry.pricing, people: entry.headcount, currency: plan.currency), bought: plan.budget.map { $0.seatsBought[group] })
        paragraphs += [.blank, Paragraph(words.inThisPlan, .heading), Paragraph(inPlan)]
        return TextScreen(title: words.catalogueItemTitle, paragraphs: paragraphs)
    }
}
