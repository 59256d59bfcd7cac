import Foundation

/// Renders a `TrendReport` as text, CSV or JSON.
public enum TrendFormat {
    public static let formats: [ReportFormat] = [.text, .csv, .json]
    public static let csvHeader = ["kind", "subject", "point", "date", "readiness", "done", "total", "gaps"]

    static func title(_ series: TrendReport.Series) -> String {
        series.kind == .organisation ? "organisation" : "\(series.kind.rawValue) \(series.subject)"
    }

    static func percent(_ value: Double?) -> String { value.map { RequirementFields.percent($0) } ?? "-" }

    // MARK: - Text

    public static func text(_ report: TrendReport, catalog: Catalog) -> String {
        var output = "Trend: readiness, completion and gaps (rated requirements short of target) at the close of each cycle, and now\n"
        // Each subject's part stands alone: the organisation's thousands of teams are
        // written on every core, then joined in order.
        for part in ParallelMap.map(report.series.count, { text(report.series[$0], points: report.points) }) { output += part }
        return output
    }

    static func text(_ series: TrendReport.Series, points: [TrendReport.Point]) -> String {
        var output = "\n" + TerminalText.inert(title(series)) + "  " + Sparkline.of(series.figures.map { $0?.readiness }) + "\n"
        var table = TextTable([
            .init("Point", maximumWidth: 40), .init("Date"), .init("Readiness", alignRight: true), .init("Completion", alignRight: true),
            .init("Gaps", alignRight: true),
        ])
        for (point, figures) in zip(points, series.figures) {
            table.append([
                point.label, DateText.day(point.at), percent(figures?.readiness),
                figures.map { $0.total == 0 ? "-" : "\(percent($0.completion)) (\($0.done)/\($0.total))" } ?? "-",
                figures.map { String($0.gaps) } ?? "-",
            ])
        }
        output += table.render(indent: "  ")
        if let changes = series.changes {
            output += changes.isEmpty ? "  No competency closed, opened or got worse since the point before.\n" : changesText(changes)
        }
        return output
    }

    static func changesText(_ changes: TrendChanges) -> String {
        var output = ""
        if !changes.closed.isEmpty { output += "  closed: \(changes.closed.joined(separator: ", "))\n" }
        if !changes.opened.isEmpty { output += "  opened: \(changes.opened.joined(separator: ", "))\n" }
        if !changes.worse.isEmpty { output += "  worse: \(changes.worse.joined(separator: ", "))\n" }
        return TerminalText.inertLines(output)
    }

    // MARK: - CSV

    /// One row per subject and point; empty cells where the subject was not in a cycle.
    public static func csv(_ report: TrendReport, writer: CSVWriter = CSVWriter(), to output: inout ByteOutput) throws {
        writer.writeStart(header: csvHeader, to: &output)
        for series in report.series {
            for (point, figures) in zip(report.points, series.figures) {
                writer.writeField(series.kind.rawValue, to: &output)
                writer.writeNext(series.subject, to: &output)
                writer.writeNext(point.label, to: &output)
                writer.writeNext(DateText.day(point.at), to: &output)
                writer.writeNext(figures?.readiness.map { String(RequirementFields.rounded($0)) } ?? "", to: &output)
                writer.writeNext(figures.map(\.done), to: &output)
                writer.writeNext(figures.map(\.total), to: &output)
                writer.writeNext(figures.map(\.gaps), to: &output)
                writer.endRecord(&output)
            }
            try output.flushIfFull()
        }
        try output.flush()
    }

    // MARK: - JSON

    public static func json(_ report: TrendReport, to output: inout ByteOutput) throws {
        output.write(byte: UInt8(ascii: "{"))
        JSONWriter.writeLeadingMembers(
            [
                ("points", .array(report.points.map { point in
                    .object(JSONObject([
                        ("label", .string(point.label)), ("date", .string(DateText.day(point.at))),
                        ("cycle", .optional(point.cycle?.name) { .string($0) }),
                    ]))
                })),
            ], to: &output, indent: 1)
        try JSONWriter.writeStreamedArray(key: "series", report.series, to: &output, indent: 1) { series in
            .object(JSONObject([
                ("kind", .string(series.kind.rawValue)), ("subject", .string(series.subject)),
                ("figures", .array(series.figures.map { figures in
                    .optional(figures) { figures in
                        .object(JSONObject([
                            ("readiness", .optional(figures.readiness) { .double(RequirementFields.rounded($0)) }),
                            ("done", .int(figures.done)), ("total", .int(figures.total)), ("gaps", .int(figures.gaps)),
                        ]))
                    }
                })),
                ("changes", .optional(series.changes) { changes in
                    .object(JSONObject([
                        ("closed", .array(changes.closed.map { .string($0) })), ("opened", .array(changes.opened.map { .string($0) })),
                        ("worse", .array(changes.worse.map { .string($0) })),
                    ]))
                }),
            ]))
        }
        JSONWriter.newline(&output, indent: 0)
        output.write("}\n" as StaticString)
        try output.flush()
    }
}
