import SkillsMatrix

extension HeatmapScreen {
    /// Only the visible window is drawn, so a team of a thousand costs the same as a team of ten.
    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        let catalog = context.catalog
        let top = Layout.contentTop
        let words = context.words
        let filter = frameworkFilter.map { catalog.framework($0)?.name ?? $0 } ?? words.screen.allFrameworks
        var title = words.heatmapHeading(team: shown.team.name, people: shown.rows.count, lens: Self.lensName(lens, words: words.screen), filter: filter)
        switch order {
        case .name: break
        case .readiness: title += words.screen.leastReadyFirst
        case .competency(let index): title += words.sortedBy(catalog.competencies[index].id)
        }
        if search.isActive { title += words.matchingSuffix(search.query) }
        buffer.put(title, x: 0, y: top, style: .heading, maxWidth: buffer.width - 1)

        let gridTop = Self.gridTop
        let visibleRows = Self.visibleRows(context.size)
        let visibleColumns = Self.visibleColumns(context.size)
        let columns = Array(shown.competencies.indices.dropFirst(columnOffset).prefix(visibleColumns))
        drawColumnHeaders(columns, catalog: catalog, words: words, into: &buffer)

        if shown.rows.isEmpty {
            buffer.put(words.nobodyToShow(matching: search.isActive ? search.query : nil), x: 0, y: gridTop, style: .dim)
        }
        for line in 0..<visibleRows {
            let index = rowOffset + line
            guard index < shown.rows.count else { break }
            let person = shown.rows[index]
            let y = gridTop + line
            let isCursorRow = index == row
            buffer.put((isCursorRow ? "▸" : " ") + DisplayWidth.pad(displayName(person.person), to: Self.nameWidth - 2), x: 0, y: y, style: isCursorRow ? .selected : .normal)
            buffer.put(
                DisplayWidth.pad(words.percent(person.readiness(lens)), to: Self.readinessWidth - 1, alignRight: true),
                x: Self.nameWidth, y: y, style: isCursorRow ? .selected : .normal)
            for (slot, column) in columns.enumerated() {
                let cell = person.cells[column]
                let style: Style = isCursorRow && column == self.column ? .cursor : Style(cell.band(lens))
                buffer.put(HeatmapFormat.cellText(cell, lens: lens), x: Self.firstCellX + slot * Self.cellWidth, y: y, style: style, exactWidth: Self.cellWidth - 1)
            }
        }
        if rowOffset > 0 { buffer.put("↑", x: Self.nameWidth - 1, y: gridTop, style: .dim) }
        if rowOffset + visibleRows < shown.rows.count { buffer.put("↓", x: Self.nameWidth - 1, y: gridTop + visibleRows - 1, style: .dim) }

