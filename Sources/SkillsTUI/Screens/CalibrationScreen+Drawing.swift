import SkillsMatrix

extension CalibrationScreen {
    /// The closed cycles shown as columns: the latest ones that fit beside the current
    /// figures, each as wide as its name (13 to 20 columns).
    func shownCycles(width: Int, _ words: any CycleScreenWords) -> Range<Int> {
        // The subject's 18 columns, then the current figures' columns, each after a gap.
        let current = Self.currentColumns(.leads, words).map { column -> Int in
            if case .fixed(let size) = column.width { return size + 1 }
            return 0
        }
        var room = width - 2 - 18 - current.reduce(0, +) - 1
        var first = report.cycles.count
        while first > 0, room >= Self.cycleWidth(report.cycles[first - 1]) + 1 {
            room -= Self.cycleWidth(report.cycles[first - 1]) + 1
            first -= 1
        }
        return first..<report.cycles.count
    }

    static func cycleWidth(_ name: String) -> Int { min(20, max(13, DisplayWidth.of(name))) }

    /// The pairs and the two current figures' columns of a section, as the command line
    /// names them; as wide as the widest title of any section, so the sections line up.
    static func currentColumns(_ section: Section, _ words: any CycleScreenWords) -> [ColumnLayout.Column] {
        let titles = section == .leads ? [words.columnLeniency, words.columnVersusOrganisation] : [words.columnSelfLead, words.columnDisputes]
        let figure = max(9, [words.columnLeniency, words.columnVersusOrganisation, words.columnSelfLead, words.columnDisputes].map(DisplayWidth.of).max() ?? 0)
        return [ColumnLayout.Column(words.columnPairs, .fixed(max(6, DisplayWidth.of(words.columnPairs))), alignRight: true)]
            + titles.map { ColumnLayout.Column($0, .fixed(figure), alignRight: true) }
    }

    func columns(_ section: Section, width: Int, _ words: any CycleScreenWords) -> ColumnLayout {
        let first: String
        switch section {
        case .leads: first = words.columnLead
        case .competencies: first = words.columnCompetency
        case .teams: first = words.columnTeam
        }
        var columns: [ColumnLayout.Column] = [.init(first, .flexible(minimum: 18, maximum: 48))] + Self.currentColumns(section, words)
        columns += shownCycles(width: width, words).map { ColumnLayout.Column(report.cycles[$0], .fixed(Self.cycleWidth(report.cycles[$0])), alignRight: true) }
        return ColumnLayout(columns)
    }

    /// The row's cells: subject, pairs, the current figures, then each cycle shown with
    /// the figure that drifts (a lead's leniency, a competency's self-lead, a team's
    /// dispute rate) and its pairs; the same choice as `report calibration`.
    func cells(_ section: Section, _ row: CalibrationReport.Row, width: Int, _ context: ScreenContext) -> [String] {
        let language = context.language
        let catalog = context.catalog
        let signed = { CalibrationFormat.signed($0, in: language) }
        let rate = { CalibrationFormat.rate($0, in: language) }
        var subject = row.subject
        var current: [String]
        let history: (CalibrationFigure) -> String
        switch section {
        case .leads:
            current = [signed(row.current.leniency), signed(report.leniencyDistance(row))]
            history = { signed($0.leniency) }
        case .competencies:
            if let index = catalog.competencyIndex(of: row.subject) { subject += " " + catalog.competencies[index].name }
            current = [signed(row.current.meanSelfMinusLead), rate(row.current.disputeRate)]
            history = { signed($0.meanSelfMinusLead) }
        case .teams:
            current = [signed(row.current.meanSelfMinusLead), rate(row.current.disputeRate)]
            history = { rate($0.disputeRate) }
        }
        let words = context.words
        current = [subject, words.group(row.current.pairs)] + current
        return current + shownCycles(width: width, words.cycleScreens).map { index in
            row.history[index].map { "\(history($0)) (\(words.group($0.pairs)))" } ?? "-"
        }
    }

    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        let top = Layout.contentTop
        let words = context.words.cycleScreens
        let language = context.language
        buffer.put("  " + words.calibrationHeading(teams: report.teamIDs), x: 0, y: top, style: .heading, maxWidth: buffer.width - 1)
        let organisation = report.organisation.current
        let line = words.calibrationOrganisation(
            pairs: organisation.pairs, selfMinusLead: CalibrationFormat.signed(organisation.meanSelfMinusLead, in: language),
            leniency: CalibrationFormat.signed(organisation.leniency, in: language), disputes: CalibrationFormat.rate(organisation.disputeRate, in: language))
        buffer.put("  " + line, x: 0, y: top + 1, style: .title, maxWidth: buffer.width - 1)
        buffer.put("  " + words.pairNote(minimum: CalibrationFigure.minimumPairs), x: 0, y: top + 2, style: .dim, maxWidth: buffer.width - 1)
        let area = listArea(context.size)
        let width = buffer.width
        ListView.draw(list, count: lines.count, in: area, into: &buffer, empty: "") { buffer, index, y, selected in
            switch lines[index] {
            case .heading(let section):
                columns(section, width: width, words).drawHeader(into: &buffer, y: y, style: selected ? .selected : .heading)
            case .none:
                buffer.put("    " + words.noPairsYet, x: 0, y: y, style: selected ? .selected : .dim, maxWidth: width - 1)
            case .row(let section, let position):
                let row = Self.rows(report, section)[position]
                let style: Style = selected ? .selected : (row.current.isShown ? .normal : .dim)
                columns(section, width: width, words).draw(cells(section, row, width: width, context), into: &buffer, y: y, style: style)
            }
        }
        drawPanel(into: &buffer, y: area.bottom + 1, context)
    }

    /// Under the list, the selected row in words: what its figures say and on how many pairs.
    func drawPanel(into buffer: inout CellBuffer, y: Int, _ context: ScreenContext) {
        guard lines.indices.contains(list.selection) else { return }
        let words = context.words.cycleScreens
        let text: String
        switch lines[list.selection] {
        case .heading(let section), .none(let section):
            switch section {
            case .leads: text = words.leadsExplained
            case .competencies: text = words.competenciesExplained
            case .teams: text = words.teamsExplained
            }
        case .row(let section, let position):
            let row = Self.rows(report, section)[position]
            let figure = row.current
            let cells = cells(section, row, width: 0, context)
            if !figure.isShown {
                text = words.hiddenFigures(subject: cells[0], pairs: figure.pairs, minimum: CalibrationFigure.minimumPairs)
            } else if section == .leads, let leniency = figure.leniency {
                let difference = leniency == 0 ? nil : String(CalibrationFormat.signed(abs(leniency), in: context.language).dropFirst())
                text = words.leadRates(subject: cells[0], difference: difference, above: leniency > 0, pairs: figure.pairs, versusOrganisation: cells[3])
            } else {
                text = words.subjectFigures(subject: cells[0], selfMinusLead: cells[2], disputes: cells[3], pairs: figure.pairs)
            }
        }
        buffer.put("  " + text, x: 0, y: y, style: .dim, maxWidth: buffer.width - 1)
    }
}
