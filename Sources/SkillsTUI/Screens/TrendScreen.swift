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

    public func title(_ context: ScreenContext) -> String { context.words.cycleScreens.trendTitle }

    static let headerRows = 4
    static let footerRows = 2

    func listArea(_ size: ScreenSize) -> Rect { Layout.listArea(size, headerRows: Self.headerRows, footerRows: Self.footerRows) }

    public func keyMap(_ context: ScreenContext) -> KeyMap<Action> {
        KeyMap(ListState.movementBindings(context.screenWords).map { $0.map(Action.move) } + [
            KeyBinding([.key(.enter)], "Enter", context.words.cycleScreens.keyFiguresAndChanges, .open),
            .click(context.screenWords.keyOpen, words: context.screenWords) { _, y in .click(y: y) },
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
        let words = context.words.cycleScreens
        let messages = context.words
        let percent = { (value: Double?) in value.map(messages.percent) ?? "-" }
        let subject = Self.subject(series, words)
        var paragraphs = [TextScreen.Paragraph(words.trendOf(subject), .heading), .blank]
        for (index, (point, figures)) in zip(report.points, series.figures).enumerated() {
            // The last point is the figures now, which the engine labels "now".
            let label = index == report.points.count - 1 ? words.now : point.label
            let when = "\(label) (\(messages.day(point.at)))"
            guard let figures else {
                paragraphs.append(TextScreen.Paragraph(words.notPartOfIt(when), .dim, hangingIndent: 2))
                continue
            }
            let completion = figures.total == 0 ? words.noCycleItems : "\(percent(figures.completion)) (\(messages.group(figures.done))/\(messages.group(figures.total)))"
            paragraphs.append(TextScreen.Paragraph(
                words.point(when, readiness: percent(figures.readiness), completion: completion, gaps: figures.gaps), hangingIndent: 2))
        }
        paragraphs.append(.blank)
        if let changes = series.changes {
            if changes.isEmpty { paragraphs.append(TextScreen.Paragraph(words.noChangeSinceBefore)) }
            for (what, ids) in [(words.closedHeading, changes.closed), (words.openedHeading, changes.opened), (words.worseHeading, changes.worse)] where !ids.isEmpty {
                paragraphs.append(TextScreen.Paragraph(what + ":", .heading))
                paragraphs += ids.map { id in
                    let name = context.catalog.competencyIndex(of: id).map { context.catalog.competencies[$0].name } ?? ""
                    return TextScreen.Paragraph("· \(id) \(name)", hangingIndent: 2)
                }
            }
        } else {
            paragraphs.append(TextScreen.Paragraph(words.nothingToCompareYet, .dim))
        }
        context.open(TextScreen(title: words.trendPageTitle(subject), paragraphs: paragraphs))
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
        Draw.wrap(context.words.cycleScreens.trendHelp, width: 70)
    }

    // MARK: - Figures

    static func subject(_ series: TrendReport.Series, _ words: any CycleScreenWords) -> String {
        switch series.kind {
        case .organisation: return words.theOrganisation
        case .person: return words.you(series.subject)
        default: return series.subject
        }
    }

    /// The point compared with now: the last closed cycle the series has figures for.
    static func before(_ series: TrendReport.Series) -> CycleFigures? { series.figures.dropLast().last { $0 != nil } ?? nil }

    /// "48%→77%": then and now, or only now when there is no earlier point.
    static func change(_ before: String?, _ now: String) -> String { before.map { "\($0)→\(now)" } ?? now }

    /// The sparkline of the last `width` points.
    static func sparkline(_ values: [Double?], width: Int) -> String { Sparkline.of(Array(values.suffix(width))) }
}
