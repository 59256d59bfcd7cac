import SkillsMatrix

/// Readiness, completion and gaps over the review cycles (`report trend`): one line per
/// team (and the organisation for hr, oneself for a lead), each with a sparkline of every
/// point and the last closed cycle against now in figures. Enter shows the line's table
/// and which competencies closed, opened or got worse.
public struct TrendScreen: ScreenModel {
    public private(set) var report: TrendReport
    public var list = ListState()

    public init(report: TrendReport) {
        self.report = report
    }

    public enum Action: Hashable, Sendable {
        case move(ListState.Movement)
        case click(y: Int)
        case open
    }

    public func title(_ context: ScreenContext) -> String { "Trend" }

    static let headerRows = 4
    static let footerRows = 2

    func listArea(_ size: ScreenSize) -> Rect { Layout.listArea(size, headerRows: Self.headerRows, footerRows: Self.footerRows) }

    public func keyMap(_ context: ScreenContext) -> KeyMap<Action> {
        KeyMap(ListState.movementBindings(context.screenWords).map { $0.map(Action.move) } + [
            KeyBinding([.key(.enter)], "Enter", "the figures and what changed", .open),
            .click("open", words: context.screenWords) { _, y in .click(y: y) },
        ])
    }

    public mutating func perform(_ action: Action, _ context: inout ScreenContext) -> [Effect] {
        let area = listArea(context.size)
        switch action {
        case .move(let movement):
            list.move(movement, count: report.series.count, visible: area.height)
        case .click(let y):
            if ListView.select(atY: y, &list, count: report.series.count, in: area) != nil { open(&context) }
        case .open:
            open(&context)
        }
        return []
    }

    /// The selected line's figures at every point, and the competencies that changed by
    /// name, on a page of its own (wrapped, so nothing is cut at 80 columns).
    private func open(_ context: inout ScreenContext) {
        guard report.series.indices.contains(list.selection) else { return }
        let series = report.series[list.selection]
        var paragraphs = [TextScreen.Paragraph("Trend of \(Self.subject(series))", .heading), .blank]
        for (point, figures) in zip(report.points, series.figures) {
            let when = "\(point.label) (\(DateText.day(point.at)))"
            guard let figures else {
                paragraphs.append(TextScreen.Paragraph("\(when): not part of it", .dim, hangingIndent: 2))
                continue
            }
            let completion = figures.total == 0 ? "no cycle items" : "\(Self.percent(figures.completion)) (\(Counted.group(figures.done))/\(Counted.group(figures.total)))"
            paragraphs.append(TextScreen.Paragraph(
                "\(when): readiness \(Self.percent(figures.readiness)) · completion \(completion) · \(Counted.text(figures.gaps, "gap", "gaps", grouped: true))",
                hangingIndent: 2))
        }
        paragraphs.append(.blank)
        if let changes = series.changes {
            if changes.isEmpty { paragraphs.append(TextScreen.Paragraph("No competency closed, opened or got worse since the point before.")) }
            for (what, ids) in [("Closed (no gap now)", changes.closed), ("Opened (a gap now, none before)", changes.opened), ("Worse", changes.worse)] where !ids.isEmpty {
                paragraphs.append(TextScreen.Paragraph(what + ":", .heading))
                paragraphs += ids.map { id in
                    let name = context.catalog.competencyIndex(of: id).map { context.catalog.competencies[$0].name } ?? ""
                    return TextScreen.Paragraph("· \(id) \(name)", hangingIndent: 2)
                }
            }
        } else {
            paragraphs.append(TextScreen.Paragraph("Only one point has figures: nothing to compare yet.", .dim))
        }
        context.open(TextScreen(title: "Trend: \(Self.subject(series))", paragraphs: paragraphs))
    }

    public mutating func receive(_ update: Outcome, _ context: inout ScreenContext) -> [Effect] {
        guard case .loaded(.trend(let fresh)) = update else { return [] }
        report = fresh
        list.clamp(count: report.series.count, visible: listArea(context.size).height)
        return []
    }

    public mutating func fit(_ context: ScreenContext) { list.clamp(count: report.series.count, visible: listArea(context.size).height) }

    public func position(_ context: ScreenContext) -> String? { list.position(count: report.series.count, visible: listArea(context.size).height, words: context.words) }

    public var reload: Request? { .trend }

    public func helpNotes(_ context: ScreenContext) -> [String] {
        Draw.wrap(
            "Readiness: 1 - weighted gap / weighted target over everyone's requirements. Completion: items rated during the cycle "
                + "(at its close; now: the open cycle). Gaps: rated requirements short of target (unrated ones count in completion). "
                + "Sparklines run oldest to newest on one 0-100% scale, a blank where a team was not in a cycle. "
                + "The same figures as `skills-tui report trend`.",
            width: 70)
    }

    // MARK: - Figures

    static func subject(_ series: TrendReport.Series) -> String {
        switch series.kind {
        case .organisation: return "the organisation"
        case .person: return "you (\(series.subject))"
        default: return series.subject
        }
    }

    /// The point compared with now: the last closed cycle the series has figures for.
    static func before(_ series: TrendReport.Series) -> CycleFigures? { series.figures.dropLast().last { $0 != nil } ?? nil }

    /// "48%→77%": then and now, or only now when there is no earlier point.
    static func change(_ before: String?, _ now: String) -> String { before.map { "\($0)→\(now)" } ?? now }

    static func percent(_ value: Double?) -> String { value.map { RequirementFields.percent($0) } ?? "-" }

    /// The sparkline of the last `width` points.
    static func sparkline(_ values: [Double?], width: Int) -> String { Sparkline.of(Array(values.suffix(width))) }
}