        let coverageY = gridTop + min(visibleRows, max(1, shown.rows.count))
        drawCoverage(columns, y: coverageY, words: context.words, into: &buffer)
        if let leaver {
            drawLeaver(leaver, y: coverageY + 1, context: context, into: &buffer)
        } else {
            drawDetail(y: coverageY + 1, context: context, into: &buffer)
        }
    }

    static func lensName(_ lens: HeatmapLens, words: ScreenWords) -> String {
        switch lens {
        case .selfAssessment: return words.selfRatings
        case .lead: return words.leadRatings
        case .effective: return words.effectiveRatings
        }
    }

    /// Framework, area and number of each column, each printed where it changes.
    private func drawColumnHeaders(_ columns: [Int], catalog: Catalog, words: any MessageCatalogue, into buffer: inout CellBuffer) {
        let gridTop = Self.gridTop
        buffer.put(DisplayWidth.pad(words.columns.person, to: Self.nameWidth - 2), x: 2, y: gridTop - 1, style: .heading)
        buffer.put(words.columns.ready, x: Self.nameWidth, y: gridTop - 1, style: .heading)
        var previousParts: [Substring] = []
        for (slot, column) in columns.enumerated() {
            let parts = catalog.competencies[shown.competencies[column]].id.split(separator: ".")
            let x = Self.firstCellX + slot * Self.cellWidth
            let style: Style = column == self.column ? .cursor : .heading
            if parts.count == 3 {
                if slot == 0 || previousParts.first != parts[0] { buffer.put(String(parts[0]), x: x, y: gridTop - 3, style: .title) }
                if slot == 0 || previousParts.dropFirst().first != parts[1] || previousParts.first != parts[0] {
                    buffer.put(String(parts[1].prefix(Self.cellWidth - 1)), x: x, y: gridTop - 2, style: .dim)
                }
                buffer.put(String(parts[2]), x: x, y: gridTop - 1, style: style, exactWidth: Self.cellWidth - 1)
            } else {
                buffer.put(parts.last.map(String.init) ?? "", x: x, y: gridTop - 1, style: style, exactWidth: Self.cellWidth - 1)
            }
            previousParts = parts
        }
        if columnOffset > 0 { buffer.put("◀", x: Self.firstCellX - 1, y: gridTop - 1, style: .dim) }
        if columnOffset + columns.count < shown.competencies.count {
            buffer.put("▶", x: Self.firstCellX + columns.count * Self.cellWidth, y: gridTop - 1, style: .dim)
        }
    }

    /// Members meeting target / members needing it, by the lens (or without the leaver);
    /// `*` marks a single point of failure. Where "524/1000" does not fit, the share.
    private func drawCoverage(_ columns: [Int], y: Int, words: any MessageCatalogue, into buffer: inout CellBuffer) {
        let coverage = leaver?.impact.after ?? shown.coverage(lens)
        let label = leaver.map { words.withoutPerson($0.person.name) } ?? words.screen.coverageMeetNeed
        buffer.put(DisplayWidth.pad(label, to: Self.firstCellX - 1), x: 0, y: y, style: .heading)
        for (slot, column) in columns.enumerated() {
            let competency = shown.competencies[column]
            let entry = coverage.coverage(of: competency)
            let changed = leaver.map { $0.impact.lost.contains(competency) || $0.impact.newSinglePointsOfFailure.contains(competency) } ?? false
            let risky = entry.map { $0.isSinglePointOfFailure || $0.isUncovered } ?? false
            buffer.put(
                Self.coverageCell(entry, width: Self.cellWidth - 1), x: Self.firstCellX + slot * Self.cellWidth, y: y,
                style: changed ? .cursor : (risky ? .warning : .normal), exactWidth: Self.cellWidth - 1)
        }
    }

    /// "3/7", "1/5*", or for a large team the share that meets it ("52%").
    static func coverageCell(_ coverage: CompetencyCoverage?, width: Int) -> String {
        guard let coverage else { return "" }
        let whole = HeatmapFormat.coverageText(coverage)
        if DisplayWidth.of(whole) <= width { return whole }
        if coverage.isSinglePointOfFailure { return "1*" }
        let share = coverage.requiredBy.isEmpty ? 0 : Int((100 * Double(coverage.meeting.count) / Double(coverage.requiredBy.count)).rounded())
        return "\(share)%"
    }

    /// The panel under the grid: the cell under the cursor in words (`n` shows all of it).
    private func drawDetail(y: Int, context: ScreenContext, into buffer: inout CellBuffer) {
        let width = buffer.width - 2
        buffer.put(String(repeating: "─", count: buffer.width), x: 0, y: y, style: .dim)
        let lines = TextScreen.wrap(detailParagraphs(context), width: width - 1).map { (" " + $0.0, $0.1) }
        let area = Rect(x: 0, y: y + 1, width: width, height: Layout.messageRow(context.size) - (y + 1))
        Draw.scrolled(lines, offset: 0, in: area, into: &buffer, words: context.screenWords)
    }

    /// The cell under the cursor in words: the competency's full name (the headers only
    /// have room for numbers), the person's target and standing, both ratings with their
    /// dates and notes.
    func detailParagraphs(_ context: ScreenContext) -> [TextScreen.Paragraph] {
        guard shown.rows.indices.contains(row), shown.competencies.indices.contains(column) else { return [] }
        let person = shown.rows[row]
        let competencyIndex = shown.competencies[column]
        let competency = context.catalog.competencies[competencyIndex]
        let framework = context.catalog.framework(ofCompetency: competencyIndex)
        let scale = framework.scale
        let cell = person.cells[column]
        var paragraphs = [TextScreen.Paragraph("\(competency.id) \(competency.name) · \(framework.name)", .title)]
        var standing = "\(person.person.name) (\(person.person.login))"
        if let requirement = cell.requirement {
            standing += context.words.detailTarget(requirement.target, label: scale.label(of: requirement.target))
        } else {
            standing += context.screenWords.notRequiredByRole
        }
        standing += context.words.detailNow(cell.band(lens).label(in: context.language))
        if let requirement = cell.requirement {
            if requirement.isDisputed { standing += context.screenWords.disputedDetail }
            if requirement.isStale { standing += context.screenWords.staleDetail }
        }
        if let coverage = shown.coverage(lens).coverage(of: competencyIndex) {
            standing += context.words.teamMeets(coverage.meeting.count, of: coverage.requiredBy.count)
            if coverage.isSinglePointOfFailure { standing += context.words.onlyHolder(coverage.meeting[0]) }
        }
        paragraphs.append(TextScreen.Paragraph(standing))
        let detail = self.detail.flatMap { $0.login == person.person.login && $0.competency == competencyIndex ? $0.detail : nil }
        for (track, rating, event) in [(context.screenWords.trackSelf, cell.ratings?.selfRating, detail?.selfEvent), (context.screenWords.trackLead, cell.ratings?.leadRating, detail?.leadEvent)] {
            guard let rating else {
                paragraphs.append(TextScreen.Paragraph(context.words.trackNone(track), .dim))
                continue
            }
            var text = context.words.ratingLine(
                track: track, level: rating.level, label: scale.label(of: rating.level), on: rating.ratedAt,
                age: DateText.age(of: rating.ratedAt, now: context.now, in: context.language))
            if let event, event.track == .lead { text += context.words.byRater(event.raterLogin) }
            if let note = event?.note, !note.isEmpty { text += ": “\(note)”" }
            paragraphs.append(TextScreen.Paragraph(text, hangingIndent: 6))
        }
        if let detail, detail.historyCount > 2 { paragraphs.append(TextScreen.Paragraph(context.words.historyCount(detail.historyCount), .dim)) }
        return paragraphs
    }

    /// The panel while `x` shows the team without someone.
    private func drawLeaver(_ leaver: Leaver, y: Int, context: ScreenContext, into buffer: inout CellBuffer) {
        let width = buffer.width - 2
        buffer.put(String(repeating: "─", count: buffer.width), x: 0, y: y, style: .dim)
        func names(_ indices: [Int]) -> String {
            indices.map { "\(context.catalog.competencies[$0].id) \(context.catalog.competencies[$0].name)" }.joined(separator: "; ")
        }
        var lines: [(String, Style)] = [(context.words.leaverHeading(name: leaver.person.name, login: leaver.person.login), .title)]
        if leaver.impact.lost.isEmpty && leaver.impact.newSinglePointsOfFailure.isEmpty {
            lines.append((context.screenWords.leaverNothingLost, .normal))
        }
        if !leaver.impact.lost.isEmpty {
            lines += Draw.wrap(context.words.nobodyWouldMeetList(names(leaver.impact.lost)), width: width - 1).map { (" " + $0, .warning) }
        }
        if !leaver.impact.newSinglePointsOfFailure.isEmpty {
            lines += Draw.wrap(context.words.onlyOneWouldMeetList(names(leaver.impact.newSinglePointsOfFailure)), width: width - 1).map { (" " + $0, .normal) }
        }
        let area = Rect(x: 0, y: y + 1, width: width, height: Layout.messageRow(context.size) - (y + 1))
        Draw.scrolled(lines, offset: 0, in: area, into: &buffer, words: context.screenWords)
    }
}
