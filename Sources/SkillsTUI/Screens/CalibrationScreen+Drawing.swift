import SkillsMatrix

extension CalibrationScreen {
    /// The closed cycles shown as columns: the latest ones that fit beside the current
    /// figures, each as wide as its name (13 to 20 columns).
    func shownCycles(width: Int) -> Range<Int> {
        var room = width - 2 - 18 - 6 - 9 - 9 - 3 - 1
        var first = report.cycles.count
        while first > 0, room >= Self.cycleWidth(report.cycles[first - 1]) + 1 {
            room -= Self.cycleWidth(report.cycles[first - 1]) + 1
            first -= 1
        }
        return first..<report.cycles.count
    }

    static func cycleWidth(_ name: String) -> Int { min(20, max(13, DisplayWidth.of(name))) }

    /// The two current figures' titles in a section, as the command line names them.
    static func figureTitles(_ section: Section) -> [String] { section == .leads ? ["Leniency", "vs org"] : ["Self-lead", "Disputes"] }

    func columns(_ section: Section, width: Int) -> ColumnLayout {
        let first: String
        switch section {
        case .leads: first = "Lead"
        case .competencies: first = "Competency"
        case .teams: first = "Team"
        }
        var columns: [ColumnLayout.Column] = [
            .init(first, .flexible(minimum: 18, maximum: 48)), .init("Pairs", .fixed(6), alignRight: true),
        ]
        columns += Self.figureTitles(section).map { ColumnLayout.Column($0, .fixed(9), alignRight: true) }
        columns += shownCycles(width: width).map { ColumnLayout.Column(report.cycles[$0], .fixed(Self.cycleWidth(report.cycles[$0])), alignRight: true) }
        return ColumnLayout(columns)
    }

    /// The row's cells: subject, pairs, the current figures, then each cycle shown with
    /// the figure that drifts (a lead's leniency, a competency's self-lead, a team's
    /// dispute rate) and its pairs; the same choice as `report calibration`.
    func cells(_ section: Section, _ row: CalibrationReport.Row, width: Int, _ catalog: Catalog) -> [String] {
        var subject = row.subject
        var current: [String]
        let history: (CalibrationFigure) -> String
        switch section {
        case .leads:
            current = [CalibrationFormat.signed(row.current.leniency), CalibrationFormat.signed(report.leniencyDistance(row))]
            history = { CalibrationFormat.signed($0.leniency) }
        case .competencies:
            if let index = catalog.competencyIndex(of: row.subject) { subject += " " + catalog.competencies[index].name }
            current = [CalibrationFormat.signed(row.current.meanSelfMinusLead), CalibrationFormat.rate(row.current.disputeRate)]
            history = { CalibrationFormat.signed($0.meanSelfMinusLead) }
        case .teams:
            current = [CalibrationFormat.signed(row.current.meanSelfMinusLead), CalibrationFormat.rate(row.current.disputeRate)]
            history = { CalibrationFormat.rate($0.disputeRate) }
        }
        current = [subject, Counted.group(row.current.pairs)] + current
        return current + shownCycles(width: width).map { index in
            row.history[index].map { "\(history($0)) (\(Counted.group($0.pairs)))" } ?? "-"
        }
    }

    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        let top = Layout.contentTop
        let scope = report.teamIDs.map { "teams \($0.joined(separator: ", "))" } ?? "the whole organisation"
        buffer.put("  Calibration: self against lead ratings, \(scope)", x: 0, y: top, style: .heading, maxWidth: buffer.width - 1)
        let organisation = report.organisation.current
        let line = "  Organisation: \(Counted.text(organisation.pairs, "pair", "pairs", grouped: true)) · self - lead \(CalibrationFormat.signed(organisation.meanSelfMinusLead))"
            + " · leniency \(CalibrationFormat.signed(organisation.leniency)) · disputes \(CalibrationFormat.rate(organisation.disputeRate))"
        buffer.put(line, x: 0, y: top + 1, style: .title, maxWidth: buffer.width - 1)
        let note = "  Pair: a self and a lead rating of one competency; under \(CalibrationFigure.minimumPairs) pairs: hidden (-)"
        buffer.put(note, x: 0, y: top + 2, style: .dim, maxWidth: buffer.width - 1)
        let area = listArea(context.size)
        let width = buffer.width
        ListView.draw(list, count: lines.count, in: area, into: &buffer, empty: "") { buffer, index, y, selected in
            switch lines[index] {
            case .heading(let section):
                columns(section, width: width).drawHeader(into: &buffer, y: y, style: selected ? .selected : .heading)
            case .none:
                buffer.put("    none yet: no one here has both a self and a lead rating of anything", x: 0, y: y, style: selected ? .selected : .dim, maxWidth: width - 1)
            case .row(let section, let position):
                let row = Self.rows(report, section)[position]
                let style: Style = selected ? .selected : (row.current.isShown ? .normal : .dim)
                columns(section, width: width).draw(cells(section, row, width: width, context.catalog), into: &buffer, y: y, style: style)
            }
        }
        drawPanel(into: &buffer, y: area.bottom + 1, context)
    }

    /// Under the list, the selected row in words: what its figures say and on how many pairs.
    func drawPanel(into buffer: inout CellBuffer, y: Int, _ context: ScreenContext) {
        guard lines.indices.contains(list.selection) else { return }
        let text: String
        switch lines[list.selection] {
        case .heading(let section), .none(let section):
            switch section {
            case .leads: text = "Leniency = mean(lead - self) over a lead's pairs; vs org: less the org's."
            case .competencies: text = "Self-lead = mean(self - lead); disputes: pairs |self - lead| >= 2."
            case .teams: text = "Self-lead = mean(self - lead) in the team; disputes: |self - lead| >= 2."
            }
        case .row(let section, let position):
            let row = Self.rows(report, section)[position]
            let figure = row.current
            let cells = cells(section, row, width: 0, context.catalog)
            if !figure.isShown {
                text = "\(cells[0]): only \(Counted.text(figure.pairs, "pair", "pairs")), under \(CalibrationFigure.minimumPairs): its figures are hidden."
            } else if section == .leads, let leniency = figure.leniency {
                let direction = leniency == 0 ? "exactly as people rate themselves" : (leniency > 0 ? "above" : "below") + " people's own view by \(CalibrationFormat.signed(abs(leniency)).dropFirst()) levels"
                text = "\(cells[0]) rates \(direction), over \(Counted.text(figure.pairs, "pair", "pairs", grouped: true)) (vs org \(cells[3]))."
            } else {
                text = "\(cells[0]): self - lead \(cells[2]), disputes \(cells[3]), over \(Counted.text(figure.pairs, "pair", "pairs", grouped: true))."
            }
        }
        buffer.put("  " + text, x: 0, y: y, style: .dim, maxWidth: buffer.width - 1)
    }
}
