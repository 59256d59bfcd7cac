import SkillsMatrix

/// How self ratings compare with lead ratings (`report calibration`): the organisation's
/// figure at the top, then each lead's leniency and how far it sits from the
/// organisation's, each competency's mean self minus lead and dispute rate, and each
/// team's; now and at the close of each cycle, so drift shows. hr sees the organisation,
/// a lead their own teams. Every figure shows the pairs it rests on; one resting on fewer
/// than `CalibrationFigure.minimumPairs` is hidden (-).
public struct CalibrationScreen: ScreenModel {
    public private(set) var report: CalibrationReport
    public var list = ListState()
    public private(set) var lines: [Line]

    public init(report: CalibrationReport) {
        self.report = report
        self.lines = Self.lines(report)
    }

    public enum Section: Hashable, Sendable, CaseIterable {
        case leads, competencies, teams
    }

    public enum Line: Hashable, Sendable {
        /// A section's title and column titles.
        case heading(Section)
        /// A row of a section: a position in its rows.
        case row(Section, Int)
        /// A section with no pairs yet.
        case none(Section)
    }

    static func rows(_ report: CalibrationReport, _ section: Section) -> [CalibrationReport.Row] {
        switch section {
        case .leads: return report.leads
        case .competencies: return report.competencies
        case .teams: return report.teams
        }
    }

    static func lines(_ report: CalibrationReport) -> [Line] {
        Section.allCases.flatMap { section -> [Line] in
            let rows = rows(report, section)
            return [.heading(section)] + (rows.isEmpty ? [.none(section)] : rows.indices.map { .row(section, $0) })
        }
    }

    public enum Action: Hashable, Sendable {
        case move(ListState.Movement)
        case click(y: Int)
        case nextSection
    }

    public func title(_ context: ScreenContext) -> String { context.words.cycleScreens.calibrationTitle }

    static let headerRows = 4
    static let footerRows = 2

    func listArea(_ size: ScreenSize) -> Rect { Layout.listArea(size, headerRows: Self.headerRows, footerRows: Self.footerRows) }

    public func keyMap(_ context: ScreenContext) -> KeyMap<Action> {
        KeyMap(ListState.movementBindings(context.screenWords).map { $0.map(Action.move) } + [
            .click(context.words.cycleScreens.keyChoose, words: context.screenWords) { _, y in .click(y: y) },
            KeyBinding([.key(.tab)], "Tab", context.words.cycleScreens.keyNextSection, .nextSection),
        ])
    }

    public mutating func perform(_ action: Action, _ context: inout ScreenContext) -> [Effect] {
        let area = listArea(context.size)
        switch action {
        case .move(let movement):
            list.move(movement, count: lines.count, visible: area.height)
        case .click(let y):
            ListView.select(atY: y, &list, count: lines.count, in: area)
        case .nextSection:
            let headings = lines.indices.filter { if case .heading = lines[$0] { return true } else { return false } }
            guard let next = headings.first(where: { $0 > list.selection }) ?? headings.first else { return [] }
            list.move(.to(next), count: lines.count, visible: area.height)
            // The section's title at the top, with as many of its rows as fit below it.
            list.offset = min(next, max(0, lines.count - area.height))
        }
        return []
    }

    public mutating func receive(_ update: Outcome, _ context: inout ScreenContext) -> [Effect] {
        guard case .loaded(.calibration(let fresh)) = update else { return [] }
        report = fresh
        lines = Self.lines(fresh)
        list.clamp(count: lines.count, visible: listArea(context.size).height)
        return []
    }

    public mutating func fit(_ context: ScreenContext) { list.clamp(count: lines.count, visible: listArea(context.size).height) }

    public func position(_ context: ScreenContext) -> String? { list.position(count: lines.count, visible: listArea(context.size).height, words: context.words) }

    public var reload: Request? { .calibration }

    public func helpNotes(_ context: ScreenContext) -> [String] {
        Draw.wrap(context.words.cycleScreens.calibrationHelp(minimum: CalibrationFigure.minimumPairs), width: 70)
    }
}
