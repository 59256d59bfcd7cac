import Foundation

/// Renders a `CompletionReport` as text, CSV (for a mail merge of reminders) or JSON.
public enum CompletionFormat {
    public static let formats: [ReportFormat] = [.text, .csv, .json]

    /// The CSV header; a mail merge relies on these names and this order.
    public static let csvHeader = [
        "cycle", "login", "name", "email", "team", "role", "done", "total", "percent", "last_activity", "due", "overdue",
    ]

    // MARK: - Text

    /// The cycle, the totals and a row per team in `language`: what `cycle show` prints,
    /// and the top of the completion report.
    public static func summaryText(_ report: CompletionReport, language: Language) -> String {
        let messages = language.messages
        let words = messages.cycleScreens
        var output = TerminalText.inertLines(words.cycleLine(report.cycle, now: report.now)) + "\n"
        output += words.completionSummary(
            people: report.people.count, done: report.done, total: report.total, fraction: fraction(report.done, report.total),
            complete: report.completeCount, overdue: report.overdue.count) + "\n"
        if report.people.isEmpty { return output + "\n" + words.nobodyInCycle + "\n" }
        var teams = TextTable([
            .init(words.columnTeam, maximumWidth: 30), .init(words.columnPeople, alignRight: true), .init(words.columnDone, alignRight: true),
            .init(words.columnTotal, alignRight: true), .init("%", alignRight: true), .init(words.columnComplete, alignRight: true),
            .init(words.columnOverdue, alignRight: true),
        ])
        for team in report.teams {
            teams.append([
                team.teamID, messages.group(team.people), messages.group(team.done), messages.group(team.total), messages.percent(team.fraction),
                messages.group(team.complete), messages.group(team.overdue),
            ])
        }
        return output + "\n" + teams.render()
    }

    /// The summary, then a row per person with their progress, last activity, email and
    /// whether they are overdue or complete, in `language`.
    public static func text(_ report: CompletionReport, language: Language) -> String {
        var output = summaryText(report, language: language)
        if report.people.isEmpty { return output }
        let messages = language.messages
        let words = messages.cycleScreens
        var people = TextTable([
            .init(words.columnPerson, maximumWidth: 34), .init(words.columnTeam, maximumWidth: 24), .init(words.columnDone, alignRight: true),
            .init(words.columnLastActivity), .init(words.columnEmail, maximumWidth: 40), .init(messages.columns.flags),
        ])
        for completion in report.people {
            let overdue = completion.isOverdue(in: report.cycle, now: report.now)
            people.append([
                "\(completion.person.name) (\(completion.person.login))", completion.person.teamID,
                "\(messages.group(completion.done))/\(messages.group(completion.total))", completion.lastActivity.map(messages.day) ?? "-",
                completion.person.email, overdue ? words.overdue : (completion.isComplete ? words.complete : ""),
            ])
        }
        output += "\n" + people.render()
        return output
    }

    static func fraction(_ done: Int, _ total: Int) -> Double { total == 0 ? 1 : Double(done) / Double(total) }

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
