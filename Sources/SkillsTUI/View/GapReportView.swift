import SkillsMatrix

/// The acting user's requirements by weighted gap.
enum GapReportView {
    static func draw(_ report: GapReportState, state: AppState, into buffer: inout CellBuffer) {
        let assessment = report.assessment
        let person = assessment.person
        let top = Layout.contentTop
        let role = state.catalog.role(person.roleID)?.name ?? person.roleID
        buffer.put("  \(person.name) (\(person.login)) · \(role) · \(person.teamID)", x: 0, y: top, style: .heading, maxWidth: buffer.width - 1)
        var summary = "  Readiness \(RequirementFields.percent(assessment.readiness)) · weighted gap \(assessment.totalWeightedGap) of \(assessment.totalWeightedTarget)"
        if assessment.unratedCount > 0 { summary += " · \(assessment.unratedCount) unrated" }
        if assessment.staleCount > 0 { summary += " · \(assessment.staleCount) stale" }
        if assessment.disputedCount > 0 { summary += " · \(assessment.disputedCount) disputed" }
        buffer.put(summary, x: 0, y: top + 1, maxWidth: buffer.width - 1)
        let fixed = 7 + 5 + 5 + 5 + 8 + 3 + 2
        let flagsWidth = 12
        let nameWidth = max(20, buffer.width - fixed - flagsWidth - 4)
        func row(_ cells: [String]) -> String {
            "  " + DisplayWidth.pad(cells[0], to: nameWidth) + DisplayWidth.pad(cells[1], to: 7, alignRight: true)
                + DisplayWidth.pad(cells[2], to: 5, alignRight: true) + DisplayWidth.pad(cells[3], to: 5, alignRight: true)
                + DisplayWidth.pad(cells[4], to: 5, alignRight: true) + "  " + DisplayWidth.pad(cells[5], to: 8)
                + DisplayWidth.pad(cells[6], to: 3, alignRight: true) + "  " + cells[7]
        }
        buffer.put(row(["Competency", "Target", "Self", "Lead", "Eff", "Gap", "W", "Flags"]), x: 0, y: top + 3, style: .heading, maxWidth: buffer.width - 1)
        let listTop = top + Layout.gapReportHeaderRows
        let visible = Layout.listRows(of: .gapReport(report), state.size) ?? 1
        Draw.list(count: report.rows.count, cursor: report.cursor, top: listTop, visible: visible) { index, y, selected in
            let requirement = report.rows[index]
            let competency = state.catalog.competencies[requirement.competency]
            let gapText = requirement.gap == 0 ? "ok" : String(repeating: "█", count: min(requirement.gap, 4)) + " \(requirement.gap)"
            let text = row([
                "\(competency.id) \(competency.name)", String(requirement.target), RequirementFields.text(requirement.selfRating?.level),
                RequirementFields.text(requirement.leadRating?.level), RequirementFields.text(requirement.effectiveLevel), gapText, String(requirement.weight),
                RequirementFields.flags(requirement),
            ])
            buffer.put(DisplayWidth.pad(text, to: buffer.width - 1), x: 0, y: y, style: selected ? .selected : .normal)
            if !selected {
                let gapX = 2 + nameWidth + 7 + 5 + 5 + 5 + 2
                buffer.restyle(x: gapX, y: y, width: 6, style: Draw.style(requirement.isUnrated ? .unrated : GapBand(gap: requirement.gap)))
            }
        }
        Draw.scrollMarkers(&buffer, count: report.rows.count, cursor: report.cursor, visible: visible)
    }
}
