/// Renders a `DevelopmentPlansReport` as text, CSV or JSON.
public enum DevelopmentPlansFormat {
    public static let formats: [ReportFormat] = [.text, .csv, .json]

    public static let csvHeader = [
        "item_no", "team", "login", "name", "competency_id", "learning_item", "description", "state", "target_date", "overdue",
        "price_per_person", "created_by", "created_at", "changed_at",
    ]

    static func summary(_ report: DevelopmentPlansReport, words: DevelopmentReportWords) -> String {
        let states = PlanState.allCases.map { words.stateCount(report.count($0), $0) }.joined(separator: ", ")
        return words.plansSummary(
            withPlans: report.peopleWithPlans, people: report.people.count, share: words.share(report.peopleWithPlans, of: report.people.count),
            states: states, overdue: report.overdueCount,
            spend: words.plans.money(report.bookedSpend, currency: report.currency, indicative: report.hasIndicativeCosts))
    }

    // MARK: - Text

    /// The counts, a line per team when there are several, and a row per plan item, in `language`.
    public static func text(_ report: DevelopmentPlansReport, catalog: Catalog, learning: LearningCatalogue, language: Language) -> String {
        let words = language.messages.developmentReports
        let plans = words.plans
        let column = language.messages.columns
        let scope = report.teamID.map(words.team) ?? (report.people.count == 1 ? DevelopmentFields.person(report.people[0]) : plans.everyoneYouMaySee)
        var output = "\(words.plansTitle(scope: scope, asOf: report.today))\n\(summary(report, words: words))\n"
        let teams = report.teams
        if teams.count > 1 {
            var table = TextTable([
                .init(column.team, maximumWidth: 40), .init(plans.columnPeople, alignRight: true), .init(plans.columnWithAPlan, alignRight: true),
                .init(plans.columnUptake, alignRight: true), .init(plans.columnOverdue, alignRight: true),
                .init(plans.columnBookedSpend, alignRight: true),
            ])
            for team in teams {
                table.append([
                    team.teamID, String(team.people), String(team.peopleWithPlans), words.share(team.peopleWithPlans, of: team.people),
                    String(team.overdue), plans.money(team.bookedSpend, currency: report.currency, indicative: team.hasIndicativeCosts),
                ])
            }
            output += "\n\(words.byTeam)\n" + table.render(indent: "  ")
        }
        if report.entries.isEmpty { return output + "\n" + plans.noPlanItems + "\n" }
        var table = TextTable([
            .init(plans.columnNumber, alignRight: true), .init(column.person, maximumWidth: 34), .init(column.competency),
            .init(plans.columnWhat, maximumWidth: 50), .init(plans.columnState), .init(plans.columnTargetDay), .init(plans.columnFlags),
        ])
        for entry in report.entries {
            table.append([
                String(entry.item.number), DevelopmentFields.person(entry.person), entry.item.competencyID,
                entry.item.title(in: learning, language: language), plans.state(entry.item.state), plans.day(entry.item.targetDate),
                entry.isOverdue ? plans.overdue : "",
            ])
        }
        return output + "\n" + table.render()
    }

    // MARK: - CSV

    /// One row per plan item, streamed into `output`.
    public static func csv(_ report: DevelopmentPlansReport, writer: CSVWriter = CSVWriter(), to output: inout ByteOutput) throws {
        writer.writeStart(header: csvHeader, to: &output)
        for entry in report.entries {
            let item = entry.item
            writer.writeField(item.number, to: &output)
            writer.writeNext(entry.person.teamID, to: &output)
            writer.writeNext(entry.person.login, to: &output)
            writer.writeNext(entry.person.name, to: &output)
            writer.writeNext(item.competencyID, to: &output)
            writer.writeNext(item.learningItemID ?? "", to: &output)
            writer.writeNext(item.text, to: &output)
            writer.writeNext(item.state.rawValue, to: &output)
            writer.writeNext(item.targetDate?.description ?? "", to: &output)
            writer.writeNext(entry.isOverdue, to: &output)
            writer.writeNext(entry.cost, to: &output)
            writer.writeNext(item.createdBy, to: &output)
            writer.writeNext(DateText.timestamp(item.createdAt), to: &output)
            writer.writeNext(DateText.timestamp(item.stateChangedAt), to: &output)
            writer.endRecord(&output)
            try output.flushIfFull()
        }
        try output.flush()
    }

    // MARK: - JSON

    /// The counts, then one object per plan item with its events, streamed into `output`.
    public static func json(_ report: DevelopmentPlansReport, learning: LearningCatalogue, to output: inout ByteOutput) throws {
        try JSONWriter.writeDocument(
            leading: [
                ("team", .optional(report.teamID) { .string($0) }), ("as_of", .string(report.today.description)),
                ("people", .int(report.people.count)), ("people_with_plans", .int(report.peopleWithPlans)),
                ("overdue", .int(report.overdueCount)), ("currency", .string(report.currency)),
                ("booked_spend", .int(report.bookedSpend)), ("indicative", .bool(report.hasIndicativeCosts)),
                ("states", .object(JSONObject(PlanState.allCases.map { ($0.rawValue, .int(report.count($0))) }))),
                (
                    "teams",
                    .array(
                        report.teams.map { team in
                            .object(
                                JSONObject([
                                    ("team", .string(team.teamID)), ("people", .int(team.people)),
                                    ("people_with_plans", .int(team.peopleWithPlans)), ("overdue", .int(team.overdue)),
                                    ("booked_spend", .int(team.bookedSpend)), ("indicative", .bool(team.hasIndicativeCosts)),
                                ]))
                        })
                ),
            ],
            arrayKey: "items", count: report.entries.count, to: &output
        ) { position in
            let entry = report.entries[position]
            let item = entry.item
            return .object(
                JSONObject([
                    ("item_no", .int(item.number)), ("team", .string(entry.person.teamID)),
                    ("login", .string(entry.person.login)), ("name", .string(entry.person.name)),
                    ("competency_id", .string(item.competencyID)),
                    ("learning_item", .optional(item.learningItemID) { .string($0) }),
                    ("title", .string(item.title(in: learning))), ("description", .string(item.text)),
                    ("state", .string(item.state.rawValue)),
                    ("target_date", .optional(item.targetDate) { .string($0.description) }),
                    ("overdue", .bool(entry.isOverdue)), ("price_per_person", .optional(entry.cost) { .int($0) }),
                    (
                        "events",
                        .array(
                            item.events.map { event in
                                .object(
                                    JSONObject([
                                        ("state", .string(event.state.rawValue)),
                                        ("target_date", .optional(event.targetDate) { .string($0.description) }),
                                        ("note", .string(event.note)), ("by", .string(event.actor)),
                                        ("at", .string(DateText.timestamp(event.at))),
                                    ]))
                            })
                    ),
                ]))
        }
    }
}
