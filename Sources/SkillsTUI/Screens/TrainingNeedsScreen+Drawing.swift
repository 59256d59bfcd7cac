import SkillsMatrix

extension TrainingNeedsScreen {
    /// The columns of a need at `width`; the competency's only where the lines are not
    /// grouped by it (under a competency heading it would say the heading again), so that
    /// the room goes to the person and the team instead. Where the whole set would cut a
    /// name or a team (80 columns), the narrow set: "Pri" for the priority and no Gap
    /// column (Now→ says it: 0→2 is 2 short), so that the longest name and team are read
    /// in full; the competency then gives way first (Enter shows it whole).
    func columns(width: Int, _ words: any MessageCatalogue) -> ColumnLayout {
        let showsCompetency = lines.grouping != .competency
        let person = max(24, widestPerson)
        let team = max(12, widestTeam)
        let wide = Self.layout(narrow: false, showingCompetency: showsCompetency, person: person, team: team, words)
        let frames = wide.frames(width: width)
        let personColumn = 3
        let teamColumn = showsCompetency ? 5 : 4
        if frames[personColumn].width >= person, frames[teamColumn].width >= team, frames[teamColumn + 1].x + 16 <= width - 1 { return wide }
        return Self.layout(narrow: true, showingCompetency: showsCompetency, person: person, team: team, words)
    }

    /// The narrow set is the one whose first column is `Self.narrowWidth` wide.
    static func layout(narrow: Bool, showingCompetency: Bool, person: Int, team: Int, _ words: any MessageCatalogue) -> ColumnLayout {
        let plans = words.plans
        var columns: [ColumnLayout.Column] = narrow
            ? [.init(plans.columnPriorityShort, .fixed(narrowWidth), alignRight: true), .init(plans.columnNowTo, .fixed(5))]
            : [.init(plans.columnPriority, .fitting(plans.columnPriority, 8), alignRight: true), .init(words.columns.gap, .fixed(3), alignRight: true),
               .init(plans.columnNowTo, .fixed(5))]
        let personColumn = columns.count
        columns.append(.init(words.columns.person, .flexible(minimum: 24, maximum: person)))
        if showingCompetency { columns.append(.init(words.columns.competency, .flexible(minimum: 0, maximum: 36))) }
        let teamColumn = columns.count
        columns.append(.init(words.columns.team, .flexible(minimum: 12, maximum: team)))
        // "stale disputed", "utdatert avvik": the longest flags a need has.
        columns.append(.init(words.columns.flags, .fixed(narrow ? 14 : 16)))
        // The person and the team before the competency: they are what a row is about.
        let order = [personColumn, teamColumn] + columns.indices.filter { $0 != personColumn && $0 != teamColumn }
        return ColumnLayout(columns, gap: 1, indent: 2, growthOrder: order)
    }

    /// The narrow set's priority column.
    static let narrowWidth = 3

    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        let top = Layout.contentTop
        let words = context.words
        let scope = words.trainingScope(team: report.teamID)
        buffer.put(
            words.trainingScreenHeading(scope: scope, people: report.people.count, needs: report.needCount, competencies: report.groups.count),
            x: 0, y: top, style: .heading, maxWidth: buffer.width - 1)
        var showing = [lines.grouping.label(words.screen)]
        if let team = lines.filter.teamID { showing.append(words.teamOnly(team)) }
        if let framework = lines.filter.frameworkID { showing.append(words.frameworkOnly(framework)) }
        if let flag = lines.filter.flag { showing.append(words.frameworkOnly(Self.flagWord(flag, words.flags))) }
        if lines.needCount != report.needCount { showing.append(words.shownCount(lines.needCount)) }
        if search.isActive { showing.append(words.linesMatch(matches.count, query: search.query)) }
        buffer.put(words.showingLine(showing.joined(separator: " · ")), x: 0, y: top + 1, style: .dim, maxWidth: buffer.width - 1)
        let columns = columns(width: buffer.width, words)
        let narrow = columns.columns.first?.width == .fixed(Self.narrowWidth)
        buffer.put(words.plans.priorityRule(narrow: narrow), x: 0, y: top + 2, style: .dim, maxWidth: buffer.width - 1)
        let showsCompetency = lines.grouping != .competency
        columns.drawHeader(into: &buffer, y: top + 3)
        let area = listArea(context.size)
        let empty = report.groups.isEmpty ? words.screen.nobodyHasGap : words.screen.noNeedPassesFilter
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
                let fields = [String(need.priority)] + (narrow ? [] : [String(need.gap)])
                    + ["\(RequirementFields.text(need.effectiveLevel))→\(need.target)", "\(person.name) (\(person.login))"]
                columns.draw(
                    fields + (showsCompetency ? ["\(competency.id) \(competency.name)"] : []) + [person.teamID, RequirementFields.flags(need, in: context.language)],
                    into: &buffer, y: y, style: selected ? .selected : .normal)
                if matched, !selected { buffer.put("›", x: 0, y: y, style: .cursor) }
            }
        }
        if case .running? = export { buffer.put(words.screen.exportingPanel, x: max(0, buffer.width - 1 - DisplayWidth.of(words.screen.exportingPanel)), y: top, style: .statusKey) }
        if case .remoteCommand(let command)? = export { Self.drawRemoteExport(command, context: context, into: &buffer) }
    }

    /// Over SSH: the command to run on one's own machine, unbroken where it fits, so it
    /// can be copied.
    static func drawRemoteExport(_ command: String, context: ScreenContext, into buffer: inout CellBuffer) {
        let width = buffer.width - 4
        let commandLines = Draw.wrap(command, width: width - 4)
        let words = context.screenWords
        let lines = [words.sshNothingWritten, words.sshOwnComputer, ""] + commandLines + ["", words.sshSameFile]
        let height = lines.count + 4
        let top = max(Layout.contentTop, (buffer.height - height) / 2)
        Renderer.drawBox(&buffer, x: 2, y: top, width: width, height: height, title: words.exportOverSSH)
        for (index, line) in lines.enumerated() {
            let isCommand = index >= 3 && index < 3 + commandLines.count
            buffer.put(line, x: 5, y: top + 2 + index, style: isCommand ? .heading : .normal, maxWidth: width - 4)
        }
        buffer.put(words.anyKeyCloses, x: 5, y: top + height - 1, style: .dim, maxWidth: width - 4)
    }

    /// A flag filter's word: "unrated", in the language.
    static func flagWord(_ flag: TrainingNeedsLines.Filter.Flag, _ words: RequirementFlagWords) -> String {
        switch flag {
        case .unrated: return words.unrated
        case .stale: return words.stale
        case .disputed: return words.disputed
        }
    }

    func headingText(_ heading: TrainingNeedsLines.Heading, context: ScreenContext) -> String {
        switch heading {
        case .competency(let groupIndex):
            let group = report.groups[groupIndex]
            let competency = context.catalog.competencies[group.competency]
            return context.words.needGroupHeading(
                competency: "\(competency.id) \(competency.name)", people: group.peopleCount, priority: group.totalPriority)
        case .team(let team):
            return context.words.teamHeading(team)
        case .person(let personIndex):
            let person = report.people[personIndex]
            return "\(person.name) (\(person.login)) · \(person.teamID)"
        }
    }
}
