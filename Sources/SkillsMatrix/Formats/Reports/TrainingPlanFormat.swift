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

    /// How the plan is made, in English: `report training-plan --help` says it.
    public static var basis: String { DevelopmentReportWords.english.trainingPlanBasis }

    static func scopeTitle(_ plan: TrainingPlan, words: DevelopmentReportWords) -> String {
        words.language.messages.trainingScope(team: plan.teamID)
    }

    static func summary(_ plan: TrainingPlan, words: DevelopmentReportWords) -> String {
        words.trainingPlanSummary(
            people: plan.people.count, assessed: plan.assessedNeedCount, closed: plan.matchedNeedCount, items: plan.groups.count,
            without: plan.unmatched.count, booked: plan.inHand.count)
    }

    static func notes(_ plan: TrainingPlan, words: DevelopmentReportWords) -> String {
        words.trainingPlanNotes(currency: plan.currency, indicative: plan.hasIndicativeCosts, unrated: plan.unratedCount)
    }

    static func totalLine(_ plan: TrainingPlan, words: DevelopmentReportWords) -> String {
        words.trainingPlanTotal(
            places: plan.placeCount, hours: words.plans.hours(plan.totalHours),
            cost: words.plans.money(plan.totalCost, currency: plan.currency, indicative: plan.hasIndicativeCosts),
            priority: plan.matchedPriority, of: plan.matchedPriority + plan.unmatchedPriority, restUnmatched: plan.unmatchedPriority > 0)
    }

    static func bought(_ plan: TrainingPlan, group: Int, seat: Int, words: DevelopmentReportWords) -> String? {
        plan.budget.map { $0.isBought(group: group, seat: seat) ? words.plans.buy : words.plans.later }
    }

    /// An item's second and third lines: "course · 7 h · provider", "3 people · priority 12 · £900 (3 places at £300)".
    static func itemLines(_ group: TrainingPlanGroup, item: LearningItem, currency: String, words: DevelopmentReportWords) -> (about: String, cost: String) {
        let plans = words.plans
        let about = "\(plans.format(item.format)) · \(plans.hours(item.hours)) \(words.hoursUnit) · "
        let cost = "\(words.people(group.headcount)) · \(words.priority) \(group.priority) · "
            + plans.money(group.cost, currency: currency, indicative: group.pricing.isIndicative)
        return (about, cost + " (\(plans.purchase(group.pricing, people: group.headcount, currency: currency)))")
    }

    // MARK: - Text

    /// The plan in `language`: the summary table, a section per item, the needs without an item.
    public static func text(_ plan: TrainingPlan, catalog: Catalog, learning: LearningCatalogue, language: Language) -> String {
        let words = language.messages.developmentReports
        let plans = words.plans
        let column = language.messages.columns
        let catalog = catalog.localized(language)
        var output = "\(words.trainingPlanTitle(scope: scopeTitle(plan, words: words))) (\(summary(plan, words: words)))\n"
        output += "\(words.trainingPlanBasis)\n\(notes(plan, words: words))\n"
        if plan.groups.isEmpty, plan.unmatched.isEmpty {
            return output + "\n" + plans.nothingTrainingCloses + "\n"
        }
        if !plan.groups.isEmpty {
            var table = TextTable(
                [
                    .init(plans.columnRank, alignRight: true), .init(plans.columnItem, maximumWidth: 40), .init(plans.columnFormat),
                    .init(plans.columnPeople, alignRight: true), .init(words.columnNeeds, alignRight: true),
                    .init(column.priority, alignRight: true), .init(plans.columnHours, alignRight: true), .init(plans.columnCost, alignRight: true),
                ] + (plan.budget == nil ? [] : [.init(plans.columnBuy, alignRight: true)]))
            for (rank, group) in plan.groups.enumerated() {
                let item = learning.items[group.item]
                table.append(
                    [
                        String(rank + 1), item.id, plans.format(item.format), String(group.headcount), String(group.needCount),
                        String(group.priority), plans.hours(group.totalHours),
                        plans.money(group.cost, currency: plan.currency, indicative: group.pricing.isIndicative),
                    ] + (plan.budget.map { [String($0.seatsBought[rank])] } ?? []))
            }
            output += "\n" + table.render() + totalLine(plan, words: words) + "\n"
            if let budget = plan.budget { output += words.trainingPlanBudget(plan, budget) + "\n" }
        }
        for (rank, group) in plan.groups.enumerated() {
            let item = learning.items[group.item]
            let lines = itemLines(group, item: item, currency: plan.currency, words: words)
            output += "\n\(rank + 1). \(item.title(in: language)) (\(item.id))\n"
            output += "   " + lines.about + item.provider + (item.url.map { " · \($0)" } ?? "") + "\n"
            output += "   " + lines.cost + "\n"
            var table = TextTable(
                [
                    .init(column.priority, alignRight: true), .init(column.person, maximumWidth: 34), .init(column.team, maximumWidth: 24),
                    .init(words.columnNeedsClosed, maximumWidth: 80),
                ] + (plan.budget == nil ? [] : [.init(words.columnBudget)]))
            for (index, seat) in group.seats.enumerated() {
                let person = plan.people[seat.personIndex]
                table.append(
                    [
                        String(seat.priority), DevelopmentFields.person(person), person.teamID,
                        group.needs(of: seat).map { DevelopmentFields.need($0, catalog: catalog) }.joined(separator: ", "),
                    ] + (bought(plan, group: rank, seat: index, words: words).map { [$0] } ?? []))
            }
            output += table.render(indent: "     ")
        }
        if !plan.unmatched.isEmpty {
            output += "\n" + words.unmatchedHeading(plan.unmatched.count) + "\n"
            var table = TextTable([
                .init(column.priority, alignRight: true), .init(column.competency, maximumWidth: 40), .init(column.person, maximumWidth: 34),
                .init(column.team, maximumWidth: 24), .init(words.columnAt, alignRight: true), .init(column.target, alignRight: true),
                .init(words.columnNearestItem),
            ])
            for unmatched in plan.unmatched {
                table.append(unmatchedCells(unmatched, plan: plan, catalog: catalog, learning: learning, words: words))
            }
            output += table.render(indent: "  ")
        }
        if !plan.inHand.isEmpty {
            output += "\n" + words.inHandHeading(plan.inHand.count)
            output += plan.inHand.map { "\(plan.people[$0.personIndex].login) \(catalog.competencies[$0.competency].id)" }
                .joined(separator: ", ") + "\n"
        }
        return output
    }

    private static func unmatchedCells(
        _ unmatched: UnmatchedNeed, plan: TrainingPlan, catalog: Catalog, learning: LearningCatalogue, words: DevelopmentReportWords
    ) -> [String] {
        let need = unmatched.need
        let person = plan.people[need.personIndex]
        let competency = catalog.competencies[need.competency]
        return [
            String(need.priority), "\(competency.id) \(competency.name)", DevelopmentFields.person(person), person.teamID,
            RequirementFields.text(need.effectiveLevel), String(need.target),
            words.plans.nearest(unmatched, catalog: catalog, learning: learning),
        ]
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
    /// an item and those in hand, in `language`. Streamed row by row into `output`.
    public static func markdown(
        _ plan: TrainingPlan, catalog: Catalog, learning: LearningCatalogue, language: Language, to output: inout ByteOutput
    ) throws {
        let escape = TrainingNeedsFormat.escape
        let words = language.messages.developmentReports
        let plans = words.plans
        let column = language.messages.columns
        let catalog = catalog.localized(language)
        func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
        output.write("# \(escape(words.trainingPlanTitle(scope: scopeTitle(plan, words: words))))\n\n\(escape(summary(plan, words: words))).\n\n")
        output.write("\(escape(words.trainingPlanBasis)) \(escape(notes(plan, words: words)))\n")
        if !plan.groups.isEmpty {
            let header = [
                plans.columnRank, plans.columnItem, plans.columnFormat, plans.columnPeople, words.columnNeeds, column.priority,
                plans.columnHours, plans.columnCost,
            ]
            output.write("\n" + row(header))
            output.write(plan.budget == nil ? "\n" : " \(plans.columnBuy) |\n")
            output.write("|---:|---|---|---:|---:|---:|---:|---:|" + (plan.budget == nil ? "\n" : "---:|\n"))
            for (rank, group) in plan.groups.enumerated() {
                let item = learning.items[group.item]
                var line = "| \(rank + 1) | \(escape(item.title(in: language))) | \(escape(plans.format(item.format))) | "
                line += "\(group.headcount) | \(group.needCount) | "
                line += "\(group.priority) | \(plans.hours(group.totalHours)) | "
                line += escape(plans.money(group.cost, currency: plan.currency, indicative: group.pricing.isIndicative)) + " |"
                line += plan.budget.map { " \($0.seatsBought[rank]) |\n" } ?? "\n"
                output.write(line)
            }
            output.write("\n" + escape(totalLine(plan, words: words)) + ".\n")
            if let budget = plan.budget { output.write("\n" + escape(words.trainingPlanBudget(plan, budget)) + ".\n") }
        }
        // The headers are the catalogue's own words: written as they are ("now->target").
        let seatHeader = [column.priority, column.person, column.team, words.columnNeedsClosed]
        for (rank, group) in plan.groups.enumerated() {
            let item = learning.items[group.item]
            let lines = itemLines(group, item: item, currency: plan.currency, words: words)
            var heading = "\n## \(rank + 1). \(escape(item.title(in: language)))\n\n"
            heading += "`\(item.id)` · \(escape(lines.about))\(escape(item.provider))" + (item.url.map { " · <\($0)>" } ?? "") + "\n\n"
            heading += escape(lines.cost) + "\n\n" + row(seatHeader)
            heading += plan.budget == nil ? "\n|---:|---|---|---|\n" : " \(words.columnBudget) |\n|---:|---|---|---|---|\n"
            output.write(heading)
            for (index, seat) in group.seats.enumerated() {
                let person = plan.people[seat.personIndex]
                var line = "| \(seat.priority) | \(escape(DevelopmentFields.person(person))) | \(escape(person.teamID)) | "
                line += escape(group.needs(of: seat).map { DevelopmentFields.need($0, catalog: catalog) }.joined(separator: ", ")) + " |"
                line += bought(plan, group: rank, seat: index, words: words).map { " \($0) |\n" } ?? "\n"
                output.write(line)
                try output.flushIfFull()
            }
        }
        if !plan.unmatched.isEmpty {
            let header = [
                column.priority, column.competency, column.person, column.team, words.columnAt, column.target, words.columnNearestItem,
            ]
            output.write("\n## \(escape(words.unmatchedTitle))\n\n\(row(header))\n|---:|---|---|---|---:|---:|---|\n")
            for unmatched in plan.unmatched {
                output.write(row(unmatchedCells(unmatched, plan: plan, catalog: catalog, learning: learning, words: words).map(escape)) + "\n")
                try output.flushIfFull()
            }
        }
        if !plan.inHand.isEmpty {
            output.write("\n## \(escape(words.inHandTitle))\n\n")
            for need in plan.inHand {
                output.write("- \(escape(DevelopmentFields.person(plan.people[need.personIndex]))): \(escape(DevelopmentFields.need(need, catalog: catalog)))\n")
                try output.flushIfFull()
            }
        }
        try output.flush()
    }
}
