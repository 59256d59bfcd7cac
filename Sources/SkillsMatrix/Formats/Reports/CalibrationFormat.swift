import Foundation

/// Renders a `CalibrationReport` as text, CSV or JSON. A figure resting on fewer than
/// `CalibrationFigure.minimumPairs` pairs is printed as `-` (empty in CSV, null in JSON),
/// and its pair count always beside it.
public enum CalibrationFormat {
    public static let formats: [ReportFormat] = [.text, .csv, .json]
    public static let csvHeader = [
        "section", "subject", "point", "pairs", "mean_self_minus_lead", "leniency", "leniency_vs_organisation", "dispute_rate",
    ]

    /// "+0.25" ("+0,25" in Bokmål), "-1.00", or "-" for a figure withheld.
    public static func signed(_ value: Double?, in language: Language) -> String {
        guard let value else { return "-" }
        return (value > 0 ? "+" : "") + NumberText.decimal(value, places: 2, in: language)
    }

    /// A share as a percentage, or "-" for a figure withheld.
    public static func rate(_ value: Double?, in language: Language) -> String { value.map(language.messages.percent) ?? "-" }

    // MARK: - Text

    /// The scope, what the figures mean, the organisation's, then leads, competencies and
    /// teams, each with a column per closed cycle, in `language`.
    public static func text(_ report: CalibrationReport, language: Language) -> String {
        let messages = language.messages
        let words = messages.cycleScreens
        let sign = { signed($0, in: language) }
        let share = { rate($0, in: language) }
        var output = TerminalText.inertLines(words.calibrationReportHeading(teams: report.teamIDs) + "\n")
        output += words.calibrationExplanation(minimum: CalibrationFigure.minimumPairs) + "\n"
        let organisation = report.organisation.current
        output += "\n" + words.calibrationOrganisation(
            pairs: organisation.pairs, selfMinusLead: sign(organisation.meanSelfMinusLead), leniency: sign(organisation.leniency),
            disputes: share(organisation.disputeRate)) + "\n"
        let table = Section(cycles: report.cycles, language: language)
        output += table.render(
            words.sectionLeads, column: words.columnLead, report.leads, headers: [words.columnLeniency, words.columnVersusOrganisation],
            current: { [sign($0.current.leniency), sign(report.leniencyDistance($0))] }, history: { sign($0.leniency) })
        output += table.render(
            messages.columns.competencies, column: words.columnCompetency, report.competencies, headers: [words.columnSelfLead, words.columnDisputes],
            current: { [sign($0.current.meanSelfMinusLead), share($0.current.disputeRate)] }, history: { sign($0.meanSelfMinusLead) })
        output += table.render(
            words.sectionTeams, column: words.columnTeam, report.teams, headers: [words.columnSelfLead, words.columnDisputes],
            current: { [sign($0.current.meanSelfMinusLead), share($0.current.disputeRate)] }, history: { share($0.disputeRate) })
        return output
    }

    /// The tables of one report: they share its closed cycles and language.
    private struct Section {
        let cycles: [String]
        let language: Language

        /// A table: subject, pairs, the current figures, then one column per closed cycle.
        /// Each closed cycle's cell is the figure `history` picks, with its pair count.
        func render(
            _ title: String, column: String, _ rows: [CalibrationReport.Row], headers: [String],
            current: (CalibrationReport.Row) -> [String], history: (CalibrationFigure) -> String
        ) -> String {
            let messages = language.messages
            let words = messages.cycleScreens
            let output = "\n\(title)\n"
            if rows.isEmpty { return output + "  " + words.noPairsYet + "\n" }
            var columns: [TextTable.Column] = [.init(column, maximumWidth: 30), .init(words.columnPairs, alignRight: true)]
            columns += headers.map { TextTable.Column($0, alignRight: true) }
            columns += cycles.map { TextTable.Column($0, alignRight: true, maximumWidth: 24) }
            var table = TextTable(columns)
            for row in rows {
                table.append([row.subject, messages.group(row.current.pairs)] + current(row) + row.history.map { figure in
                    figure.map { "\(history($0)) (\(messages.group($0.pairs)))" } ?? "-"
                })
            }
            return output + table.render(indent: "  ")
        }
    }

    // MARK: - CSV

    /// One row per section, subject and point (each closed cycle, then "now").
    public static func csv(_ report: CalibrationReport, writer: CSVWriter = CSVWriter(), to output: inout ByteOutput) throws {
        writer.writeStart(header: csvHeader, to: &output)
        for (section, rows) in sections(report) {
            for row in rows {
                for (point, figure) in zip(report.cycles + ["now"], row.history + [row.current]) {
                    guard let figure else { continue }
                    writer.writeField(section, to: &output)
                    writer.writeNext(row.subject, to: &output)
                    writer.writeNext(point, to: &output)
                    writer.writeNext(figure.pairs, to: &output)
                    writer.writeNext(decimal(figure.meanSelfMinusLead), to: &output)
                    writer.writeNext(decimal(figure.leniency), to: &output)
                    writer.writeNext(section == "lead" && point == "now" ? decimal(report.leniencyDistance(row)) : "", to: &output)
                    writer.writeNext(decimal(figure.disputeRate), to: &output)
                    writer.endRecord(&output)
                }
            }
            try output.flushIfFull()
        }
        try output.flush()
    }

    static func sections(_ report: CalibrationReport) -> [(String, [CalibrationReport.Row])] {
        [("organisation", [report.organisation]), ("lead", report.leads), ("competency", report.competencies), ("team", report.teams)]
    }

    static func decimal(_ value: Double?) -> String { value.map { String(RequirementFields.rounded($0)) } ?? "" }

    // MARK: - JSON

    public static func json(_ report: CalibrationReport, to output: inout ByteOutput) throws {
        output.write(byte: UInt8(ascii: "{"))
        JSONWriter.writeLeadingMembers(
            [
                ("scope", .string(report.teamIDs == nil ? "organisation" : "teams")),
                ("teams", .optional(report.teamIDs) { .array($0.map { .string($0) }) }),
                ("minimum_pairs", .int(CalibrationFigure.minimumPairs)),
                ("cycles", .array(report.cycles.map { .string($0) })),
            ], to: &output, indent: 1)
        let all = sections(report)
        for (position, (section, rows)) in all.enumerated() {
            try JSONWriter.writeStreamedArray(key: section, rows, to: &output, indent: 1) { row in
                .object(JSONObject([
                    ("subject", .string(row.subject)),
                    ("now", figureJSON(row.current, distance: section == "lead" ? report.leniencyDistance(row) : nil)),
                    ("cycles", .array(row.history.map { .optional($0) { figureJSON($0, distance: nil) } })),
                ]))
            }
            if position < all.count - 1 { output.write(byte: UInt8(ascii: ",")) }
        }
        JSONWriter.newline(&output, indent: 0)
        output.write("}\n" as StaticString)
        try output.flush()
    }

    static func figureJSON(_ figure: CalibrationFigure, distance: Double?) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("pairs", .int(figure.pairs)),
            ("mean_self_minus_lead", .optional(figure.meanSelfMinusLead) { .double(RequirementFields.rounded($0)) }),
            ("leniency", .optional(figure.leniency) { .double(RequirementFields.rounded($0)) }),
            ("dispute_rate", .optional(figure.disputeRate) { .double(RequirementFields.rounded($0)) }),
        ]
        if let distance { members.append(("leniency_vs_organisation", .double(RequirementFields.rounded(distance)))) }
        return .object(JSONObject(members))
    }
}
