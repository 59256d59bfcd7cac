import Foundation

/// Renders a `TrainingPlan` as text, CSV, JSON or Markdown.
public enum TrainingPlanFormat {
    public static let formats: [ReportFormat] = [.text, .csv, .json, .markdown]

    /// One row per assessed need; scripts may rely on these names and this order.
    public static let csvHeader = [
        "status", "rank", "item_id", "item_title", "provider", "format", "item_hours", "price_per_person", "cohort_price",
        "cohort_size", "indicative", "competency_id", "competency_name", "login", "name", "team", "target", "effective", "gap",
        "priority", "bought",
    ]

    public static let basis =
        "Assessed needs only (a rating and a gap); each is closed by the catalogue item that lifts the person to target at the least cost."

    static func scopeTitle(_ plan: TrainingPlan) -> String { plan.teamID.map { "team \($0)" } ?? "whole organisation" }

    static func summary(_ plan: TrainingPlan) -> String {
        var parts = [
            "\(plan.matchedNeedCount) closed by \(DevelopmentFields.count(plan.groups.count, "catalogue item"))", "\(plan.unmatched.count) without one",
        ]
        if !plan.inHand.isEmpty { parts.append("\(plan.inHand.count) already booked") }
        return "\(DevelopmentFields.people(plan.people.count)); \(plan.assessedNeedCount) assessed needs: " + parts.joined(separator: ", ")
    }

    static func notes(_ plan: TrainingPlan) -> String {
        var text = "Costs in \(plan.currency)"
        if plan.hasIndicativeCosts { text += "; * marks an indicative price, not a quote" }
        text += "."
        if plan.unratedCount > 0 {
            text += " Left out: \(plan.unratedCount) unrated requirements (missing assessments, not needs)."
        }
        return text
    }

    static func totalLine(_ plan: TrainingPlan) -> String {
        let all = plan.matchedPriority + plan.unmatchedPriority
        return "Everything: \(DevelopmentFields.count(plan.placeCount, "place")), \(DevelopmentFields.hours(plan.totalHours)) hours, "
            + "\(DevelopmentFields.money(plan.totalCost, currency: plan.currency, indicative: plan.hasIndicativeCosts)), "
            + "covering priority \(plan.matchedPriority) of \(all)"
            + (plan.unmatchedPriority > 0 ? " (the rest has no catalogue item)" : "")
    }

    static func budgetLine(_ plan: TrainingPlan, _ budget: BudgetSelection) -> String {
        let bought = budget.seatsBought.reduce(0, +)
        let method = budget.method == .exact ? "the best selection" : "chosen greedily, at least half the best possible"
        var text = "Within a budget of \(Money.text(budget.budget, currency: plan.currency)) (\(method)): buy \(bought) of "
        text += "\(DevelopmentFields.count(plan.placeCount, "place")) for "
        text += "\(DevelopmentFields.money(budget.cost, currency: plan.currency, indicative: plan.hasIndicativeCosts)), covering priority "
        text += "\(budget.priority) of \(plan.matchedPriority) (\(DevelopmentFields.share(budget.priority, of: plan.matchedPriority)))"
        let leftPlaces = plan.placeCount - bought
        if leftPlaces > 0 {
            text += "; left uncovered: \(DevelopmentFields.count(leftPlaces, "place")), priority \(plan.matchedPriority - budget.priority)"
        }
        return text
    }

    static func bought(_ plan: TrainingPlan, group: Int, seat: Int) -> String? {
        plan.budget.map { $0.isBought(group: group, seat: seat) ? "buy" : "later" }
    }

    // MARK: - Text

