import SkillsMatrix

/// People down, competencies across, header rows and name column frozen, a coverage row
/// and a detail panel for the cell under the cursor. Only the visible window is drawn,
/// so a team of a thousand costs the same as a team of ten.
enum HeatmapView {
    typealias Geometry = Layout.Heatmap

    static func draw(_ heatmapState: HeatmapState, state: AppState, into buffer: inout CellBuffer) {
        let heatmap = heatmapState.shown
        let catalog = state.catalog
        let top = Layout.contentTop
        let lensName: String
        switch heatmapState.lens {
        case .selfAssessment: lensName = "self ratings"
        case .lead: lensName = "lead ratings"
        case .effective: lensName = "effective ratings"
        }
        let filter = heatmapState.frameworkFilter.map { catalog.framework($0)?.name ?? $0 } ?? "all frameworks"
        var title = "  \(heatmap.team.name) · \(heatmap.rows.count) people · \(lensName) · \(filter)"
        if !heatmapState.search.query.isEmpty { title += " · matching \"\(heatmapState.search.query)\"" }
        buffer.put(title, x: 0, y: top, style: .heading, maxWidth: buffer.width - 1)

        let gridTop = top + Geometry.headerRows
        let visibleRows = Geometry.visibleRows(state.size)
        let visibleColumns = Geometry.visibleColumns(state.size)
        let firstCellX = Geometry.nameWidth + Geometry.readinessWidth
        let columns = Array(heatmap.competencies.indices.dropFirst(heatmapState.columnOffset).prefix(visibleColumns))

        // Frozen header: framework, area and number, each printed where it changes.
        buffer.put(DisplayWidth.pad("Person", to: Geometry.nameWidth - 2), x: 2, y: gridTop - 1, style: .heading)
        buffer.put("Ready", x: Geometry.nameWidth, y: gridTop - 1, style: .heading)
        var previousParts: [Substring] = []
        for (slot, column) in columns.enumerated() {
            let parts = catalog.competencies[heatmap.competencies[column]].id.split(separator: ".")
            let x = firstCellX + slot * Geometry.cellWidth
            let isCursorColumn = column == heatmapState.column
            let style: Style = isCursorColumn ? .cursor : .heading
            if parts.count == 3 {
                if slot == 0 || previousParts.first != parts[0] { buffer.put(String(parts[0]), x: x, y: gridTop - 3, style: .title) }
                if slot == 0 || previousParts.dropFirst().first != parts[1] || previousParts.first != parts[0] {
                    buffer.put(String(parts[1].prefix(Geometry.cellWidth - 1)), x: x, y: gridTop - 2, style: .dim)
                }
                buffer.put(DisplayWidth.pad(String(parts[2]), to: Geometry.cellWidth - 1), x: x, y: gridTop - 1, style: style)
            }
            previousParts = parts
        }
        if heatmapState.columnOffset > 0 { buffer.put("◀", x: firstCellX - 1, y: gridTop - 1, style: .dim) }
        if heatmapState.columnOffset + visibleColumns < heatmap.competencies.count {
            buffer.put("▶", x: firstCellX + columns.count * Geometry.cellWidth, y: gridTop - 1, style: .dim)
        }

        // Rows.
        if heatmap.rows.isEmpty {
            buffer.put("  Nobody to show" + (heatmapState.search.query.isEmpty ? "." : " matching \"\(heatmapState.search.query)\"."), x: 0, y: gridTop, style: .dim)
        }
        for line in 0..<visibleRows {
            let index = heatmapState.rowOffset + line
            guard index < heatmap.rows.count else { break }
            let row = heatmap.rows[index]
            let y = gridTop + line
            let isCursorRow = index == heatmapState.row
            // The login is in the detail panel; the name alone leaves room for more columns.
            let name = row.person.name
            buffer.put(" " + DisplayWidth.pad(name, to: Geometry.nameWidth - 2), x: 0, y: y, style: isCursorRow ? .selected : .normal)
            buffer.put(DisplayWidth.pad(RequirementFields.percent(row.assessment.readiness), to: Geometry.readinessWidth - 1, alignRight: true), x: Geometry.nameWidth, y: y)
            for (slot, column) in columns.enumerated() {
                let cell = row.cells[column]
                let text = HeatmapFormat.cellText(cell, lens: heatmapState.lens)
                let isCursor = isCursorRow && column == heatmapState.column
                buffer.put(text, x: firstCellX + slot * Geometry.cellWidth, y: y, style: isCursor ? .cursor : Draw.style(cell.band(heatmapState.lens)), exactWidth: Geometry.cellWidth - 1)
            }
        }
        if heatmapState.rowOffset > 0 { buffer.put("↑", x: 0, y: gridTop, style: .dim) }
        if heatmapState.rowOffset + visibleRows < heatmap.rows.count { buffer.put("↓", x: 0, y: gridTop + visibleRows - 1, style: .dim) }

        // Coverage row: members meeting target / members needing it; * one holder only.
        let coverageY = gridTop + min(visibleRows, max(1, heatmap.rows.count))
        buffer.put(" Coverage (meet/need)", x: 0, y: coverageY, style: .heading)
        for (slot, column) in columns.enumerated() {
            let coverage = heatmap.coverage.coverage(of: heatmap.competencies[column])
            let risky = coverage.map { $0.isSinglePointOfFailure || $0.isUncovered } ?? false
            buffer.put(HeatmapFormat.coverageText(coverage), x: firstCellX + slot * Geometry.cellWidth, y: coverageY, style: risky ? .warning : .normal, exactWidth: Geometry.cellWidth - 1)
        }
        drawDetail(heatmapState, state: state, y: coverageY + 1, into: &buffer)
    }

