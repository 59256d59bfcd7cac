import SkillsMatrix

/// Who am I, how ready, my top gaps, and what I can open.
enum HomeView {
    static func draw(_ home: HomeState, state: AppState, into buffer: inout CellBuffer) {
        var y = Layout.contentTop + 1
        let width = buffer.width - 4
        guard let session = state.session else { return }
        if let person = session.person {
            buffer.put("  \(person.name) (\(person.login))", x: 0, y: y, style: .heading)
            y += 1
            buffer.put("  \(session.roleName ?? person.roleID) · team \(person.teamID) · access: \(session.roleSummary)", x: 0, y: y, maxWidth: width)
        } else {
            buffer.put("  \(session.login)", x: 0, y: y, style: .heading)
            y += 1
            buffer.put("  Access: \(session.roleSummary). You are not a member of staff here, so there is nothing to self-assess.", x: 0, y: y, maxWidth: width + 2)
        }
        y += 2
        if let assessment = home.data.assessment {
            var x = buffer.put("  Readiness ", x: 0, y: y)
            x += buffer.put(DisplayWidth.pad(RequirementFields.percent(assessment.readiness), to: 5), x: x, y: y, style: .title)
            x += buffer.put(Draw.bar(assessment.readiness, width: 20), x: x, y: y, style: .gapMet)
            var summary = "  gap \(assessment.totalWeightedGap) of \(assessment.totalWeightedTarget)"
            if assessment.unratedCount > 0 { summary += " · \(assessment.unratedCount) unrated" }
            if assessment.staleCount > 0 { summary += " · \(assessment.staleCount) stale" }
            if assessment.disputedCount > 0 { summary += " · \(assessment.disputedCount) disputed" }
            buffer.put(summary, x: x, y: y, maxWidth: buffer.width - x)
            y += 2
            buffer.put("  Top gaps", x: 0, y: y, style: .heading)
            y += 1
            let gaps = assessment.byWeightedGap.filter { $0.gap > 0 }.prefix(3)
            if gaps.isEmpty { buffer.put("    None: every target of your role is met.", x: 0, y: y, style: .flash) }
            for requirement in gaps {
                let competency = state.catalog.competencies[requirement.competency]
                buffer.put("    " + DisplayWidth.pad("\(competency.id) \(competency.name)", to: 38), x: 0, y: y)
                let detail = "target \(requirement.target), now \(RequirementFields.text(requirement.effectiveLevel)), gap \(requirement.gap)  \(RequirementFields.flags(requirement))"
                buffer.put(detail, x: 42, y: y, style: Draw.style(GapBand(gap: requirement.gap)) == .gapThree ? .warning : .normal, maxWidth: buffer.width - 43)
                y += 1
            }
            y += 4 - max(1, gaps.count)
        }
        buffer.put("  Open", x: 0, y: y, style: .heading)
        y += 1
        let items = HomeMenu.items(session: state.session, data: home.data, isDemo: state.isDemo)
        let bottom = Layout.messageRow(state.size) - 1
        for (index, item) in items.enumerated() where y <= bottom {
            let selected = index == home.menu.selection
            let marker = selected ? "  ▸ " : "    "
            buffer.put(marker + DisplayWidth.pad(item.label, to: 44), x: 0, y: y, style: selected ? .selected : .normal)
            y += 1
        }
    }
}
