import SkillsMatrix

extension TrainingNeedsScreen {
    /// The columns of a need; the competency's only where the lines are not grouped by
    /// it (under a competency heading it would say the heading again), so that the room
    /// goes to the person and the team instead.
    static func columns(showingCompetency: Bool) -> ColumnLayout {
        showingCompetency ? withCompetency : withoutCompetency
    }

    static let withCompetency = ColumnLayout([
        .init("Priority", .fixed(8), alignRight: true), .init("Gap", .fixed(3), alignRight: true), .init("Now→", .fixed(5)),
        .init("Person", .flexible(minimum: 24, maximum: 32)), .init("Competency", .flexible(minimum: 0, maximum: 36)),
        .init("Team", .flexible(minimum: 12, maximum: 24)), .init("Flags", .fixed(16)),
    ], gap: 1, indent: 2)

    static let withoutCompetency = ColumnLayout([
        .init("Priority", .fixed(8), alignRight: true), .init("Gap", .fixed(3), alignRight: true), .init("Now→", .fixed(5)),
        .init("Person", .flexible(minimum: 24, maximum: 36)), .init("Team", .flexible(minimum: 12, maximum: 32)), .init("Flags", .fixed(16)),
    ], gap: 1, indent: 2)

    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        let top = Layout.contentTop
        let scope = report.teamID.map { "team \($0)" } ?? "whole organisation"
        buffer.put(
            "  Training needs, \(scope): \(Counted.text(report.people.count, "person", "people", grouped: true)), \(Counted.text(report.needCount, "need", "needs", grouped: true)) in \(Counted.text(report.groups.count, "competency", "competencies"))",
            x: 0, y: top, style: .heading, maxWidth: buffer.width - 1)
        var showing = [lines.grouping.label]
        if let team = lines.filter.teamID { showing.append("team \(team) only") }
        if let framework = lines.filter.frameworkID { showing.append("\(framework) only") }
        if let flag = lines.filter.flag { showing.append("\(flag.rawValue) only") }
        if lines.needCount != report.needCount { showing.append("\(Counted.group(lines.needCount)) shown") }
        if search.isActive { showing.append("\(Counted.text(matches.count, "line matches", "lines match", grouped: true)) \"\(search.query)\" (n/N)") }
        buffer.put("  Showing " + showing.joined(separator: " · ") + " · p costs a plan · e exports", x: 0, y: top + 1, style: .dim, maxWidth: buffer.width - 1)
        buffer.put("  Priority = weight x gap, +2 if nobody in the team meets it, +1 if one does.", x: 0, y: top + 2, style: .dim, maxWidth: buffer.width - 1)
        let showsCompetency = lines.grouping != .competency
        let columns = Self.columns(showingCompetency: showsCompetency)
        columns.drawHeader(into: &buffer, y: top + 3)
        let area = listArea(context.size)
        let empty = report.groups.isEmpty ? "Nobody in scope has a gap." : "No need passes the filter (Esc clears it)."
        ListView.draw(list, count: lines.lines.count, in: area, into: &buffer, empty: empty) { buffer, index, y, selected in
            let matched = lineMatches(index)
            switch lines.lines[index] {
            case .heading(let heading):
                buffer.put("  " + headingText(lines.headings[heading], context: context), x: 0, y: y, style: selected ? .selected : (matched ? .cursor : .title), maxWidth: area.width - 1)
            case .need(let groupIndex, let needIndex):
                let group = report.groups[groupIndex]
                let need = group.needs[needIndex]
                let person = report.people[need.personIndex]
                let competency = context.catalog.competencies[group.competency]
                let fields = [String(need.priority), String(need.gap), "\(RequirementFields.text(need.effectiveLevel))→\(need.target)", "\(person.name) (\(person.login))"]
                columns.draw(
                    fields + (showsCompetency ? ["\(competency.id) \(competency.name)"] : []) + [person.teamID, RequirementFields.flags(need)],
                    into: &buffer, y: y, style: selected ? .selected : .normal)
                if matched, !selected { buffer.put("›", x: 0, y: y, style: .cursor) }
            }
        }
        if case .running? = export { buffer.put(" Exporting… ", x: max(0, buffer.width - 14), y: top, style: .statusKey) }
        if case .remoteCommand(let command)? = export { Self.drawRemoteExport(command, into: &buffer) }
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

    func headingText(_ heading: TrainingNeedsLines.Heading, context: ScreenContext) -> String {
        switch heading {
        case .competency(let groupIndex):
            let group = report.groups[groupIndex]
            let competency = context.catalog.competencies[group.competency]
            return "\(competency.id) \(competency.name) · \(Counted.text(group.peopleCount, "person", "people", grouped: true)) · priority \(group.totalPriority)"
        case .team(let team):
            return "Team \(team)"
        case .person(let personIndex):
            let person = report.people[personIndex]
            return "\(person.name) (\(person.login)) · \(person.teamID)"
        }
    }
}
