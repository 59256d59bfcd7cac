import Foundation

/// Renders a `TrendReport` as text, CSV or JSON.
public enum TrendFormat {
    public static let formats: [ReportFormat] = [.text, .csv, .json]
    public static let csvHeader = ["kind", "subject", "point", "date", "readiness", "done", "total", "gaps"]

    static func percent(_ value: Double?, in language: Language) -> String { value.map(language.messages.percent) ?? "-" }

    // MARK: - Text

    /// A table per subject (the organisation, each team, a person) of its figures at every
    /// point, with a sparkline and what changed since the point before, in `language`.
    public static func text(_ report: TrendReport, catalog: Catalog, language: Language) -> String {
        var output = language.messages.cycleScreens.trendReportHeading + "\n"
        // Each subject's part stands alone: the organisation's thousands of teams are
        // written on every core, then joined in order.
        for part in ParallelMap.map(report.series.count, { text(report.series[$0], points: report.points, language: language) }) { output += part }
        return output
    }

    static func text(_ series: TrendReport.Series, points: [TrendReport.Point], language: Language) -> String {
        let messages = language.messages
        let words = messages.cycleScreens
        var output = "\n" + TerminalText.inert(words.seriesTitle(series)) + "  " + Sparkline.of(series.figures.map { $0?.readiness }) + "\n"
        var table = TextTable([
            .init(words.columnPoint, maximumWidth: 40), .init(words.columnDate), .init(words.columnReadiness, alignRight: true),
            .init(words.columnCompletion, alignRight: true), .init(words.columnGaps, alignRight: true),
        ])
        for (index, (point, figures)) in zip(points, series.figures).enumerated() {
            let completion = figures.map { figures in
                figures.total == 0 ? "-" : "\(percent(figures.completion, in: language)) (\(messages.group(figures.done))/\(messages.group(figures.total)))"
            }
            table.append([
                // The last point is the figures now, which the engine labels "now".
                index == points.count - 1 ? words.now : point.label, messages.day(point.at), percent(figures?.readiness, in: language),
                completion ?? "-", figures.map { messages.group($0.gaps) } ?? "-",
            ])
        }
        output += table.render(indent: "  ")
        if let changes = series.changes {
            output += changes.isEmpty ? "  " + words.noChangeSinceBefore + "\n" : changesText(changes, words: words)
        }
        return output
    }

    /// "closed: A, B", "opened: C", "worse: D", a line each, indented.
    static func changesText(_ changes: TrendChanges, words: any CycleScreenWords) -> String {
        var output = ""
        for (what, ids) in [(words.gapsClosed, changes.closed), (words.gapsOpened, changes.opened), (words.gapsWorse, changes.worse)] where !ids.isEmpty {
            output += "  \(what): \(ids.joined(separator: ", "))\n"
        }
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
