import SkillsMatrix

extension HomeScreen {
    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        var y = Layout.contentTop + 1
        let width = buffer.width - 4
        guard let session = context.session else { return }
        let words = context.words
        if let person = session.person {
            buffer.put("  \(person.name) (\(person.login))", x: 0, y: y, style: .heading, maxWidth: width)
            buffer.put(words.homeRoleLine(role: session.roleName ?? person.roleID, team: person.teamID, access: session.roleSummary), x: 0, y: y + 1, maxWidth: width)
        } else {
            buffer.put("  \(session.login)", x: 0, y: y, style: .heading)
            buffer.put(words.homeNotStaff(access: session.roleSummary), x: 0, y: y + 1, maxWidth: width + 2)
        }
        y += 3
        if let progress = data.cycle {
            drawCycle(progress, y: y, into: &buffer, context)
            y += Self.cycleRows(data)
        }
        if let assessment = data.assessment {
            var summary = words.homeGapSummary(gap: assessment.totalWeightedGap, of: assessment.totalWeightedTarget)
            if assessment.unratedCount > 0 { summary += " · " + words.unratedCount(assessment.unratedCount) }
            if assessment.staleCount > 0 { summary += " · " + words.staleCount(assessment.staleCount) }
            if assessment.disputedCount > 0 { summary += " · " + words.disputedCount(assessment.disputedCount) }
            var x = buffer.put(words.screen.homeReadiness, x: 0, y: y)
            x += buffer.put(DisplayWidth.pad(words.percent(assessment.readiness), to: 5), x: x, y: y, style: .title)
            // The bar gives way (to 8 cells at the least) so that the longer words of a
            // language still fit beside it.
            let barWidth = max(8, min(20, buffer.width - 1 - x - DisplayWidth.of(summary)))
            x += buffer.put(Draw.bar(assessment.readiness, width: barWidth), x: x, y: y)
            buffer.put(summary, x: x, y: y, maxWidth: buffer.width - x)
            buffer.put(words.screen.homeTopGaps, x: 0, y: y + 2, style: .heading)
            let gaps = assessment.byWeightedGap.filter { $0.gap > 0 }.prefix(3)
            if gaps.isEmpty { buffer.put(words.screen.homeNoGaps, x: 0, y: y + 3, style: .flash) }
            let columns = ColumnLayout(
                [.init(words.columns.competency, .fixed(38)), .init(words.columns.standing, .flexible(minimum: 20, maximum: nil))], gap: 2, indent: 4)
            for (offset, requirement) in gaps.enumerated() {
                let competency = context.catalog.competencies[requirement.competency]
                let standing = words.topGapStanding(
                    target: requirement.target, now: RequirementFields.text(requirement.effectiveLevel), gap: requirement.gap,
                    flags: RequirementFields.flags(requirement, in: context.language))
                columns.draw(["\(competency.id) \(competency.name)", standing], into: &buffer, y: y + 3 + offset)
            }
            y += 6
        }
        buffer.put(words.screen.homeOpen, x: 0, y: y, style: .heading)
        let items = Self.items(session: context.session, data: data, isDemo: context.isDemo, language: context.language)
        // As wide as the longest item ("Validate ratings (28,682 waiting, 297 disputed)").
        let menuWidth = min(buffer.width - 2, max(50, 6 + (items.map { DisplayWidth.of($0.label) }.max() ?? 0)))
        let area = Self.menuArea(data, context.size, width: menuWidth)
        ListView.draw(menu, count: items.count, in: area, into: &buffer, empty: "") { buffer, index, row, selected in
            buffer.put("    " + items[index].label, x: 0, y: row, style: selected ? .selected : .normal, maxWidth: area.width)
        }
    }

    /// The open cycle: its name and due date, then how much of it is done and what
    /// "still level N" would add.
    func drawCycle(_ progress: CycleProgress, y: Int, into buffer: inout CellBuffer, _ context: ScreenContext) {
        let cycle = progress.cycle
        let completion = progress.completion
        let overdue = completion.isOverdue(in: cycle, now: context.now)
        let words = context.words
        let due = words.homeCycleDue(words.day(cycle.dueAt), overdue: overdue, pastDue: cycle.isPastDue(at: context.now))
        var x = buffer.put("  " + words.homeCycleTitle, x: 0, y: y, style: .heading)
        x += buffer.put(cycle.name, x: x, y: y, style: .heading, maxWidth: max(10, buffer.width - x - 24))
        buffer.put(" · " + due, x: x, y: y, style: overdue ? .warning : .normal, maxWidth: buffer.width - x)
        var done = "  " + words.homeCycleDone(completion.done, of: completion.total)
        if completion.isComplete {
            done += words.homeCyclePartComplete
        } else {
            let reconfirm = Self.awaitingReconfirmation(data)
            let unanswered = completion.total - completion.done - reconfirm
            if unanswered > 0 { done += words.homeCycleToAnswer(unanswered) }
            if reconfirm > 0 { done += words.homeCycleToReconfirm(reconfirm) }
        }
        buffer.put(done, x: 0, y: y + 1, style: overdue ? .warning : .normal, maxWidth: buffer.width - 1)
    }
}
