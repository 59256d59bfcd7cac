import SkillsMatrix

extension TrainingPlanScreen {
    /// An item's line; with a budget, how many of its places to buy. Where a language's
    /// titles are wider than the numbers under them, the item's title gives up the room,
    /// so the line still fits 80 columns.
    static func itemColumns(withBudget: Bool, _ words: any MessageCatalogue) -> ColumnLayout {
        let plans = words.plans
        let numbers: [(title: String, width: Int)] = [
            (plans.columnPeople, 6), (plans.columnPriority, 8), (plans.columnHours, 6), (plans.columnCost, 9),
        ] + (withBudget ? [(plans.columnBuy, 5)] : [])
        let wider = ([(plans.columnRank, 4)] + numbers).reduce(0) { $0 + max(0, DisplayWidth.of($1.title) - $1.width) }
        return ColumnLayout(
            [
                .init(plans.columnRank, .fitting(plans.columnRank, 4), alignRight: true), .init(plans.columnItem, .flexible(minimum: 20 - wider, maximum: nil)),
                .init(plans.columnFormat, .fixed(13)),
            ] + numbers.map { .init($0.title, .fitting($0.title, $0.width), alignRight: true) })
    }

    typealias Width = ColumnLayout.Width

    /// A person's line, under an item or in the lists below the items. Its titles are not
    /// shown (the items' are), so only the words in its cells set its widths.
    static func personColumns(_ words: any MessageCatalogue) -> ColumnLayout {
        let plans = words.plans
        return ColumnLayout([
            .init("", .fixed(2)), .init(plans.columnPriority, .fixed(8), alignRight: true),
            .init(words.columns.person, .flexible(minimum: 20, maximum: 30)), .init(words.columns.team, .flexible(minimum: 14, maximum: 24)),
            .init(plans.columnNeeds, .flexible(minimum: 16, maximum: nil)), .init("", .fixed(max(5, DisplayWidth.of(plans.buy), DisplayWidth.of(plans.later)))),
        ])
    }

    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        let top = Layout.contentTop
        let words = context.words.plans
        // Three short lines that fit 80 columns; the report's own sentences are in the
        // message line when a budget is set, and in `report training-plan`.
        let money = { (amount: Int) in words.money(amount, currency: plan.currency, indicative: plan.hasIndicativeCosts) }
        let scope = context.words.trainingScope(team: plan.teamID)
        buffer.put(
            words.trainingPlanHeading(scope: scope, people: plan.people.count, needs: plan.assessedNeedCount),
            x: 0, y: top, style: .heading, maxWidth: buffer.width - 1)
        let closed = words.closedLine(
            closed: plan.matchedNeedCount, items: plan.groups.count, without: plan.unmatched.count, booked: plan.inHand.count,
            places: plan.placeCount, hours: words.hours(plan.totalHours), cost: money(plan.totalCost))
        buffer.put(closed, x: 0, y: top + 1, maxWidth: buffer.width - 1)
        let covered = plan.matchedPriority + plan.unmatchedPriority
        if let budget = plan.budget {
            let bought = budget.seatsBought.reduce(0, +)
            let share = plan.matchedPriority == 0 ? 0 : Double(budget.priority) / Double(plan.matchedPriority)
            buffer.put(
                words.budgetHeading(
                    budget: words.amount(budget.budget, currency: plan.currency), bought: bought, places: plan.placeCount, cost: money(budget.cost),
                    priority: budget.priority, of: plan.matchedPriority, share: context.words.percent(share)),
                x: 0, y: top + 2, style: .warning, maxWidth: buffer.width - 1)
        } else {
            var hint = words.priorityCovered(plan.matchedPriority, of: covered) + words.setsABudget
            if plan.hasIndicativeCosts { hint += words.indicativePrice }
            buffer.put(hint, x: 0, y: top + 2, style: .dim, maxWidth: buffer.width - 1)
        }
        let items = Self.itemColumns(withBudget: plan.budget != nil, context.words)
        let personColumns = Self.personColumns(context.words)
        items.drawHeader(into: &buffer, y: top + 3)
        let area = listArea(context.size)
        let empty = words.nothingTrainingCloses
        ListView.draw(list, count: lines.count, in: area, into: &buffer, empty: empty) { buffer, index, y, selected in
            let style: Style = selected ? .selected : .normal
            switch lines[index] {
            case .group(let rank):
                let group = plan.groups[rank]
                let item = learning.items[group.item]
                items.draw(
                    [
                        String(rank + 1), item.title(in: words.language), words.format(item.format), String(group.headcount), String(group.priority),
                        words.hours(group.totalHours), words.money(group.cost, currency: plan.currency, indicative: group.pricing.isIndicative),
                    ] + (plan.budget.map { [String($0.seatsBought[rank])] } ?? []),
                    into: &buffer, y: y, style: selected ? .selected : .title)
            case .seat(let rank, let position):
                let group = plan.groups[rank]
                let seat = group.seats[position]
                let person = plan.people[seat.personIndex]
                let needs = group.needs(of: seat).map { DevelopmentFields.need($0, catalog: context.catalog) }.joined(separator: ", ")
                let bought = plan.budget.map { $0.isBought(group: rank, seat: position) ? words.buy : words.later } ?? ""
                personColumns.draw(
                    ["", String(seat.priority), "\(person.name) (\(person.login))", person.teamID, needs, bought], into: &buffer, y: y,
                    style: style, styles: bought == words.later && !selected ? [5: .dim] : [:])
            case .unmatchedHeading:
                buffer.put(words.unmatchedHeading(plan.unmatched.count), x: 0, y: y, style: selected ? .selected : .heading, maxWidth: area.width - 1)
            case .unmatched(let position):
                let unmatched = plan.unmatched[position]
                let person = plan.people[unmatched.need.personIndex]
                let nearest = words.nearest(unmatched, catalog: context.catalog, learning: learning)
                personColumns.draw(
                    ["", String(unmatched.need.priority), "\(person.name) (\(person.login))", person.teamID,
                     DevelopmentFields.need(unmatched.need, catalog: context.catalog) + " · " + nearest, ""],
                    into: &buffer, y: y, style: style)
            case .inHandHeading:
                buffer.put(words.inHandHeading(plan.inHand.count), x: 0, y: y, style: selected ? .selected : .heading, maxWidth: area.width - 1)
            case .inHand(let position):
                let need = plan.inHand[position]
                let person = plan.people[need.personIndex]
                personColumns.draw(
                    ["", String(need.priority), "\(person.name) (\(person.login))", person.teamID, DevelopmentFields.need(need, catalog: context.catalog), ""],
                    into: &buffer, y: y, style: style)
            }
        }
    }
}
