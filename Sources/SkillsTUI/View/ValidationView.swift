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
        let visible = Layout.listRows(state.size, headerRows: Layout.validationHeaderRows, footerRows: Layout.validationDetailRows)
        if validation.items.isEmpty {
            buffer.put("  Nothing waiting: every self rating in your teams has a lead rating at least as new.", x: 0, y: listTop, style: .flash)
        }
        Draw.list(count: validation.items.count, cursor: validation.cursor, top: listTop, visible: visible) { index, y, selected in
            let item = validation.items[index]
            let competency = state.catalog.competencies[item.competency]
            let text = row([
                "\(item.person.name) (\(item.person.login))", "\(competency.id) \(competency.name)", String(item.selfEvent.level),
                RequirementFields.text(item.leadRating?.level), item.target.map(String.init) ?? "-", item.isDisputed ? "disputed" : "",
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
        let note = item.selfEvent.note.isEmpty ? "no evidence note" : "“\(item.selfEvent.note)”"
        buffer.put(" Evidence: \(note)", x: 0, y: panelTop + 2, maxWidth: width)
        let lead = item.leadRating.map { "your last rating: \($0.level) \(scale.label(of: $0.level)), \(DateText.day($0.ratedAt))" } ?? "no lead rating yet"
        buffer.put(" \(lead.prefix(1).uppercased() + lead.dropFirst())", x: 0, y: panelTop + 3, maxWidth: width)
        var action = " a: accept \(item.selfEvent.level) as your rating · 0-4: give your own level · n: note"
        if let note = validation.pendingNote { action = " Your note, saved with your rating: \(note)" }
        buffer.put(action, x: 0, y: panelTop + 4, style: validation.pendingNote == nil ? .dim : .warning, maxWidth: width)
    }
}

/// HR's ranked list: a heading per competency, its people below.
enum TrainingNeedsView {
    static func draw(_ needs: TrainingNeedsState, state: AppState, into buffer: inout CellBuffer) {
        let report = needs.report
        let top = Layout.contentTop
        let scope = report.teamID.map { "team \($0)" } ?? "whole organisation"
        buffer.put("  Training needs, \(scope): \(report.people.count) people, \(report.needCount) needs in \(report.groups.count) competencies", x: 0, y: top, style: .heading, maxWidth: buffer.width - 1)
        buffer.put("  Priority = weight x gap, +2 if nobody in the team meets it, +1 if one does.", x: 0, y: top + 1, style: .dim, maxWidth: buffer.width - 2)
        let lines = needs.lines(catalog: state.catalog)
        let flagsWidth = 16
        let teamWidth = max(12, min(24, buffer.width - 58 - flagsWidth))
        func needRow(_ cells: [String]) -> String {
            "    " + DisplayWidth.pad(cells[0], to: 8, alignRight: true) + DisplayWidth.pad(cells[1], to: 5, alignRight: true) + "  "
                + DisplayWidth.pad(cells[2], to: 7) + DisplayWidth.pad(cells[3], to: 30) + " " + DisplayWidth.pad(cells[4], to: teamWidth) + " " + cells[5]
        }
        buffer.put(needRow(["Priority", "Gap", "Now→", "Person", "Team", "Flags"]), x: 0, y: top + 2, style: .heading, maxWidth: buffer.width - 1)
        let listTop = top + Layout.trainingNeedsHeaderRows
        let visible = Layout.listRows(state.size, headerRows: Layout.trainingNeedsHeaderRows)
        if lines.isEmpty {
            buffer.put(report.groups.isEmpty ? "  Nobody in scope has a gap." : "  Nothing matches \"\(needs.search.query)\".", x: 0, y: listTop, style: .dim)
        }
        Draw.list(count: lines.count, cursor: needs.cursor, top: listTop, visible: visible) { index, y, selected in
            let text: String
            var style: Style = .normal
            switch lines[index] {
            case .group(let groupIndex):
                let group = report.groups[groupIndex]
                let competency = state.catalog.competencies[group.competency]
                text = "  \(competency.id) \(competency.name) · \(group.peopleCount) \(group.peopleCount == 1 ? "person" : "people") · priority \(group.totalPriority)"
                style = .title
            case .need(let groupIndex, let needIndex):
                let need = report.groups[groupIndex].needs[needIndex]
                let person = report.people[need.personIndex]
                let requirement = need.requirement
                text = needRow([
                    String(need.priority), String(requirement.gap), "\(RequirementFields.text(requirement.effectiveLevel))→\(requirement.target)",
                    "\(person.name) (\(person.login))", person.teamID, RequirementFields.flags(requirement),
                ])
            }
            buffer.put(DisplayWidth.pad(text, to: buffer.width - 1), x: 0, y: y, style: selected ? .selected : style)
        }
        Draw.scrollMarkers(&buffer, count: lines.count, cursor: needs.cursor, visible: visible)
    }
}
