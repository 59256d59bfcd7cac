import SkillsMatrix

extension TrendScreen {
    /// Points a sparkline shows: every one, up to ten years of cycles.
    static let sparkWidth = 10

    /// The columns, the figures as wide as their titles and "48%→77%" in the language.
    func columns(_ context: ScreenContext) -> ColumnLayout {
        let words = context.words.cycleScreens
        let spark = min(Self.sparkWidth, max(4, report.points.count))
        let change = DisplayWidth.of(Self.change(context.words.percent(1), context.words.percent(1)))
        return ColumnLayout([
            .init(words.columnTeam, .flexible(minimum: 18, maximum: 28)),
            .init("", .fixed(spark)), .init(words.columnReadiness, .fixed(max(9, change, DisplayWidth.of(words.columnReadiness)))),
            .init("", .fixed(spark)), .init(words.columnCompletion, .fixed(max(10, change, DisplayWidth.of(words.columnCompletion)))),
            .init(words.columnGaps, .flexible(minimum: 9, maximum: 15), alignRight: true), .init(words.columnChanged, .flexible(minimum: 10, maximum: nil)),
        ])
    }

    /// "1 closed, 8 opened, 7 worse" since the point before.
    static func changed(_ series: TrendReport.Series, _ words: any CycleScreenWords) -> String {
        guard let changes = series.changes else { return "-" }
        if changes.isEmpty { return words.noChange }
        return [(changes.closed.count, words.gapsClosed), (changes.opened.count, words.gapsOpened), (changes.worse.count, words.gapsWorse)]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
    }

    func cells(_ series: TrendReport.Series, _ context: ScreenContext) -> [String] {
        let before = Self.before(series)
        let now = series.figures.last ?? nil
        let width = Self.sparkWidth
        let words = context.words
        let percent = { (value: Double?) in value.map(words.percent) ?? "-" }
        return [
            Self.subject(series, words.cycleScreens),
            Self.sparkline(series.figures.map { $0?.readiness }, width: width),
            Self.change(before.map { percent($0.readiness) }, percent(now?.readiness)),
            Self.sparkline(series.figures.map { $0?.completion }, width: width),
            Self.change(before.map { percent($0.completion) }, percent(now?.completion)),
            Self.change(before.map { words.group($0.gaps) }, now.map { words.group($0.gaps) } ?? "-"),
            Self.changed(series, words.cycleScreens),
        ]
    }

    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        let top = Layout.contentTop
        let words = context.words.cycleScreens
        buffer.put("  " + words.trendHeading, x: 0, y: top, style: .heading, maxWidth: buffer.width - 1)
        let closed = report.points.dropLast()
        let compared = closed.last.map { words.compared(label: $0.label, closed: $0.at) }
        buffer.put("  " + (compared ?? words.noCycleClosed), x: 0, y: top + 1, maxWidth: buffer.width - 1)
        let columns = self.columns(context)
        columns.drawHeader(into: &buffer, y: top + 3)
        let area = listArea(context.size)
        ListView.draw(list, count: report.series.count, in: area, into: &buffer, empty: words.nothingToShow) { buffer, index, y, selected in
            let series = report.series[index]
            let style: Style = selected ? .selected : (series.kind == .team ? .normal : .title)
            columns.draw(cells(series, context), into: &buffer, y: y, style: style)
        }
        // The selected line's changes by competency, as far as they fit; Enter has them all.
        guard report.series.indices.contains(list.selection) else { return }
        let series = report.series[list.selection]
        var panel = "\(Self.subject(series, words)): "
        if let changes = series.changes, !changes.isEmpty {
            panel += [(words.gapsClosed, changes.closed), (words.gapsOpened, changes.opened), (words.gapsWorse, changes.worse)]
                .filter { !$0.1.isEmpty }.map { "\($0.0) \($0.1.joined(separator: " "))" }.joined(separator: " · ")
        } else {
            panel += series.changes == nil ? words.onePointOnly : words.noCompetencyChanged
        }
        buffer.put("  " + panel, x: 0, y: area.bottom + 1, style: .dim, maxWidth: buffer.width - 1)
    }
}
