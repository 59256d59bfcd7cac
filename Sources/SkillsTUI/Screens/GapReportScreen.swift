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

    public func title(_ context: ScreenContext) -> String {
        isOwn ? context.screenWords.gapReportTitle : context.words.gapReportOf(assessment.person.name)
    }

    static let headerRows = 4

    func listArea(_ size: ScreenSize) -> Rect { Layout.listArea(size, headerRows: Self.headerRows) }

    public func keyMap(_ context: ScreenContext) -> KeyMap<Action> {
        KeyMap(ListState.movementBindings(context.screenWords).map { $0.map(Action.move) } + [
            KeyBinding([.key(.enter)], "Enter", context.screenWords.keyCompetency, .open),
            .click(context.screenWords.keyOpen, words: context.screenWords) { _, y in .click(y: y) },
        ])
    }

    public mutating func perform(_ action: Action, _ context: inout ScreenContext) -> [Effect] {
        let area = listArea(context.size)
        switch action {
        case .move(let movement):
            list.move(movement, count: rows.count, visible: area.height)
        case .open:
            guard rows.indices.contains(list.selection) else { return [] }
            context.open(TextScreen.competency(rows[list.selection].competency, catalog: context.catalog, language: context.language))
        case .click(let y):
            guard let index = ListView.item(atY: y, list, count: rows.count, in: area) else { return [] }
            list.move(.to(index), count: rows.count, visible: area.height)
            context.open(TextScreen.competency(rows[index].competency, catalog: context.catalog, language: context.language))
        }
        return []
    }

    public mutating func fit(_ context: ScreenContext) { list.clamp(count: rows.count, visible: listArea(context.size).height) }

    public func position(_ context: ScreenContext) -> String? { list.position(count: rows.count, visible: listArea(context.size).height, words: context.words) }

    public var reload: Request? { .gapReport(login: isOwn ? nil : assessment.person.login) }

    static func columns(_ column: ReportColumns) -> ColumnLayout {
        ColumnLayout([
            .init(column.competency, .flexible(minimum: 24, maximum: nil)), .init(column.target, .fixed(6), alignRight: true),
            // As wide as the language's heading (Leder, Gjeld), at least 4.
            .init(column.selfRating, .fixed(max(4, DisplayWidth.of(column.selfRating))), alignRight: true),
            .init(column.leadRating, .fixed(max(4, DisplayWidth.of(column.leadRating))), alignRight: true),
            .init(column.effectiveShort, .fixed(max(4, DisplayWidth.of(column.effectiveShort))), alignRight: true), .init(column.gap, .fixed(6)), .init(column.weightShort, .fixed(2), alignRight: true),
            .init(column.flags, .fixed(16)),
        ])
    }

    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        let person = assessment.person
        let words = context.words
        let columns = Self.columns(words.columns)
        let top = Layout.contentTop
        let role = context.catalog.role(person.roleID)?.name(in: context.language) ?? person.roleID
        buffer.put("  \(person.name) (\(person.login)) · \(role) · \(person.teamID)", x: 0, y: top, style: .heading, maxWidth: buffer.width - 1)
        var summary = words.gapScreenSummary(
            readiness: words.percent(assessment.readiness), weightedGap: assessment.totalWeightedGap, of: assessment.totalWeightedTarget)
        if assessment.unratedCount > 0 { summary += " · " + words.unratedCount(assessment.unratedCount) }
        if assessment.staleCount > 0 { summary += " · " + words.staleCount(assessment.staleCount) }
        if assessment.disputedCount > 0 { summary += " · " + words.disputedCount(assessment.disputedCount) }
        buffer.put(summary, x: 0, y: top + 1, maxWidth: buffer.width - 1)
        columns.drawHeader(into: &buffer, y: top + 3)
        let area = listArea(context.size)
        ListView.draw(list, count: rows.count, in: area, into: &buffer, empty: context.screenWords.roleRequiresNothing) { buffer, index, y, selected in
            let requirement = rows[index]
            let competency = context.catalog.competencies[requirement.competency]
            let gapText = GapReportFormat.gapBar(requirement.gap, in: context.language)
            let band = requirement.isUnrated ? GapBand.unrated : GapBand(gap: requirement.gap)
            columns.draw(
                [
                    "\(competency.id) \(competency.name)", String(requirement.target), RequirementFields.text(requirement.selfRating?.level),
                    RequirementFields.text(requirement.leadRating?.level), RequirementFields.text(requirement.effectiveLevel), gapText,
                    String(requirement.weight), RequirementFields.flags(requirement, in: context.language),
                ],
                into: &buffer, y: y, style: selected ? .selected : .normal, styles: selected ? [:] : [5: Style(band)])
        }
    }
}
