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

    public static func scopeTitle(_ plan: TrainingPlan) -> String { plan.teamID.map { "team \($0)" } ?? "whole organisation" }

    public static func summary(_ plan: TrainingPlan) -> String {
        var parts = [
            "\(plan.matchedNeedCount) closed by \(DevelopmentFields.count(plan.groups.count, "catalogue item"))", "\(plan.unmatched.count) without one",
        ]
        if !plan.inHand.isEmpty { parts.append("\(plan.inHand.count) already booked") }
        return "\(DevelopmentFields.people(plan.people.count)); \(plan.assessedNeedCount) assessed needs: " + parts.joined(separator: ", ")
    }

    public static func notes(_ plan: TrainingPlan) -> String {
        var text = "Costs in \(plan.currency)"
        if plan.hasIndicativeCosts { text += "; * marks an indicative price, not a quote" }
        text += "."
        if plan.unratedCount > 0 {
            text += " Left out: \(plan.unratedCount) unrated requirements (missing assessments, not needs)."
        }
        return text
    }

    public static func totalLine(_ plan: TrainingPlan) -> String {
        let all = plan.matchedPriority + plan.unmatchedPriority
        return "Everything: \(DevelopmentFields.count(plan.placeCount, "place")), \(DevelopmentFields.hours(plan.totalHours)) hours, "
            + "\(DevelopmentFields.money(plan.totalCost, currency: plan.currency, indicative: plan.hasIndicativeCosts)), "
            + "covering priority \(plan.matchedPriority) of \(all)"
            + (plan.unmatchedPriority > 0 ? " (the rest has no catalogue item)" : "")
    }

    public static func budgetLine(_ plan: TrainingPlan, _ budget: BudgetSelection) -> String {
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
            output += plan.inHand.map { "\(plan.people[$0.personIndex].login) \(catalog.competencies[$0.competency].id)" }
                .joined(separator: ", ") + "\n"
        }
        return output
    }

    private static func unmatchedCells(_ unmatched: UnmatchedNeed, plan: TrainingPlan, catalog: Catalog, learning: LearningCatalogue) -> [String] {
        let need = unmatched.need
        let person = plan.people[need.personIndex]
        let competency = catalog.competencies[need.competency]
        return [
            String(need.priority), "\(competency.id) \(competency.name)", DevelopmentFields.person(person), person.teamID,
            RequirementFields.text(need.effectiveLevel), String(need.target),
            nearest(unmatched, catalog: catalog, learning: learning),
        ]
    }

    /// "pm-gov-5-shadow-assurance reaches 2", "none above level 2", "none builds it".
    public static func nearest(_ unmatched: UnmatchedNeed, catalog: Catalog, learning: LearningCatalogue) -> String {
        if let item = unmatched.nearestItem, let level = unmatched.nearestLevel { return "\(learning.items[item].id) reaches \(level)" }
        let competencyID = catalog.competencies[unmatched.need.competency].id
        if learning.items(lifting: competencyID).isEmpty { return "none builds it" }
        return "none above level \(RequirementFields.text(unmatched.need.effectiveLevel))"
    }

    // MARK: - CSV

    /// One row per assessed need: status `plan` (with its item and, with a budget, whether
    /// it is bought), `no item`, or `booked`. Streamed row by row into `output`.
    public static func csv(
        _ plan: TrainingPlan, catalog: Catalog, learning: LearningCatalogue, writer: CSVWriter = CSVWriter(), to output: inout ByteOutput
    ) throws {
        writer.writeStart(header: csvHeader, to: &output)
        func writeNeed(_ need: PlannedNeed, _ output: inout ByteOutput) {
            let person = plan.people[need.personIndex]
            let competency = catalog.competencies[need.competency]
            writer.writeNext(competency.id, to: &output)
            writer.writeNext(competency.name, to: &output)
            writer.writeNext(person.login, to: &output)
            writer.writeNext(person.name, to: &output)
            writer.writeNext(person.teamID, to: &output)
            writer.writeNext(need.target, to: &output)
            writer.writeNext(need.effectiveLevel, to: &output)
            writer.writeNext(need.gap, to: &output)
            writer.writeNext(need.priority, to: &output)
        }
        for (rank, group) in plan.groups.enumerated() {
            // The item's fields are the same on every row of the group: encoded once.
            let item = learning.items[group.item]
            var itemFields = ByteOutput()
            writer.writeField("plan", to: &itemFields)
            writer.writeNext(rank + 1, to: &itemFields)
            writer.writeNext(item.id, to: &itemFields)
            writer.writeNext(item.title, to: &itemFields)
            writer.writeNext(item.provider, to: &itemFields)
            writer.writeNext(item.format.rawValue, to: &itemFields)
            writer.writeNext(DevelopmentFields.hours(item.hours), to: &itemFields)
            writer.writeNext(item.cost.perPerson, to: &itemFields)
            writer.writeNext(item.cost.cohort?.price, to: &itemFields)
            writer.writeNext(item.cost.cohort?.size, to: &itemFields)
            writer.writeNext(item.cost.isIndicative, to: &itemFields)
            let prefix = itemFields.bytes
            for (index, seat) in group.seats.enumerated() {
                let bought = plan.budget?.isBought(group: rank, seat: index)
                for need in group.needs(of: seat) {
                    output.write(bytes: prefix)
                    writeNeed(need, &output)
                    if let bought { writer.writeNext(bought, to: &output) } else { writer.separate(&output) }
                    writer.endRecord(&output)
                    try output.flushIfFull()
                }
            }
        }
        let noItem = String(repeating: ",", count: 10)
        for (status, needs) in [("no item", plan.unmatched.map(\.need)), ("booked", plan.inHand)] {
            for need in needs {
                writer.writeField(status, to: &output)
                output.write(noItem)
                writeNeed(need, &output)
                writer.separate(&output)
                writer.endRecord(&output)
                try output.flushIfFull()
            }
        }
        try output.flush()
    }

    // MARK: - JSON

    /// The scope, totals and budget; then `items` (each with its seats and their needs),
    /// `without_item` and `booked`. Streamed seat by seat into `output`.
    public static func json(_ plan: TrainingPlan, catalog: Catalog, learning: LearningCatalogue, to output: inout ByteOutput) throws {
        func needMembers(_ need: PlannedNeed) -> [(key: String, value: JSONValue)] {
            let competency = catalog.competencies[need.competency]
            return [
                ("competency_id", .string(competency.id)), ("competency_name", .string(competency.name)),
                ("target", .int(need.target)), ("effective", .optional(need.effectiveLevel) { .int($0) }),
                ("gap", .int(need.gap)), ("priority", .int(need.priority)),
            ]
        }
        func personMembers(_ index: Int) -> [(key: String, value: JSONValue)] {
            let person = plan.people[index]
            return [("login", .string(person.login)), ("name", .string(person.name)), ("team", .string(person.teamID))]
        }
        output.write(byte: UInt8(ascii: "{"))
        JSONWriter.writeLeadingMembers(
            [
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
                (
                    "budget",
                    .optional(plan.budget) { budget in
                        [
                            "amount": .int(budget.budget), "method": .string(budget.method.rawValue),
                            "places": .int(budget.seatsBought.reduce(0, +)), "cost": .int(budget.cost), "priority": .int(budget.priority),
                        ]
                    }
                ),
            ], to: &output, indent: 1)
        JSONWriter.newline(&output, indent: 1)
        JSONWriter.writeKey("items", to: &output)
        try JSONWriter.writeArray(count: plan.groups.count, indent: 1, to: &output) { rank, output in
            let group = plan.groups[rank]
            let item = learning.items[group.item]
            var members: [(key: String, value: JSONValue)] = [
                ("rank", .int(rank + 1)), ("item_id", .string(item.id)), ("title", .string(item.title)), ("provider", .string(item.provider)),
                ("format", .string(item.format.rawValue)), ("hours", .double(item.hours)), ("url", .optional(item.url) { .string($0) }),
                ("price_per_person", .int(item.cost.perPerson)),
                ("cohort", .optional(item.cost.cohort) { ["price": .int($0.price), "size": .int($0.size)] }),
                ("indicative", .bool(item.cost.isIndicative)), ("people", .int(group.headcount)), ("needs", .int(group.needCount)),
                ("priority", .int(group.priority)), ("cost", .int(group.cost)), ("cohorts", .int(group.cohorts)),
                ("total_hours", .double(group.totalHours)),
                ("competencies", .array(group.competencies.map { .string(catalog.competencies[$0].id) })),
            ]
            if let budget = plan.budget { members.append(("bought_places", .int(budget.seatsBought[rank]))) }
            output.write(byte: UInt8(ascii: "{"))
            JSONWriter.writeLeadingMembers(members, to: &output, indent: 3)
            JSONWriter.newline(&output, indent: 3)
            JSONWriter.writeKey("seats", to: &output)
            try JSONWriter.writeArray(count: group.seats.count, indent: 3, to: &output) { index, output in
                let seat = group.seats[index]
                var seatMembers = personMembers(seat.personIndex) + [("priority", .int(seat.priority))]
                if let budget = plan.budget { seatMembers.append(("bought", .bool(budget.isBought(group: rank, seat: index)))) }
                seatMembers.append(("needs", .array(group.needs(of: seat).map { .object(JSONObject(needMembers($0))) })))
                JSONWriter.write(.object(JSONObject(seatMembers)), to: &output, indent: 4)
            }
            JSONWriter.newline(&output, indent: 2)
            output.write(byte: UInt8(ascii: "}"))
        }
        output.write(byte: UInt8(ascii: ","))
        JSONWriter.newline(&output, indent: 1)
        JSONWriter.writeKey("without_item", to: &output)
        try JSONWriter.writeArray(count: plan.unmatched.count, indent: 1, to: &output) { position, output in
            let entry = plan.unmatched[position]
            let members = needMembers(entry.need) + personMembers(entry.need.personIndex) + [
                ("nearest_item", .optional(entry.nearestItem) { .string(learning.items[$0].id) }),
                ("nearest_level", .optional(entry.nearestLevel) { .int($0) }),
            ]
            JSONWriter.write(.object(JSONObject(members)), to: &output, indent: 2)
        }
        output.write(byte: UInt8(ascii: ","))
        JSONWriter.newline(&output, indent: 1)
        JSONWriter.writeKey("booked", to: &output)
        try JSONWriter.writeArray(count: plan.inHand.count, indent: 1, to: &output) { position, output in
            let need = plan.inHand[position]
            JSONWriter.write(.object(JSONObject(needMembers(need) + personMembers(need.personIndex))), to: &output, indent: 2)
        }
        JSONWriter.newline(&output, indent: 0)
        output.write("}\n" as StaticString)
        try output.flush()
    }

    // MARK: - Markdown

    /// The summary table, then a section per item with its seats, then the needs without
    /// an item and those in hand. Streamed row by row into `output`.
    public static func markdown(_ plan: TrainingPlan, catalog: Catalog, learning: LearningCatalogue, to output: inout ByteOutput) throws {
        let escape = TrainingNeedsFormat.escape
        output.write("# Training plan: \(scopeTitle(plan))\n\n\(summary(plan)).\n\n\(basis) \(escape(notes(plan)))\n")
        if !plan.groups.isEmpty {
            output.write("\n| Rank | Item | Format | People | Needs | Priority | Hours | Cost |" as StaticString)
            output.write(plan.budget == nil ? "\n|---:|---|---|---:|---:|---:|---:|---:|\n" : " Buy |\n|---:|---|---|---:|---:|---:|---:|---:|---:|\n")
            for (rank, group) in plan.groups.enumerated() {
                let item = learning.items[group.item]
                var line = "| \(rank + 1) | \(escape(item.title)) | \(item.format.rawValue) | \(group.headcount) | \(group.needCount) | "
                line += "\(group.priority) | \(DevelopmentFields.hours(group.totalHours)) | "
                line += escape(DevelopmentFields.money(group.cost, currency: plan.currency, indicative: group.pricing.isIndicative)) + " |"
                line += plan.budget.map { " \($0.seatsBought[rank]) |\n" } ?? "\n"
                output.write(line)
            }
            output.write("\n" + escape(totalLine(plan)) + ".\n")
            if let budget = plan.budget { output.write("\n" + escape(budgetLine(plan, budget)) + ".\n") }
        }
        for (rank, group) in plan.groups.enumerated() {
            let item = learning.items[group.item]
            var heading = "\n## \(rank + 1). \(escape(item.title))\n\n"
            heading += "`\(item.id)` · \(item.format.rawValue) · \(DevelopmentFields.hours(item.hours)) h · \(escape(item.provider))"
            heading += (item.url.map { " · <\($0)>" } ?? "") + "\n\n"
            heading += "\(DevelopmentFields.people(group.headcount)) · priority \(group.priority) · "
            heading += escape(DevelopmentFields.money(group.cost, currency: plan.currency, indicative: group.pricing.isIndicative))
            heading += " (\(escape(DevelopmentFields.purchase(group.pricing, people: group.headcount, currency: plan.currency))))\n\n"
            heading += "| Priority | Person | Team | Needs closed (level now->target) |"
            heading += plan.budget == nil ? "\n|---:|---|---|---|\n" : " Budget |\n|---:|---|---|---|---|\n"
            output.write(heading)
            for (index, seat) in group.seats.enumerated() {
                let person = plan.people[seat.personIndex]
                var line = "| \(seat.priority) | \(escape(DevelopmentFields.person(person))) | \(escape(person.teamID)) | "
                line += escape(group.needs(of: seat).map { DevelopmentFields.need($0, catalog: catalog) }.joined(separator: ", ")) + " |"
                line += bought(plan, group: rank, seat: index).map { " \($0) |\n" } ?? "\n"
                output.write(line)
                try output.flushIfFull()
            }
        }
        if !plan.unmatched.isEmpty {
            output.write("\n## Needs no catalogue item closes\n\n| Priority | Competency | Person | Team | At | Target | Nearest item |\n" as StaticString)
            output.write("|---:|---|---|---|---:|---:|---|\n" as StaticString)
            for unmatched in plan.unmatched {
                output.write("| " + unmatchedCells(unmatched, plan: plan, catalog: catalog, learning: learning).map(escape).joined(separator: " | ") + " |\n")
                try output.flushIfFull()
            }
        }
        if !plan.inHand.isEmpty {
            output.write("\n## Already booked or awaiting a re-rate\n\n" as StaticString)
            for need in plan.inHand {
                output.write("- \(escape(DevelopmentFields.person(plan.people[need.personIndex]))): \(escape(DevelopmentFields.need(need, catalog: catalog)))\n")
                try output.flushIfFull()
            }
        }
        try output.flush()
    }
}