    public static func text(_ plan: TrainingPlan, catalog: Catalog, learning: LearningCatalogue) -> String {
        var output = "Training plan: \(scopeTitle(plan)) (\(summary(plan)))\n\(basis)\n\(notes(plan))\n"
        if plan.groups.isEmpty, plan.unmatched.isEmpty {
            return output + "\nNobody in scope has an assessed gap that training could close.\n"
        }
        if !plan.groups.isEmpty {
            var table = TextTable(
                [
                    .init("Rank", alignRight: true), .init("Item", maximumWidth: 40), .init("Format"), .init("People", alignRight: true),
                    .init("Needs", alignRight: true), .init("Priority", alignRight: true), .init("Hours", alignRight: true),
                    .init("Cost", alignRight: true),
                ] + (plan.budget == nil ? [] : [.init("Buy", alignRight: true)]))
            for (rank, group) in plan.groups.enumerated() {
                let item = learning.items[group.item]
                table.append(
                    [
                        String(rank + 1), item.id, item.format.rawValue, String(group.headcount), String(group.needCount),
                        String(group.priority), DevelopmentFields.hours(group.totalHours),
                        DevelopmentFields.money(group.cost, currency: plan.currency, indicative: group.pricing.isIndicative),
                    ] + (plan.budget.map { [String($0.seatsBought[rank])] } ?? []))
            }
            output += "\n" + table.render() + totalLine(plan) + "\n"
            if let budget = plan.budget { output += budgetLine(plan, budget) + "\n" }
        }
        for (rank, group) in plan.groups.enumerated() {
            let item = learning.items[group.item]
            output += "\n\(rank + 1). \(item.title) (\(item.id))\n"
            output += "   \(item.format.rawValue) · \(DevelopmentFields.hours(item.hours)) h · \(item.provider)"
            output += (item.url.map { " · \($0)" } ?? "") + "\n"
            output += "   \(DevelopmentFields.people(group.headcount)) · priority \(group.priority) · "
            output += DevelopmentFields.money(group.cost, currency: plan.currency, indicative: group.pricing.isIndicative)
            output += " (\(DevelopmentFields.purchase(group.pricing, people: group.headcount, currency: plan.currency)))\n"
            var table = TextTable(
                [
                    .init("Priority", alignRight: true), .init("Person", maximumWidth: 34), .init("Team", maximumWidth: 24),
                    .init("Needs closed (level now->target)", maximumWidth: 80),
                ] + (plan.budget == nil ? [] : [.init("Budget")]))
            for (index, seat) in group.seats.enumerated() {
                let person = plan.people[seat.personIndex]
                table.append(
                    [
                        String(seat.priority), DevelopmentFields.person(person), person.teamID,
                        group.needs(of: seat).map { DevelopmentFields.need($0, catalog: catalog) }.joined(separator: ", "),
                    ] + (bought(plan, group: rank, seat: index).map { [$0] } ?? []))
            }
            output += table.render(indent: "     ")
        }
        if !plan.unmatched.isEmpty {
            output += "\nNeeds no catalogue item closes (\(plan.unmatched.count)):\n"
            var table = TextTable([
                .init("Priority", alignRight: true), .init("Competency", maximumWidth: 40), .init("Person", maximumWidth: 34),
                .init("Team", maximumWidth: 24), .init("At", alignRight: true), .init("Target", alignRight: true), .init("Nearest item"),
            ])
            for unmatched in plan.unmatched {
                table.append(unmatchedCells(unmatched, plan: plan, catalog: catalog, learning: learning))
            }
            output += table.render(indent: "  ")
        }
        if !plan.inHand.isEmpty {
            output += "\nAlready booked or awaiting a re-rate (\(plan.inHand.count)): "
            output += plan.inHand.map { "\(plan.people[$0.personIndex].login) \(catalog.competencies[$0.requirement.competency].id)" }
                .joined(separator: ", ") + "\n"
        }
        return output
    }

    private static func unmatchedCells(_ unmatched: UnmatchedNeed, plan: TrainingPlan, catalog: Catalog, learning: LearningCatalogue) -> [String] {
        let need = unmatched.need
        let person = plan.people[need.personIndex]
        let competency = catalog.competencies[need.requirement.competency]
        return [
            String(need.priority), "\(competency.id) \(competency.name)", DevelopmentFields.person(person), person.teamID,
            RequirementFields.text(need.requirement.effectiveLevel), String(need.requirement.target),
            nearest(unmatched, catalog: catalog, learning: learning),
        ]
    }

    /// "pm-gov-5-shadow-assurance reaches 2", "none above level 2", "none builds it".
    static func nearest(_ unmatched: UnmatchedNeed, catalog: Catalog, learning: LearningCatalogue) -> String {
        if let item = unmatched.nearestItem, let level = unmatched.nearestLevel { return "\(learning.items[item].id) reaches \(level)" }
        let competencyID = catalog.competencies[unmatched.need.requirement.competency].id
        if learning.items(lifting: competencyID).isEmpty { return "none builds it" }
        return "none above level \(RequirementFields.text(unmatched.need.requirement.effectiveLevel))"
    }

    // MARK: - CSV

