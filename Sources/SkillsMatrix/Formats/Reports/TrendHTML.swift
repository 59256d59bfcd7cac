import Foundation

/// A trend as one self-contained HTML page: per subject a line chart of readiness and
/// completion over the cycles (inline SVG, no scripts, nothing fetched), with the figures
/// in a table beneath it, so that nothing rests on the picture alone.
public enum TrendHTML {
    static let width = 480
    static let height = 160
    static let margin = 36

    /// - Parameter language: the language of every word, date and figure, and of the page's `lang`.
    public static func render(_ report: TrendReport, language: Language = .en) -> String {
        let e = Markup.escape
        let messages = language.messages
        let words = messages.cycleScreens
        let pictures = messages.pictures
        var html = """
            <!DOCTYPE html>
            <html lang="\(language.code)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(pictures.trendTitle))</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #1a1a1a; }
            section { margin-bottom: 2rem; }
            table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
            th, td { padding: 0.2rem 0.6rem; border-bottom: 1px solid #ddd; text-align: right; }
            th:first-child, td:first-child { text-align: left; }
            .readiness { stroke: #1f5fa8; } .completion { stroke: #b35c00; stroke-dasharray: 5 3; }
            svg text { font-size: 11px; fill: #444; }
            </style>
            </head>
            <body>
            <h1>\(e(pictures.trendTitle))</h1>
            <p>\(e(pictures.trendExplained))</p>

            """
        // The last point is the figures now, which the engine labels "now".
        let labels = report.points.indices.map { $0 == report.points.count - 1 ? words.now : report.points[$0].label }
        for series in report.series {
            html += "<section>\n<h2>\(e(words.seriesTitle(series)))</h2>\n"
            html += chart(series, labels: labels, language: language)
            html += "<table>\n<thead><tr>"
            for heading in [words.columnPoint, words.columnDate, words.columnReadiness, words.columnCompletion, words.columnGaps] {
                html += "<th>\(e(heading))</th>"
            }
            html += "</tr></thead>\n<tbody>\n"
            for (label, (point, figures)) in zip(labels, zip(report.points, series.figures)) {
                html += "<tr><td>\(e(label))</td><td>\(messages.day(point.at))</td><td>\(TrendFormat.percent(figures?.readiness, in: language))</td>"
                html += "<td>\(figures.map { $0.total == 0 ? "-" : "\(TrendFormat.percent($0.completion, in: language)) (\(messages.group($0.done))/\(messages.group($0.total)))" } ?? "-")</td>"
                html += "<td>\(figures.map { messages.group($0.gaps) } ?? "-")</td></tr>\n"
            }
            html += "</tbody>\n</table>\n"
            if let changes = series.changes, !changes.isEmpty {
                html += "<p>" + e(TrendFormat.changesText(changes, words: words).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "; ")) + "</p>\n"
            }
            html += "</section>\n"
        }
        return html + "</body>\n</html>\n"
    }

    /// The chart: an x position per point, y from 0% (bottom) to 100% (top).
    static func chart(_ series: TrendReport.Series, labels: [String], language: Language) -> String {
        let messages = language.messages
        let plotWidth = width - 2 * margin
        let plotHeight = height - 2 * margin
        func x(_ index: Int) -> Int { margin + (labels.count > 1 ? index * plotWidth / (labels.count - 1) : plotWidth / 2) }
        func y(_ value: Double) -> Int { margin + Int((1 - min(1, max(0, value))) * Double(plotHeight)) }
        var svg = "<svg role=\"img\" aria-label=\"\(Markup.escape(messages.pictures.trendChartLabel))\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">\n"
        svg += "<line x1=\"\(margin)\" y1=\"\(y(0))\" x2=\"\(width - margin)\" y2=\"\(y(0))\" stroke=\"#999\"/>\n"
        svg += "<line x1=\"\(margin)\" y1=\"\(y(1))\" x2=\"\(width - margin)\" y2=\"\(y(1))\" stroke=\"#eee\"/>\n"
        svg += "<text x=\"2\" y=\"\(y(0) + 4)\">\(messages.percent(0))</text><text x=\"2\" y=\"\(y(1) + 4)\">\(messages.percent(1))</text>\n"
        for (index, label) in labels.enumerated() {
            svg += "<text x=\"\(x(index))\" y=\"\(height - 8)\" text-anchor=\"middle\">\(Markup.escape(label))</text>\n"
        }
        for (name, value) in [("readiness", { (figures: CycleFigures) in figures.readiness }), ("completion", { $0.completion })] {
            let coordinates = series.figures.enumerated().compactMap { index, figures in
                figures.flatMap(value).map { "\(x(index)),\(y($0))" }
            }
            guard !coordinates.isEmpty else { continue }
            svg += "<polyline class=\"\(name)\" fill=\"none\" stroke-width=\"2\" points=\"\(coordinates.joined(separator: " "))\"/>\n"
            for coordinate in coordinates {
                let parts = coordinate.split(separator: ",")
                svg += "<circle class=\"\(name)\" cx=\"\(parts[0])\" cy=\"\(parts[1])\" r=\"3\" fill=\"white\" stroke-width=\"2\"/>\n"
            }
        }
        return svg + "</svg>\n"
    }
}
