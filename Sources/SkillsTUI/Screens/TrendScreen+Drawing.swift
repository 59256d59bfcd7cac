import SkillsMatrix

extension TrendScreen {
    /// Points a sparkline shows: every one, up to ten years of cycles.
    static let sparkWidth = 10

    var columns: ColumnLayout {
        let spark = min(Self.sparkWidth, max(4, report.points.count))
        return ColumnLayout([
            .init("Team", .flexible(minimum: 18, maximum: 28)),
            .init("", .fixed(spark)), .init("Readiness", .fixed(9)),
            .init("", .fixed(spark)), .init("Completion", .fixed(10)),
            .init("Gaps", .flexible(minimum: 9, maximum: 15), alignRight: true), .init("Changed", .flexible(minimum: 10, maximum: nil)),
        ])
    }

    /// "1 closed, 8 opened, 7 worse" since the point before.
    static func changed(_ series: TrendReport.Series) -> String {
        guard let changes = series.changes else { return "-" }
        if changes.isEmpty { return "no change" }
        return [(changes.closed.count, "closed"), (changes.opened.count, "opened"), (changes.worse.count, "worse")]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
    }

    func cells(_ series: TrendReport.Series) -> [String] {
        let before = Self.before(series)
        let now = series.figures.last ?? nil
        let width = Self.sparkWidth
        return [
            Self.subject(series),
            Self.sparkline(series.figures.map { $0?.readiness }, width: width),
            Self.change(before.map { Self.percent($0.readiness) }, Self.percent(now?.readiness)),
            Self.sparkline(series.figures.map { $0?.completion }, width: width),
            Self.change(before.map { Self.percent($0.completion) }, Self.percent(now?.completion)),
            Self.change(before.map { Counted.group($0.gaps) }, now.map { Counted.group($0.gaps) } ?? "-"),
            Self.changed(series),
        ]
    }

    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        let top = Layout.contentTop
        buffer.put("  Trend over review cycles: readiness, completion and gaps", x: 0, y: top, style: .heading, maxWidth: buffer.width - 1)
        let closed = report.points.dropLast()
        let compared = closed.last.map { "Figures: \($0.label) (closed \(DateText.day($0.at))) → now" }
        buffer.put("  " + (compared ?? "No cycle has closed yet: the figures are now's only."), x: 0, y: top + 1, maxWidth: buffer.width - 1)
        columns.drawHeader(into: &buffer, y: top + 3)
        let area = listArea(context.size)
        ListView.draw(list, count: report.series.count, in: area, into: &buffer, empty: "Nothing to show.") { buffer, index, y, selected in
            let series = report.series[index]
            let style: Style = selected ? .selected : (series.kind == .team ? .normal : .title)
            columns.draw(cells(series), into: &buffer, y: y, style: style)
        }
        // The selected line's changes by competency, as far as they fit; Enter has them all.
        guard report.series.indices.contains(list.selection) else { return }
        let series = report.series[list.selection]
        var panel = "\(Self.subject(series)): "
        if let changes = series.changes, !changes.isEmpty {
            panel += [("closed", changes.closed), ("opened", changes.opened), ("worse", changes.worse)]
                .filter { !$0.1.isEmpty }.map { "\($0.0) \($0.1.joined(separator: " "))" }.joined(separator: " · ")
        } else {
            panel += series.changes == nil ? "one point only, nothing to compare." : "no competency closed, opened or got worse."
        }
        buffer.put("  " + panel, x: 0, y: area.bottom + 1, style: .dim, maxWidth: buffer.width - 1)
    }
}