    /// One row per assessed need: status `plan` (with its item and, with a budget, whether
    /// it is bought), `no item`, or `booked`.
    public static func csv(_ plan: TrainingPlan, catalog: Catalog, learning: LearningCatalogue, writer: CSVWriter = CSVWriter()) -> String {
        var output = writer.beginDocument(header: csvHeader, expectedRows: plan.assessedNeedCount)
        func needFields(_ need: TrainingNeed) -> [String] {
            let person = plan.people[need.personIndex]
            let competency = catalog.competencies[need.requirement.competency]
            return [
                competency.id, competency.name, person.login, person.name, person.teamID, String(need.requirement.target),
                RequirementFields.optional(need.requirement.effectiveLevel), String(need.requirement.gap), String(need.priority),
            ]
        }
        for (rank, group) in plan.groups.enumerated() {
            let item = learning.items[group.item]
            let itemFields = [
                String(rank + 1), item.id, item.title, item.provider, item.format.rawValue, DevelopmentFields.hours(item.hours),
                String(item.cost.perPerson), item.cost.cohort.map { String($0.price) } ?? "", item.cost.cohort.map { String($0.size) } ?? "",
                String(item.cost.isIndicative),
            ]
            for (index, seat) in group.seats.enumerated() {
                for need in group.needs(of: seat) {
                    let boughtText = plan.budget.map { String($0.isBought(group: rank, seat: index)) } ?? ""
                    writer.append(["plan"] + itemFields + needFields(need) + [boughtText], to: &output)
                }
            }
        }
        let noItem = [String](repeating: "", count: 10)
        for unmatched in plan.unmatched { writer.append(["no item"] + noItem + needFields(unmatched.need) + [""], to: &output) }
        for need in plan.inHand { writer.append(["booked"] + noItem + needFields(need) + [""], to: &output) }
        return output
    }

    // MARK: - JSON

    public static func json(_ plan: TrainingPlan, catalog: Catalog, learning: LearningCatalogue) -> String {
        func needValue(_ need: TrainingNeed) -> JSONValue {
            let competency = catalog.competencies[need.requirement.competency]
            return .object(
                JSONObject([
                    ("competency_id", .string(competency.id)), ("competency_name", .string(competency.name)),
                    ("target", .int(need.requirement.target)), ("effective", .optional(need.requirement.effectiveLevel) { .int($0) }),
                    ("gap", .int(need.requirement.gap)), ("priority", .int(need.priority)),
                ]))
        }
        func personMembers(_ index: Int) -> [(key: String, value: JSONValue)] {
            let person = plan.people[index]
            return [("login", .string(person.login)), ("name", .string(person.name)), ("team", .string(person.teamID))]
        }
        let items: [JSONValue] = plan.groups.enumerated().map { rank, group in
            let item = learning.items[group.item]
            var object = JSONObject([
                ("rank", .int(rank + 1)), ("item_id", .string(item.id)), ("title", .string(item.title)), ("provider", .string(item.provider)),
                ("format", .string(item.format.rawValue)), ("hours", .double(item.hours)), ("url", .optional(item.url) { .string($0) }),
                ("price_per_person", .int(item.cost.perPerson)),
                ("cohort", .optional(item.cost.cohort) { ["price": .int($0.price), "size": .int($0.size)] }),
                ("indicative", .bool(item.cost.isIndicative)), ("people", .int(group.headcount)), ("needs", .int(group.needCount)),
                ("priority", .int(group.priority)), ("cost", .int(group.cost)), ("cohorts", .int(group.cohorts)),
                ("total_hours", .double(group.totalHours)),
                ("competencies", .array(group.competencies.map { .string(catalog.competencies[$0].id) })),
            ])
            if let budget = plan.budget { object["bought_places"] = .int(budget.seatsBought[rank]) }
            object["seats"] = .array(
                group.seats.enumerated().map { index, seat in
                    var members = JSONObject(personMembers(seat.personIndex) + [("priority", .int(seat.priority))])
                    if let budget = plan.budget { members["bought"] = .bool(budget.isBought(group: rank, seat: index)) }
                    members["needs"] = .array(group.needs(of: seat).map(needValue))
                    return .object(members)
                })
            return .object(object)
        }
        let unmatched: [JSONValue] = plan.unmatched.map { entry in
            guard case .object(var object) = needValue(entry.need) else { return .null }
            for member in personMembers(entry.need.personIndex) { object[member.key] = member.value }
            object["nearest_item"] = .optional(entry.nearestItem) { .string(learning.items[$0].id) }
            object["nearest_level"] = .optional(entry.nearestLevel) { .int($0) }
            return .object(object)
        }
        let inHand: [JSONValue] = plan.inHand.map { need in
            guard case .object(var object) = needValue(need) else { return .null }
            for member in personMembers(need.personIndex) { object[member.key] = member.value }
            return .object(object)
        }
        var root = JSONObject([
            ("scope", .string(plan.teamID == nil ? "organisation" : "team")), ("team", .optional(plan.teamID) { .string($0) }),
            ("currency", .string(plan.currency)), ("people", .int(plan.people.count)), ("assessed_needs", .int(plan.assessedNeedCount)),
            ("unrated_left_out", .int(plan.unratedCount)),
            (
                "total",
                [
                    "places": .int(plan.placeCount), "hours": .double(plan.totalHours), "cost": .int(plan.totalCost),
                    "priority": .int(plan.matchedPriority), "priority_without_item": .int(plan.unmatchedPriority),
                    "indicative": .bool(plan.hasIndicativeCosts),
                ]
            ),
        ])
        root["budget"] = .optional(plan.budget) { budget in
            [
                "amount": .int(budget.budget), "method": .string(budget.method.rawValue), "places": .int(budget.seatsBought.reduce(0, +)),
                "cost": .int(budget.cost), "priority": .int(budget.priority),
            ]
        }
        root["items"] = .array(items)
        root["without_item"] = .array(unmatched)
        root["booked"] = .array(inHand)
        return JSONWriter.string(.object(root))
    }

