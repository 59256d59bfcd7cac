import SkillsMatrix

extension TrainingPlanScreen {
    /// An item's line; with a budget, how many of its places to buy.
    static func itemColumns(withBudget: Bool) -> ColumnLayout {
        ColumnLayout(
            [
                .init("Rank", .fixed(4), alignRight: true), .init("Item", .flexible(minimum: 20, maximum: nil)), .init("Format", .fixed(13)),
                .init("People", .fixed(6), alignRight: true), .init("Priority", .fixed(8), alignRight: true),
                .init("Hours", .fixed(6), alignRight: true), .init("Cost", .fixed(9), alignRight: true),
            ] + (withBudget ? [.init("Buy", .fixed(5), alignRight: true)] : []))
    }

    /// A person's line, under an item or in the lists below the items.
    static let personColumns = ColumnLayout([
        .init("", .fixed(2)), .init("Priority", .fixed(8), alignRight: true), .init("Person", .flexible(minimum: 20, maximum: 30)),
        .init("Team", .flexible(minimum: 14, maximum: 24)), .init("Needs (level now->target)", .flexible(minimum: 16, maximum: nil)),
        .init("", .fixed(5)),
    ])

    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        let top = Layout.contentTop
        // Three short lines that fit 80 columns; the report's own sentences are in the
        // message line when a budget is set, and in `report training-plan`.
        let money = { (amount: Int) in DevelopmentFields.money(amount, currency: plan.currency, indicative: plan.hasIndicativeCosts) }
        buffer.put(
            "  Training plan, \(TrainingPlanFormat.scopeTitle(plan)) · \(Counted.text(plan.people.count, "person", "people", grouped: true)) · "
                + "\(Counted.text(plan.assessedNeedCount, "assessed need", "assessed needs", grouped: true))",
            x: 0, y: top, style: .heading, maxWidth: buffer.width - 1)
        var closed = "  \(Counted.group(plan.matchedNeedCount)) closed by \(Counted.text(plan.groups.count, "item", "items")), "
            + "\(Counted.group(plan.unmatched.count)) without one"
        if !plan.inHand.isEmpty { closed += ", \(Counted.group(plan.inHand.count)) booked" }
        closed += " · \(Counted.text(plan.placeCount, "place", "places", grouped: true)), \(DevelopmentFields.hours(plan.totalHours)) h, \(money(plan.totalCost))"
        buffer.put(closed, x: 0, y: top + 1, maxWidth: buffer.width - 1)
        let covered = plan.matchedPriority + plan.unmatchedPriority
        if let budget = plan.budget {
            let bought = budget.seatsBought.reduce(0, +)
            let share = plan.matchedPriority == 0 ? 0 : Double(budget.priority) / Double(plan.matchedPriority)
            buffer.put(
                "  Budget \(Money.text(budget.budget, currency: plan.currency)): buy \(Counted.group(bought)) of \(Counted.group(plan.placeCount)) places, "
                    + "\(money(budget.cost)), priority \(budget.priority) of \(plan.matchedPriority) (\(RequirementFields.percent(share)))",
                x: 0, y: top + 2, style: .warning, maxWidth: buffer.width - 1)
        } else {
            var hint = "  Priority covered \(plan.matchedPriority) of \(covered) · b sets a budget"
            if plan.hasIndicativeCosts { hint += " · * indicative price" }
            buffer.put(hint, x: 0, y: top + 2, style: .dim, maxWidth: buffer.width - 1)
        }
        let items = Self.itemColumns(withBudget: plan.budget != nil)
        items.drawHeader(into: &buffer, y: top + 3)
        let area = listArea(context.size)
        let empty = "Nobody in scope has an assessed gap that training could close."
        ListView.draw(list, count: lines.count, in: area, into: &buffer, empty: empty) { buffer, index, y, selected in
            let style: Style = selected ? .selected : .normal
            switch lines[index] {
            case .group(let rank):
                let group = plan.groups[rank]
                let item = learning.items[group.item]
                items.draw(
                    [
                        String(rank + 1), item.title, item.format.rawValue, String(group.headcount), String(group.priority),
                        DevelopmentFields.hours(group.totalHours), DevelopmentFields.money(group.cost, currency: plan.currency, indicative: group.pricing.isIndicative),
                    ] + (plan.budget.map { [String($0.seatsBought[rank])] } ?? []),
                    into: &buffer, y: y, style: selected ? .selected : .title)
            case .seat(let rank, let position):
                let group = plan.groups[rank]
                let seat = group.seats[position]
                let person = plan.people[seat.personIndex]
                let needs = group.needs(of: seat).map { DevelopmentFields.need($0, catalog: context.catalog) }.joined(separator: ", ")
                let bought = plan.budget.map { $0.isBought(group: rank, seat: position) ? "buy" : "later" } ?? ""
                Self.personColumns.draw(
                    ["", String(seat.priority), "\(person.name) (\(person.login))", person.teamID, needs, bought], into: &buffer, y: y,
                    style: style, styles: bought == "later" && !selected ? [5: .dim] : [:])
            case .unmatchedHeading:
                buffer.put("  Needs no catalogue item closes (\(Counted.group(plan.unmatched.count))): the nearest item, if any, falls short", x: 0, y: y, style: selected ? .selected : .heading, maxWidth: area.width - 1)
            case .unmatched(let position):
                let unmatched = plan.unmatched[position]
                let person = plan.people[unmatched.need.personIndex]
                let nearest = TrainingPlanFormat.nearest(unmatched, catalog: context.catalog, learning: learning)
                Self.personColumns.draw(
                    ["", String(unmatched.need.priority), "\(person.name) (\(person.login))", person.teamID,
                     DevelopmentFields.need(unmatched.need, catalog: context.catalog) + " · " + nearest, ""],
                    into: &buffer, y: y, style: style)
            case .inHandHeading:
                buffer.put("  Already booked, or done and awaiting a re-rate (\(Counted.group(plan.inHand.count))): not bought again", x: 0, y: y, style: selected ? .selected : .heading, maxWidth: area.width - 1)
            case .inHand(let position):
                let need = plan.inHand[position]
                let person = plan.people[need.personIndex]
                Self.personColumns.draw(
                    ["", String(need.priority), "\(person.name) (\(person.login))", person.teamID, DevelopmentFields.need(need, catalog: context.catalog), ""],
                    into: &buffer, y: y, style: style)
            }
        }
    }
}
