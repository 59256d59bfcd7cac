import SkillsMatrix

/// One person's requirements by weighted gap: the acting user's own, or (from the
/// heatmap) a team member's.
public struct GapReportScreen: ScreenModel {
    public var assessment: PersonAssessment
    public var rows: [RequirementAssessment]
    /// Whether it is the acting user's own report.
    public var isOwn: Bool
    public var list = ListState()

    public init(assessment: PersonAssessment, isOwn: Bool) {
        self.assessment = assessment
        self.rows = assessment.byWeightedGap
        self.isOwn = isOwn
    }

    public enum Action: Hashable, Sendable {
        case move(ListState.Movement)
        case open
        case click(y: Int)
    }

    public var title: String { isOwn ? "Gap report" : "Gap report: \(assessment.person.name)" }

    static let headerRows = 4

    func listArea(_ size: ScreenSize) -> Rect { Layout.listArea(size, headerRows: Self.headerRows) }

    public func keyMap(_ context: ScreenContext) -> KeyMap<Action> {
        KeyMap(ListState.movementBindings.map { $0.map(Action.move) } + [
            KeyBinding([.key(.enter)], "Enter", "competency", .open),
            .click("open") { _, y in .click(y: y) },
        ])
    }

    public mutating func perform(_ action: Action, _ context: inout ScreenContext) -> [Effect] {
        let area = listArea(context.size)
        switch action {
        case .move(let movement):
            list.move(movement, count: rows.count, visible: area.height)
        case .open:
            guard rows.indices.contains(list.selection) else { return [] }
            context.open(TextScreen.competency(rows[list.selection].competency, catalog: context.catalog))
        case .click(let y):
            guard let index = ListView.item(atY: y, list, count: rows.count, in: area) else { return [] }
            list.move(.to(index), count: rows.count, visible: area.height)
            context.open(TextScreen.competency(rows[index].competency, catalog: context.catalog))
        }
        return []
    }

    public mutating func fit(_ context: ScreenContext) { list.clamp(count: rows.count, visible: listArea(context.size).height) }

    public func position(_ context: ScreenContext) -> String? { list.position(count: rows.count, visible: listArea(context.size).height) }

    public var reload: Request? { .gapReport(login: isOwn ? nil : assessment.person.login) }

    static let columns = ColumnLayout([
        .init("Competency", .flexible(minimum: 24, maximum: nil)), .init("Target", .fixed(6), alignRight: true),
        .init("Self", .fixed(4), alignRight: true), .init("Lead", .fixed(4), alignRight: true), .init("Eff", .fixed(4), alignRight: true),
        .init("Gap", .fixed(6)), .init("W", .fixed(2), alignRight: true), .init("Flags", .fixed(16)),
    ])

    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        let person = assessment.person
        let top = Layout.contentTop
        let role = context.catalog.role(person.roleID)?.name ?? person.roleID
        buffer.put("  \(person.name) (\(person.login)) · \(role) · \(person.teamID)", x: 0, y: top, style: .heading, maxWidth: buffer.width - 1)
        var summary = "  Readiness \(RequirementFields.percent(assessment.readiness)) · weighted gap \(assessment.totalWeightedGap) of \(assessment.totalWeightedTarget)"
        if assessment.unratedCount > 0 { summary += " · \(assessment.unratedCount) unrated" }
        if assessment.staleCount > 0 { summary += " · \(assessment.staleCount) stale" }
        if assessment.disputedCount > 0 { summary += " · \(assessment.disputedCount) disputed" }
        buffer.put(summary, x: 0, y: top + 1, maxWidth: buffer.width - 1)
        Self.columns.drawHeader(into: &buffer, y: top + 3)
        let area = listArea(context.size)
        ListView.draw(list, count: rows.count, in: area, into: &buffer, empty: "The role requires nothing.") { buffer, index, y, selected in
            let requirement = rows[index]
            let competency = context.catalog.competencies[requirement.competency]
            let gapText = requirement.gap == 0 ? "ok" : String(repeating: "█", count: min(requirement.gap, 4)) + " \(requirement.gap)"
            let band = requirement.isUnrated ? GapBand.unrated : GapBand(gap: requirement.gap)
            Self.columns.draw(
                [
                    "\(competency.id) \(competency.name)", String(requirement.target), RequirementFields.text(requirement.selfRating?.level),
                    RequirementFields.text(requirement.leadRating?.level), RequirementFields.text(requirement.effectiveLevel), gapText,
                    String(requirement.weight), RequirementFields.flags(requirement),
                ],
                into: &buffer, y: y, style: selected ? .selected : .normal, styles: selected ? [:] : [5: Style(band)])
        }
    }
}
