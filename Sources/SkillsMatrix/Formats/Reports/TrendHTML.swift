import Foundation

/// A trend as one self-contained HTML page: per subject a line chart of readiness and
/// completion over the cycles (inline SVG, no scripts, nothing fetched), with the figures
/// in a table beneath it, so that nothing rests on the picture alone.
public enum TrendHTML {
    static let width = 480
    static let height = 160
    static let margin = 36

    public static func render(_ report: TrendReport) -> String {
        let e = Markup.escape
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Trend over review cycles</title>
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
            <h1>Trend over review cycles</h1>
            <p>Readiness (solid) and completion (dashed), 0-100%, at the close of each cycle and now.</p>

            """
        // The page is English in every language yet (README, "Languages").
        let words = Language.en.messages.cycleScreens
        for series in report.series {
            html += "<section>\n<h2>\(e(words.seriesTitle(series)))</h2>\n"
            html += chart(series, points: report.points)
            html += "<table>\n<thead><tr><th>Point</th><th>Date</th><th>Readiness</th><th>Completion</th><th>Gaps</th></tr></thead>\n<tbody>\n"
            for (point, figures) in zip(report.points, series.figures) {
                html += "<tr><td>\(e(point.label))</td><td>\(DateText.day(point.at))</td><td>\(TrendFormat.percent(figures?.readiness, in: .en))</td>"
                html += "<td>\(figures.map { $0.total == 0 ? "-" : "\(TrendFormat.percent($0.completion, in: .en)) (\($0.done)/\($0.total))" } ?? "-")</td>"
                html += "<td>\(figures.map { String($0.gaps) } ?? "-")</td></tr>\n"
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
    static func chart(_ series: TrendReport.Series, points: [TrendReport.Point]) -> String {
        let plotWidth = width - 2 * margin
        let plotHeight = height - 2 * margin
        func x(_ index: Int) -> Int { margin + (points.count > 1 ? index * plotWidth / (points.count - 1) : plotWidth / 2) }
        func y(_ value: Double) -> Int { margin + Int((1 - min(1, max(0, value))) * Double(plotHeight)) }
        var svg = "<svg role=\"img\" aria-label=\"readiness and completion over time\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">\n"
        svg += "<line x1=\"\(margin)\" y1=\"\(y(0))\" x2=\"\(width - margin)\" y2=\"\(y(0))\" stroke=\"#999\"/>\n"
        svg += "<line x1=\"\(margin)\" y1=\"\(y(1))\" x2=\"\(width - margin)\" y2=\"\(y(1))\" stroke=\"#eee\"/>\n"
        svg += "<text x=\"2\" y=\"\(y(0) + 4)\">0%</text><text x=\"2\" y=\"\(y(1) + 4)\">100%</text>\n"
        for (index, point) in points.enumerated() {
            svg += "<text x=\"\(x(index))\" y=\"\(height - 8)\" text-anchor=\"middle\">\(Markup.escape(point.label))</text>\n"
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
