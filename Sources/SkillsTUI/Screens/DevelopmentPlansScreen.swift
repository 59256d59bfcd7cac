import SkillsMatrix

/// The development plans of everyone the user may see: a lead's teams, or hr's whole
/// organisation. Uptake, overdue items and booked spend at the top (team by team where
/// there are several), then every item; `o` keeps the overdue ones, Enter opens the
/// person's plan to add to it or move it on.
public struct DevelopmentPlansScreen: ScreenModel {
    public private(set) var report: DevelopmentPlansReport
    public let learning: LearningCatalogue
    public var list = ListState()
    public private(set) var overdueOnly = false
    /// The lines shown: team summaries (where there are several teams), then items.
    public private(set) var lines: [Line] = []

    public init(report: DevelopmentPlansReport, learning: LearningCatalogue) {
        self.report = report
        self.learning = learning
        self.lines = Self.lines(report, overdueOnly: false)
    }

    public enum Line: Hashable, Sendable {
        /// A team's uptake: a position in `report.teams`.
        case team(Int)
        /// The items' column titles, below the teams.
        case itemsHeading
        /// A plan item: a position in `report.entries`.
        case entry(Int)
    }

    static func lines(_ report: DevelopmentPlansReport, overdueOnly: Bool) -> [Line] {
        let teams = report.teams
        let teamLines = teams.count > 1 ? teams.indices.map(Line.team) + [.itemsHeading] : []
        return teamLines + report.entries.indices.filter { !overdueOnly || report.entries[$0].isOverdue }.map(Line.entry)
    }

    /// Whether the list starts with team lines (the header row then titles their columns).
    var showsTeams: Bool { lines.first.map { if case .team = $0 { return true } else { return false } } ?? false }

    public enum Action: Hashable, Sendable {
        case move(ListState.Movement)
        case click(y: Int)
        case open
        case toggleOverdue
    }

    public func title(_ context: ScreenContext) -> String { context.words.plans.plansTitle }

    static let headerRows = 4

    func listArea(_ size: ScreenSize) -> Rect { Layout.listArea(size, headerRows: Self.headerRows) }

    public func keyMap(_ context: ScreenContext) -> KeyMap<Action> {
        let words = context.words.plans
        return KeyMap(ListState.movementBindings(context.screenWords).map { $0.map(Action.move) } + [
            KeyBinding([.key(.enter)], "Enter", words.keyPersonsPlan, .open),
            .click(context.screenWords.keyOpen, words: context.screenWords) { _, y in .click(y: y) },
            KeyBinding("o", overdueOnly ? words.keyEveryItem : words.keyOverdueOnly, .toggleOverdue),
        ])
    }

    public mutating func perform(_ action: Action, _ context: inout ScreenContext) -> [Effect] {
        let area = listArea(context.size)
        switch action {
        case .move(let movement):
            list.move(movement, count: lines.count, visible: area.height)
        case .click(let y):
            return ListView.select(atY: y, &list, count: lines.count, in: area) == nil ? [] : open(&context)
        case .open:
            return open(&context)
        case .toggleOverdue:
            overdueOnly.toggle()
            lines = Self.lines(report, overdueOnly: overdueOnly)
            list = ListState()
            list.clamp(count: lines.count, visible: area.height)
        }
        return []
    }

    private func open(_ context: inout ScreenContext) -> [Effect] {
        guard lines.indices.contains(list.selection) else { return [] }
        switch lines[list.selection] {
        case .entry(let index):
            let login = report.entries[index].person.login
            return [.load(.developmentPlan(login: login == context.session?.login ? nil : login))]
        case .team, .itemsHeading:
            context.say(context.words.plans.teamLineHint)
            return []
        }
    }

    public mutating func receive(_ update: Outcome, _ context: inout ScreenContext) -> [Effect] {
        guard case .loaded(.developmentPlans(let fresh, _)) = update else { return [] }
        report = fresh
        lines = Self.lines(fresh, overdueOnly: overdueOnly)
        list.clamp(count: lines.count, visible: listArea(context.size).height)
        return []
    }

    public mutating func fit(_ context: ScreenContext) { list.clamp(count: lines.count, visible: listArea(context.size).height) }

    public func position(_ context: ScreenContext) -> String? { list.position(count: lines.count, visible: listArea(context.size).height, words: context.words) }

