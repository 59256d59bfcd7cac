import Foundation

/// Renders a `CompletionReport` as text, CSV (for a mail merge of reminders) or JSON.
public enum CompletionFormat {
    public static let formats: [ReportFormat] = [.text, .csv, .json]

    /// The CSV header; a mail merge relies on these names and this order.
    public static let csvHeader = [
        "cycle", "login", "name", "email", "team", "role", "done", "total", "percent", "last_activity", "due", "overdue",
    ]

    /// "closed DAY", "open, due DAY" or "open, overdue since DAY".
    public static func status(_ cycle: ReviewCycle, now: Date) -> String {
        if let closed = cycle.closedAt { return "closed \(DateText.day(closed))" }
        return cycle.isPastDue(at: now) ? "open, overdue since \(DateText.day(cycle.dueAt))" : "open, due \(DateText.day(cycle.dueAt))"
    }

    /// "Review cycle NAME · open, due 2026-12-15 · frameworks PM, DI · the organisation".
    public static func cycleLine(_ cycle: ReviewCycle, now: Date) -> String {
        "Review cycle \(cycle.name) · \(status(cycle, now: now)) · frameworks \(cycle.frameworkIDs.joined(separator: ", ")) · \(cycle.scopeDescription)"
    }

    // MARK: - Text

    /// The cycle, the totals and a row per team: what `cycle show` prints, and the top
    /// of the completion report.
    public static func summaryText(_ report: CompletionReport) -> String {
        var output = TerminalText.inertLines(cycleLine(report.cycle, now: report.now)) + "\n"
        output += "\(report.people.count) people · \(report.done) of \(report.total) items done (\(RequirementFields.percent(fraction(report.done, report.total)))) · "
        output += "\(report.completeCount) complete · \(report.overdue.count) overdue\n"
        if report.people.isEmpty { return output + "\nNobody in view is part of this cycle.\n" }
        var teams = TextTable([
            .init("Team", maximumWidth: 30), .init("People", alignRight: true), .init("Done", alignRight: true),
            .init("Total", alignRight: true), .init("%", alignRight: true), .init("Complete", alignRight: true),
            .init("Overdue", alignRight: true),
        ])
        for team in report.teams {
            teams.append([
                team.teamID, String(team.people), String(team.done), String(team.total), RequirementFields.percent(team.fraction),
                String(team.complete), String(team.overdue),
            ])
        }
        return output + "\n" + teams.render()
    }

    public static func text(_ report: CompletionReport) -> String {
        var output = summaryText(report)
        if report.people.isEmpty { return output }
        var people = TextTable([
            .init("Person", maximumWidth: 34), .init("Team", maximumWidth: 24), .init("Done", alignRight: true),
            .init("Last activity"), .init("Email", maximumWidth: 40), .init("Flags"),
        ])
        for completion in report.people {
            people.append([
                "\(completion.person.name) (\(completion.person.login))", completion.person.teamID,
                "\(completion.done)/\(completion.total)", completion.lastActivity.map(DateText.day) ?? "-",
                completion.person.email, completion.isOverdue(in: report.cycle, now: report.now) ? "overdue" : (completion.isComplete ? "complete" : ""),
            ])
        }
        output += "\n" + people.render()
        return output
    }

    static func fraction(_ done: Int, _ total: Int) -> Double { total == 0 ? 1 : Double(done) / Double(total) }

    /// The one line a person who is overdue sees when they connect.
    public static func reminder(_ cycle: ReviewCycle, _ completion: PersonCompletion) -> String {
        TerminalText.inert(
            "Reminder: review cycle \(cycle.name) was due \(DateText.day(cycle.dueAt)); you have done \(completion.done) of \(completion.total) items.")
    }

    // MARK: - CSV

    /// One row per person, by team and login. Streamed row by row.
    public static func csv(_ report: CompletionReport, writer: CSVWriter = CSVWriter(), to output: inout ByteOutput) throws {
        writer.writeStart(header: csvHeader, to: &output)
        let due = DateText.day(report.cycle.dueAt)
        for completion in report.people {
            let person = completion.person
            writer.writeField(report.cycle.name, to: &output)
            writer.writeNext(person.login, to: &output)
            writer.writeNext(person.name, to: &output)
            writer.writeNext(person.email, to: &output)
            writer.writeNext(person.teamID, to: &output)
            writer.writeNext(person.roleID, to: &output)
            writer.writeNext(completion.done, to: &output)
            writer.writeNext(completion.total, to: &output)
            writer.writeNext(Int((completion.fraction * 100).rounded()), to: &output)
            writer.writeNext(completion.lastActivity.map(DateText.day) ?? "", to: &output)
            writer.writeNext(due, to: &output)
            writer.writeNext(completion.isOverdue(in: report.cycle, now: report.now), to: &output)
            writer.endRecord(&output)
            try output.flushIfFull()
        }
        try output.flush()
    }

    // MARK: - JSON

    /// The cycle, the totals, `teams`, then `people` (streamed).
    public static func json(_ report: CompletionReport, to output: inout ByteOutput) throws {
        output.write(byte: UInt8(ascii: "{"))
        JSONWriter.writeLeadingMembers(
            [
                ("cycle", cycleJSON(report.cycle)),
                ("team", .optional(report.teamID) { .string($0) }),
                ("people", .int(report.people.count)),
                ("done", .int(report.done)),
                ("total", .int(report.total)),
                ("complete", .int(report.completeCount)),
                ("overdue", .int(report.overdue.count)),
                ("teams", .array(report.teams.map { team in
                    .object(JSONObject([
                        ("team", .string(team.teamID)), ("people", .int(team.people)), ("done", .int(team.done)),
                        ("total", .int(team.total)), ("complete", .int(team.complete)), ("overdue", .int(team.overdue)),
                    ]))
                })),
            ], to: &output, indent: 1)
        try JSONWriter.writeStreamedArray(key: "completion", report.people, to: &output, indent: 1) { completion in
            .object(JSONObject([
                ("login", .string(completion.person.login)), ("name", .string(completion.person.name)),
                ("email", .string(completion.person.email)), ("team", .string(completion.person.teamID)),
                ("role", .string(completion.person.roleID)), ("done", .int(completion.done)), ("total", .int(completion.total)),
                ("last_activity", .optional(completion.lastActivity) { .string(DateText.day($0)) }),
                ("overdue", .bool(completion.isOverdue(in: report.cycle, now: report.now))),
            ]))
        }
        JSONWriter.newline(&output, indent: 0)
        output.write("}\n" as StaticString)
        try output.flush()
    }

    /// A cycle as JSON: name, scope, frameworks, dates (days, UTC) and state.
    public static func cycleJSON(_ cycle: ReviewCycle) -> JSONValue {
        .object(JSONObject([
            ("name", .string(cycle.name)),
            ("teams", .array(cycle.teamIDs.map { .string($0) })),
            ("frameworks", .array(cycle.frameworkIDs.map { .string($0) })),
            ("opens", .string(DateText.day(cycle.opensAt))),
            ("due", .string(DateText.day(cycle.dueAt))),
            ("opened_by", .string(cycle.openedBy)),
            ("closed", .optional(cycle.closedAt) { .string(DateText.day($0)) }),
            ("closed_by", .optional(cycle.closedBy) { .string($0) }),
        ]))
    }
}