    /// The panel under the grid: the cell under the cursor in words.
    static func drawDetail(_ heatmapState: HeatmapState, state: AppState, y: Int, into buffer: inout CellBuffer) {
        let heatmap = heatmapState.shown
        let width = buffer.width - 3
        buffer.put(String(repeating: "─", count: buffer.width), x: 0, y: y, style: .dim)
        guard heatmap.rows.indices.contains(heatmapState.row), heatmap.competencies.indices.contains(heatmapState.column) else { return }
        let row = heatmap.rows[heatmapState.row]
        let competencyIndex = heatmap.competencies[heatmapState.column]
        let competency = state.catalog.competencies[competencyIndex]
        let scale = state.catalog.framework(ofCompetency: competencyIndex).scale
        let cell = row.cells[heatmapState.column]
        var first = " \(row.person.name) (\(row.person.login)) · \(competency.id) \(competency.name)"
        if let requirement = cell.requirement { first += " · target \(requirement.target) \(scale.label(of: requirement.target))" } else { first += " · not required by their role" }
        buffer.put(first, x: 0, y: y + 1, style: .title, maxWidth: width)

        let detail = heatmapState.detail.flatMap { $0.login == row.person.login && $0.competency == competencyIndex ? $0.detail : nil }
        var standing = " Now: \(cell.band(heatmapState.lens).label)"
        if let requirement = cell.requirement {
            if requirement.isDisputed { standing += " · disputed (self and lead differ by 2 or more)" }
            if requirement.isStale { standing += " · stale (older than the review interval)" }
        }
        if let coverage = heatmap.coverage.coverage(of: competencyIndex) {
            standing += " · team: \(coverage.meeting.count) of \(coverage.requiredBy.count) meet"
            if coverage.isSinglePointOfFailure { standing += " (single point of failure: \(coverage.meeting[0]))" }
        }
        if let detail, detail.historyCount > 2 { standing += " · \(detail.historyCount) ratings in history" }
        buffer.put(standing, x: 0, y: y + 2, style: .dim, maxWidth: width)

        // Each track on a line of its own, its note wrapped below it into whatever rows
        // the grid leaves free: a lead judges by the evidence, so it should not be cut.
        var lines: [String] = []
        for (track, rating, event) in [("Self", cell.ratings?.selfRating, detail?.selfEvent), ("Lead", cell.ratings?.leadRating, detail?.leadEvent)] {
            guard let rating else {
                lines.append(" \(track): none")
                continue
            }
            var text = " \(track): \(rating.level) \(scale.label(of: rating.level)), \(DateText.day(rating.ratedAt)) (\(DateText.age(of: rating.ratedAt, now: state.now)))"
            if let event, event.track == .lead { text += " by \(event.raterLogin)" }
            lines.append(text)
            if let note = event?.note, !note.isEmpty {
                lines += Draw.wrap("“\(note)”", width: width - 4, maxLines: 3).map { "     " + $0 }
            }
        }
        let room = Layout.messageRow(state.size) - (y + 3)
        for (offset, line) in lines.prefix(max(0, room)).enumerated() {
            buffer.put(line, x: 0, y: y + 3 + offset, maxWidth: width)
        }
    }
}
