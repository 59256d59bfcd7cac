import SkillsMatrix

extension ValidationScreen {
    static func columns(_ column: ReportColumns) -> ColumnLayout {
        ColumnLayout([
            .init(column.person, .flexible(minimum: 22, maximum: 34)), .init(column.competency, .flexible(minimum: 20, maximum: nil)),
            .init(column.selfRating, .fixed(max(4, DisplayWidth.of(column.selfRating))), alignRight: true),
            .init(column.leadRating, .fixed(max(4, DisplayWidth.of(column.leadRating))), alignRight: true),
            .init(column.target, .fixed(6), alignRight: true), .init(column.flags, .fixed(14)),
        ], gap: 1)
    }

    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        let top = Layout.contentTop
        let words = context.words
        let columns = Self.columns(words.columns)
        let scopeName = scope.teamID.map(words.teamNamed) ?? words.screen.yourTeams
        let counted = count.map { words.waitingAndDisputed(waiting: $0.waiting, disputed: $0.disputed) } ?? words.screen.menuCounting
        buffer.put(words.toValidate(in: scopeName, counted: counted), x: 0, y: top, style: .heading, maxWidth: buffer.width - 1)
        var showing = [order.label(in: context.language)]
        if filter.disputedOnly { showing.append(words.screen.disputedOnly) }
        if filter.staleOnly { showing.append(words.screen.staleOnly) }
        if let person = filter.person { showing.append(words.only(person)) }
        if let competency = filter.competency { showing.append(words.only(context.catalog.competencies[competency].id)) }
        if search.isActive { showing.append(words.matchingQuery(search.query)) }
        if scanned != nil { showing.append(words.screen.moreLoad) }
        buffer.put(words.screen.showing + showing.joined(separator: " · "), x: 0, y: top + 1, style: .dim, maxWidth: buffer.width - 1)
        columns.drawHeader(into: &buffer, y: top + 3)
        let area = listArea(context.size)
        let empty: String
        if items.isEmpty, scanned == nil, filter.isEmpty, !search.isActive {
            empty = words.screen.nothingWaiting
        } else {
            empty = scanned == nil ? words.screen.nothingWaitingMatches : words.screen.loading
        }
        ListView.draw(list, count: shown.count, in: area, into: &buffer, empty: empty) { buffer, index, y, selected in
            let item = items[shown[index]]
            let competency = context.catalog.competencies[item.competency]
            let noted = pendingNotes[Self.key(item)] == nil ? "" : words.screen.notePrefix
            columns.draw(
                [
                    "\(item.person.name) (\(item.person.login))", "\(competency.id) \(competency.name)", String(item.selfEvent.level),
                    RequirementFields.text(item.leadRating?.level), item.target.map(String.init) ?? "-", noted + Self.flags(item, context: context),
                ],
                into: &buffer, y: y, style: selected ? .selected : (item.isDisputed ? .warning : .normal))
        }
        drawPanel(y: area.bottom, context: context, into: &buffer)
    }

    /// The selected rating in full, as far as the panel holds it (Enter shows the rest).
    private func drawPanel(y: Int, context: ScreenContext, into buffer: inout CellBuffer) {
        buffer.put(String(repeating: "─", count: buffer.width), x: 0, y: y, style: .dim)
        guard let item = selected else { return }
        let width = buffer.width - 3
        let competency = context.catalog.competencies[item.competency]
        let scale = context.catalog.framework(ofCompetency: item.competency).scale
        var lines: [(String, Style)] = []
        let words = context.words
        let summary = words.selfRatingSummary(
            name: item.person.name, competency: "\(competency.id) \(competency.name)", level: item.selfEvent.level,
            label: scale.label(of: item.selfEvent.level), age: DateText.age(of: item.selfEvent.ratedAt, now: context.now, in: context.language))
        lines += Draw.wrap(summary, width: width).prefix(1).map { ($0, .title) }
        let lead = item.leadRating.map { words.yourLastRating(level: $0.level, label: scale.label(of: $0.level), on: $0.ratedAt) }
            ?? words.screen.noLeadRatingYet
        lines.append((lead, .normal))
        let note = item.selfEvent.note.isEmpty ? words.screen.noEvidenceNote : words.quoted(item.selfEvent.note)
        let evidence = Draw.wrap(words.evidenceLine(note), width: width)
        lines += evidence.prefix(2).map { ($0, .normal) }
        if evidence.count > 2 { lines[lines.count - 1].0 = DisplayWidth.truncate(lines[lines.count - 1].0, to: width - 22) + words.screen.readsItAll }
        if let pending = pendingNotes[Self.key(item)] {
            lines.append((DisplayWidth.truncate(words.yourPendingNote(pending), to: width), .warning))
        } else {
            lines.append((words.validationActions(accepting: item.selfEvent.level), .dim))
        }
        for (offset, line) in lines.prefix(Self.panelRows - 1).enumerated() {
            buffer.put(" " + line.0, x: 0, y: y + 1 + offset, style: line.1, maxWidth: width + 1)
        }
    }

    /// "disputed", "stale": how the waiting self rating stands.
    static func flags(_ item: ValidationItem, context: ScreenContext) -> String {
        var flags: [String] = []
        if item.isDisputed { flags.append(context.screenWords.flagDisputed) }
        if item.isStale(catalog: context.catalog, now: context.now) { flags.append(context.screenWords.flagStale) }
        return flags.joined(separator: " ")
    }
}
