import SkillsMatrix

/// HR's ranked list: a heading per competency, its people below.
enum TrainingNeedsView {
    static func draw(_ needs: TrainingNeedsState, state: AppState, into buffer: inout CellBuffer) {
        let report = needs.report
        let top = Layout.contentTop
        let scope = report.teamID.map { "team \($0)" } ?? "whole organisation"
        var heading = "  Training needs, \(scope): \(report.people.count) people, \(report.needCount) needs in \(report.groups.count) competencies"
        if !needs.search.query.isEmpty { heading = "  Showing matches for \"\(needs.search.query)\" (Esc shows all; e exports the whole list)" }
        buffer.put(heading, x: 0, y: top, style: .heading, maxWidth: buffer.width - 1)
        buffer.put("  Priority = weight x gap, +2 if nobody in the team meets it, +1 if one does.", x: 0, y: top + 1, style: .dim, maxWidth: buffer.width - 2)
        let lines = needs.lines
        let flagsWidth = 16
        let teamWidth = max(12, min(24, buffer.width - 58 - flagsWidth))
        func needRow(_ cells: [String]) -> String {
            "    " + DisplayWidth.pad(cells[0], to: 8, alignRight: true) + DisplayWidth.pad(cells[1], to: 5, alignRight: true) + "  "
                + DisplayWidth.pad(cells[2], to: 7) + DisplayWidth.pad(cells[3], to: 30) + " " + DisplayWidth.pad(cells[4], to: teamWidth) + " " + cells[5]
        }
        buffer.put(needRow(["Priority", "Gap", "Now→", "Person", "Team", "Flags"]), x: 0, y: top + 2, style: .heading, maxWidth: buffer.width - 1)
        let listTop = top + Layout.trainingNeedsHeaderRows
        let visible = Layout.listRows(of: .trainingNeeds(needs), state.size) ?? 1
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
                text = needRow([
                    String(need.priority), String(need.gap), "\(RequirementFields.text(need.effectiveLevel))→\(need.target)",
                    "\(person.name) (\(person.login))", person.teamID, RequirementFields.flags(need),
                ])
            }
            buffer.put(DisplayWidth.pad(text, to: buffer.width - 1), x: 0, y: y, style: selected ? .selected : style)
        }
        Draw.scrollMarkers(&buffer, count: lines.count, cursor: needs.cursor, visible: visible)
        if let command = needs.remoteExportCommand { drawRemoteExport(command, into: &buffer) }
    }

    /// Over SSH: the command to run on one's own machine, unbroken where it fits, so it
    /// can be copied.
    static func drawRemoteExport(_ command: String, into buffer: inout CellBuffer) {
        let width = buffer.width - 4
        let commandLines = Draw.wrap(command, width: width - 4)
        let lines = ["Nothing was written on the server. To save this list on your", "own computer, run this there:", ""]
            + commandLines + ["", "The file is the same as an export here would be."]
        let height = lines.count + 4
        let top = max(Layout.contentTop, (buffer.height - height) / 2)
        Renderer.drawBox(&buffer, x: 2, y: top, width: width, height: height, title: "Export over SSH")
        for (index, line) in lines.enumerated() {
            let isCommand = index >= 3 && index < 3 + commandLines.count
            buffer.put(line, x: 5, y: top + 2 + index, style: isCommand ? .heading : .normal, maxWidth: width - 4)
        }
        buffer.put("Any key closes this", x: 5, y: top + height - 1, style: .dim, maxWidth: width - 4)
    }
}
