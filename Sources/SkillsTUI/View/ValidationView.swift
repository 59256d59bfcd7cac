import SkillsMatrix

/// Self ratings awaiting the lead, disputes first, with the selected one in full below.
enum ValidationView {
    static func draw(_ validation: ValidationState, state: AppState, into buffer: inout CellBuffer) {
        let top = Layout.contentTop
        let disputed = validation.items.count { $0.isDisputed }
        let scope = validation.teamID.map { "team \($0)" } ?? "your teams"
        buffer.put("  To validate in \(scope): \(validation.items.count) waiting, \(disputed) disputed", x: 0, y: top, style: .heading, maxWidth: buffer.width - 1)
        let nameWidth = min(34, max(24, (buffer.width - 36) / 3))
        let competencyWidth = max(20, buffer.width - nameWidth - 36)
        func row(_ cells: [String]) -> String {
            "  " + DisplayWidth.pad(cells[0], to: nameWidth) + "  " + DisplayWidth.pad(cells[1], to: competencyWidth)
                + DisplayWidth.pad(cells[2], to: 6, alignRight: true) + DisplayWidth.pad(cells[3], to: 6, alignRight: true)
                + DisplayWidth.pad(cells[4], to: 8, alignRight: true) + "  " + cells[5]
        }
        buffer.put(row(["Person", "Competency", "Self", "Lead", "Target", "Flags"]), x: 0, y: top + 2, style: .heading, maxWidth: buffer.width - 1)
        let listTop = top + Layout.validationHeaderRows
        let visible = Layout.listRows(of: .validation(validation), state.size) ?? 1
        if validation.items.isEmpty {
            buffer.put("  Nothing waiting: every self rating in your teams has a lead rating at least as new.", x: 0, y: listTop, style: .flash)
        }
        Draw.list(count: validation.items.count, cursor: validation.cursor, top: listTop, visible: visible) { index, y, selected in
            let item = validation.items[index]
            let competency = state.catalog.competencies[item.competency]
            let text = row([
                "\(item.person.name) (\(item.person.login))", "\(competency.id) \(competency.name)", String(item.selfEvent.level),
                RequirementFields.text(item.leadRating?.level), item.target.map(String.init) ?? "-", flags(item, state: state),
            ])
            buffer.put(DisplayWidth.pad(text, to: buffer.width - 1), x: 0, y: y, style: selected ? .selected : (item.isDisputed ? .warning : .normal))
        }
        Draw.scrollMarkers(&buffer, count: validation.items.count, cursor: validation.cursor, visible: visible)
        guard validation.items.indices.contains(validation.cursor.selection) else { return }
        let item = validation.items[validation.cursor.selection]
        let competency = state.catalog.competencies[item.competency]
        let scale = state.catalog.framework(ofCompetency: item.competency).scale
        let panelTop = listTop + visible
        let width = buffer.width - 3
        buffer.put(String(repeating: "─", count: buffer.width), x: 0, y: panelTop, style: .dim)
        buffer.put(" \(item.person.name): \(competency.id) \(competency.name) at \(item.selfEvent.level) \(scale.label(of: item.selfEvent.level)), \(DateText.age(of: item.selfEvent.ratedAt, now: state.now))", x: 0, y: panelTop + 1, style: .title, maxWidth: width)
        // The evidence is what a lead judges by: two lines of it, not one.
        let lead = item.leadRating.map { "your last rating: \($0.level) \(scale.label(of: $0.level)), \(DateText.day($0.ratedAt))" } ?? "no lead rating yet"
        buffer.put(" \(lead.prefix(1).uppercased() + lead.dropFirst())", x: 0, y: panelTop + 2, maxWidth: width)
        let note = item.selfEvent.note.isEmpty ? "no evidence note" : "“\(item.selfEvent.note)”"
        for (offset, line) in Draw.wrap("Evidence: \(note)", width: width - 1, maxLines: 2).enumerated() {
            buffer.put(" " + line, x: 0, y: panelTop + 3 + offset, maxWidth: width)
        }
        var action = " a: accept \(item.selfEvent.level) as your rating · 0-4: give your own level · n: note"
        if let note = validation.pendingNote { action = " Your note, saved with your rating: \(note)" }
        buffer.put(action, x: 0, y: panelTop + 5, style: validation.pendingNote == nil ? .dim : .warning, maxWidth: width)
    }

    /// "disputed", "stale": how the waiting self rating stands.
    static func flags(_ item: ValidationItem, state: AppState) -> String {
        var flags: [String] = []
        if item.isDisputed { flags.append("disputed") }
        let interval = state.catalog.framework(ofCompetency: item.competency).reviewIntervalDays
        if Scoring.isStale(Rating(level: item.selfEvent.level, ratedAt: item.selfEvent.ratedAt), reviewIntervalDays: interval, now: state.now) {
            flags.append("stale")
        }
        return flags.joined(separator: " ")
    }
}