    public var reload: Request? { .developmentPlans }

    /// A person's plan changes on the screen above: back here, the counts follow.
    public var reloadsOnReturn: Bool { true }

    // MARK: - Drawing

    static func teamColumns(_ words: any MessageCatalogue) -> ColumnLayout {
        let plans = words.plans
        return ColumnLayout([
            .init(words.columns.team, .flexible(minimum: 20, maximum: 40)), .init(plans.columnPeople, .fitting(plans.columnPeople, 6), alignRight: true),
            .init(plans.columnWithAPlan, .fitting(plans.columnWithAPlan, 11), alignRight: true),
            .init(plans.columnUptake, .fitting(plans.columnUptake, 6), alignRight: true),
            .init(plans.columnOverdue, .fitting(plans.columnOverdue, 7), alignRight: true),
            .init(plans.columnBookedSpend, .fitting(plans.columnBookedSpend, 12), alignRight: true),
        ])
    }

    static func entryColumns(_ words: any MessageCatalogue) -> ColumnLayout {
        let plans = words.plans
        return ColumnLayout([
            .init(plans.columnNumber, .fixed(3), alignRight: true), .init(words.columns.person, .flexible(minimum: 16, maximum: 28)),
            .init(words.columns.competency, .fixed(10)), .init(plans.columnWhat, .flexible(minimum: 12, maximum: nil)),
            .init(plans.columnState, .fixed(9)), .init(plans.columnTargetDay, .fixed(10)), .init(plans.columnFlags, .fixed(7)),
        ])
    }

    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        let top = Layout.contentTop
        let words = context.words.plans
        let (teamColumns, entryColumns) = (Self.teamColumns(context.words), Self.entryColumns(context.words))
        buffer.put(words.plansHeading(team: report.teamID, asOf: report.today), x: 0, y: top, style: .heading, maxWidth: buffer.width - 1)
        let spend = words.money(report.bookedSpend, currency: report.currency, indicative: report.hasIndicativeCosts)
        let uptake = words.uptakeLine(
            withPlans: report.peopleWithPlans, people: report.people.count, share: context.words.percent(report.uptake), overdue: report.overdueCount, spend: spend)
        buffer.put(uptake, x: 0, y: top + 1, maxWidth: buffer.width - 1)
        let states = PlanState.allCases.map { "\(report.count($0)) \(words.state($0))" }.joined(separator: ", ")
        buffer.put(words.itemsLine(states: states, showing: overdueOnly ? words.showingOverdueOnly : words.showingEverything), x: 0, y: top + 2, style: .dim, maxWidth: buffer.width - 1)
        let teams = report.teams
        let area = listArea(context.size)
        if showsTeams { teamColumns.drawHeader(into: &buffer, y: top + 3) } else { entryColumns.drawHeader(into: &buffer, y: top + 3) }
        let empty = overdueOnly ? words.nothingOverdue : words.noPlanItemsAnywhere
        ListView.draw(list, count: lines.count, in: area, into: &buffer, empty: empty) { buffer, index, y, selected in
            switch lines[index] {
            case .team(let position):
                let team = teams[position]
                teamColumns.draw(
                    [
                        team.teamID, String(team.people), String(team.peopleWithPlans),
                        context.words.percent(team.people == 0 ? 0 : Double(team.peopleWithPlans) / Double(team.people)),
                        String(team.overdue), words.money(team.bookedSpend, currency: report.currency, indicative: team.hasIndicativeCosts),
                    ],
                    into: &buffer, y: y, style: selected ? .selected : .title)
            case .itemsHeading:
                entryColumns.drawHeader(into: &buffer, y: y, style: selected ? .selected : .heading)
            case .entry(let position):
                let entry = report.entries[position]
                let item = entry.item
                let style: Style = selected ? .selected : (item.state == .cancelled ? .dim : .normal)
                entryColumns.draw(
                    [
                        String(item.number), "\(entry.person.name) (\(entry.person.login))", item.competencyID, item.title(in: learning, language: words.language),
                        words.state(item.state), words.day(item.targetDate), entry.isOverdue ? words.overdue : "",
                    ],
                    into: &buffer, y: y, style: style, styles: entry.isOverdue && !selected ? [6: .warning] : [:])
            }
        }
    }
}