    // MARK: - Markdown

    public static func markdown(_ plan: TrainingPlan, catalog: Catalog, learning: LearningCatalogue) -> String {
        let escape = TrainingNeedsFormat.escape
        var output = "# Training plan: \(scopeTitle(plan))\n\n\(summary(plan)).\n\n\(basis) \(escape(notes(plan)))\n"
        if !plan.groups.isEmpty {
            output += "\n| Rank | Item | Format | People | Needs | Priority | Hours | Cost |"
            output += plan.budget == nil ? "\n|---:|---|---|---:|---:|---:|---:|---:|\n" : " Buy |\n|---:|---|---|---:|---:|---:|---:|---:|---:|\n"
            for (rank, group) in plan.groups.enumerated() {
                let item = learning.items[group.item]
                output += "| \(rank + 1) | \(escape(item.title)) | \(item.format.rawValue) | \(group.headcount) | \(group.needCount) | "
                output += "\(group.priority) | \(DevelopmentFields.hours(group.totalHours)) | "
                output += escape(DevelopmentFields.money(group.cost, currency: plan.currency, indicative: group.pricing.isIndicative)) + " |"
                output += plan.budget.map { " \($0.seatsBought[rank]) |\n" } ?? "\n"
            }
            output += "\n" + escape(totalLine(plan)) + ".\n"
            if let budget = plan.budget { output += "\n" + escape(budgetLine(plan, budget)) + ".\n" }
        }
        for (rank, group) in plan.groups.enumerated() {
            let item = learning.items[group.item]
            output += "\n## \(rank + 1). \(escape(item.title))\n\n"
            output += "`\(item.id)` · \(item.format.rawValue) · \(DevelopmentFields.hours(item.hours)) h · \(escape(item.provider))"
            output += (item.url.map { " · <\($0)>" } ?? "") + "\n\n"
            output += "\(DevelopmentFields.people(group.headcount)) · priority \(group.priority) · "
            output += escape(DevelopmentFields.money(group.cost, currency: plan.currency, indicative: group.pricing.isIndicative))
            output += " (\(escape(DevelopmentFields.purchase(group.pricing, people: group.headcount, currency: plan.currency))))\n\n"
            output += "| Priority | Person | Team | Needs closed (level now->target) |" + (plan.budget == nil ? "\n|---:|---|---|---|\n" : " Budget |\n|---:|---|---|---|---|\n")
            for (index, seat) in group.seats.enumerated() {
                let person = plan.people[seat.personIndex]
                output += "| \(seat.priority) | \(escape(DevelopmentFields.person(person))) | \(escape(person.teamID)) | "
                output += escape(group.needs(of: seat).map { DevelopmentFields.need($0, catalog: catalog) }.joined(separator: ", ")) + " |"
                output += bought(plan, group: rank, seat: index).map { " \($0) |\n" } ?? "\n"
            }
        }
        if !plan.unmatched.isEmpty {
            output += "\n## Needs no catalogue item closes\n\n| Priority | Competency | Person | Team | At | Target | Nearest item |\n"
            output += "|---:|---|---|---|---:|---:|---|\n"
            for unmatched in plan.unmatched {
                output += "| " + unmatchedCells(unmatched, plan: plan, catalog: catalog, learning: learning).map(escape).joined(separator: " | ") + " |\n"
            }
        }
        if !plan.inHand.isEmpty {
            output += "\n## Already booked or awaiting a re-rate\n\n"
            for need in plan.inHand {
                output += "- \(escape(DevelopmentFields.person(plan.people[need.personIndex]))): \(escape(DevelopmentFields.need(need, catalog: catalog)))\n"
            }
        }
        return output
    }
}
