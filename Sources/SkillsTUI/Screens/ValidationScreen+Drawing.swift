import SkillsMatrix

extension ValidationScreen {
    static let columns = ColumnLayout([
        .init("Person", .flexible(minimum: 22, maximum: 34)), .init("Competency", .flexible(minimum: 20, maximum: nil)),
        .init("Self", .fixed(4), alignRight: true), .init("Lead", .fixed(4), alignRight: true), .init("Target", .fixed(6), alignRight: true),
        .init("Flags", .fixed(14)),
    ], gap: 1)

    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        let top = Layout.contentTop
        let scopeName = scope.teamID.map { "team \($0)" } ?? "your teams"
        let counted = count.map { "\(Counted.group($0.waiting)) waiting, \(Counted.group($0.disputed)) disputed" } ?? "counting…"
        buffer.put("  To validate in \(scopeName): \(counted)", x: 0, y: top, style: .heading, maxWidth: buffer.width - 1)
        var showing = ["\(order.label)"]
        if filter.disputedOnly { showing.append("disputed only") }
        if filter.staleOnly { showing.append("stale only") }
        if let person = filter.person { showing.append("only \(person)") }
        if let competency = filter.competency { showing.append("only \(context.catalog.competencies[competency].id)") }
        if search.isActive { showing.append("matching \"\(search.query)\"") }
        if scanned != nil { showing.append("more load as you go down") }
        buffer.put("  Showing " + showing.joined(separator: " · "), x: 0, y: top + 1, style: .dim, maxWidth: buffer.width - 1)
        Self.columns.drawHeader(into: &buffer, y: top + 3)
        let area = listArea(context.size)
        let empty: String
        if items.isEmpty, scanned == nil, filter.isEmpty, !search.isActive {
            empty = "Nothing waiting: every self rating in your teams has a lead rating at least as new."
        } else {
            empty = scanned == nil ? "Nothing waiting matches." : "Loading…"
        }
        ListView.draw(list, count: shown.count, in: area, into: &buffer, empty: empty) { buffer, index, y, selected in
            let item = items[shown[index]]
            let competency = context.catalog.competencies[item.competency]
            let noted = pendingNotes[Self.key(item)] == nil ? "" : "note "
            Self.columns.draw(
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
        lines += Draw.wrap("\(item.person.name): \(competency.id) \(competency.name) at \(item.selfEvent.level) \(scale.label(of: item.selfEvent.level)), \(DateText.age(of: item.selfEvent.ratedAt, now: context.now))", width: width).prefix(1).map { ($0, .title) }
        let lead = item.leadRating.map { "Your last rating: \($0.level) \(scale.label(of: $0.level)), \(DateText.day($0.ratedAt))" } ?? "No lead rating yet"
        lines.append((lead, .normal))
        let note = item.selfEvent.note.isEmpty ? "no evidence note" : "“\(item.selfEvent.note)”"
        let evidence = Draw.wrap("Evidence: \(note)", width: width)
        lines += evidence.prefix(2).map { ($0, .normal) }
        if evidence.count > 2 { lines[lines.count - 1].0 = DisplayWidth.truncate(lines[lines.count - 1].0, to: width - 22) + " (Enter reads it all)" }
        if let pending = pendingNotes[Self.key(item)] {
            lines.append((DisplayWidth.truncate("Your note, saved with your rating: \(pending)", to: width), .warning))
        } else {
            lines.append(("a: accept \(item.selfEvent.level) as your rating · 0-4: your own level · n: add a note", .dim))
        }
        for (offset, line) in lines.prefix(Self.panelRows - 1).enumerated() {
            buffer.put(" " + line.0, x: 0, y: y + 1 + offset, style: line.1, maxWidth: width + 1)
        }
    }

    /// "disputed", "stale": how the waiting self rating stands.
    static func flags(_ item: ValidationItem, context: ScreenContext) -> String {
        var flags: [String] = []
        if item.isDisputed { flags.append("disputed") }
        if item.isStale(catalog: context.catalog, now: context.now) { flags.append("stale") }
        return flags.joined(separator: " ")
    }
}
