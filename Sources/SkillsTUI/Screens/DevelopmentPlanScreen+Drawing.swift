import SkillsMatrix

extension DevelopmentPlanScreen {
    static func columns(_ words: any MessageCatalogue) -> ColumnLayout {
        let plans = words.plans
        return ColumnLayout([
            .init(plans.columnNumber, .fixed(3), alignRight: true), .init(words.columns.competency, .fixed(10)),
            .init(plans.columnWhat, .flexible(minimum: 20, maximum: nil)), .init(plans.columnState, .fixed(9)),
            .init(plans.columnTargetDay, .fixed(10)), .init(plans.columnFlags, .fixed(7)),
        ])
    }

    static func competencyColumns(_ words: any MessageCatalogue) -> ColumnLayout {
        let plans = words.plans
        return ColumnLayout([
            .init(words.columns.competency, .flexible(minimum: 24, maximum: nil)), .init(plans.columnNow, .fixed(3), alignRight: true),
            .init(words.columns.target, .fixed(6), alignRight: true), .init(words.columns.gap, .fixed(3), alignRight: true),
            .init(plans.columnItems, .fitting(plans.columnItems, 5), alignRight: true),
        ])
    }

    static func itemColumns(_ words: PlanScreenWords) -> ColumnLayout {
        ColumnLayout([
            .init(words.columnCatalogueItem, .flexible(minimum: 24, maximum: nil)), .init(words.columnFormat, .fixed(13)),
            .init(words.columnHours, .fixed(5), alignRight: true), .init(words.columnAPlace, .fitting(words.columnAPlace, 8), alignRight: true),
            .init(words.columnToLevel, .fitting(words.columnToLevel, 2), alignRight: true),
        ])
    }

    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        let top = Layout.contentTop
        let person = data.person
        let role = context.catalog.role(person.roleID)?.name(in: context.language) ?? person.roleID
        let plans = context.words.plans
        buffer.put(plans.planHeading(name: person.name, login: person.login, role: role, team: person.teamID), x: 0, y: top, style: .heading, maxWidth: buffer.width - 1)
        buffer.put("  " + summary(plans), x: 0, y: top + 1, maxWidth: buffer.width - 1)
        let area = listArea(context.size)
        switch dialog {
        case .competency(let picker)?:
            buffer.put(plans.whichCompetency, x: 0, y: top + 2, style: .warning, maxWidth: buffer.width - 1)
            drawCompetencies(picker, in: area, context: context, into: &buffer)
        case .item(let competency, let picker)?:
            let id = context.catalog.competencies[competency].id
            buffer.put(plans.whatBuilds(id), x: 0, y: top + 2, style: .warning, maxWidth: buffer.width - 1)
            drawItems(competency, picker, in: area, context: context, into: &buffer)
        default:
            buffer.put("  " + hint(context), x: 0, y: top + 2, style: dialog == nil ? .dim : .warning, maxWidth: buffer.width - 1)
            drawPlan(in: area, context: context, into: &buffer)
        }
    }

    /// "3 items: 1 planned, 1 booked, 1 done · 1 overdue".
    func summary(_ words: PlanScreenWords) -> String {
        guard !data.items.isEmpty else { return words.noPlanItems }
        let states = PlanState.allCases.compactMap { state -> String? in
            let count = data.items.count { $0.state == state }
            return count == 0 ? nil : "\(count) \(words.state(state))"
        }
        let overdue = data.items.count { $0.isOverdue(today: data.today) }
        return words.planSummary(items: data.items.count, states: states.joined(separator: ", "), overdue: overdue)
    }

    func hint(_ context: ScreenContext) -> String {
        let words = context.words.plans
        switch dialog {
        case .text(let competency, _)?:
            return words.stepThreeHint(competency: context.catalog.competencies[competency].id, who: whoWill(words))
        case .target(let competency, let itemID, let text, _)?:
            let what = itemID.flatMap { data.learning.item($0)?.title(in: context.language) } ?? text
            return words.lastStepHint(competency: context.catalog.competencies[competency].id, what: what)
        case .confirmingCancel?, .saving?:
            return ""
        case .competency?, .item?, nil:
            var keys: [String] = []
            if data.canAdd { keys.append(words.keysAdd) }
            if data.canMove { keys.append(words.keysMove) }
            if keys.isEmpty { return words.readOnly(data.person.login) }
            return keys.joined(separator: " · ")
        }
    }

    func drawPlan(in area: Rect, context: ScreenContext, into buffer: inout CellBuffer) {
        let words = context.words.plans
        let columns = Self.columns(context.words)
        columns.drawHeader(into: &buffer, y: area.y - 1)
        let empty = data.canAdd ? words.noPlanItemsAdd : words.noPlanItems
        ListView.draw(list, count: data.items.count, in: area, into: &buffer, empty: empty) { buffer, index, y, selected in
            let item = data.items[index]
            let overdue = item.isOverdue(today: data.today)
            let style: Style = selected ? .selected : (item.state == .cancelled ? .dim : .normal)
            columns.draw(
                [String(item.number), item.competencyID, item.title(in: data.learning, language: context.language), words.state(item.state), words.day(item.targetDate), overdue ? words.overdue : ""],
                into: &buffer, y: y, style: style, styles: overdue && !selected ? [5: .warning] : [:])
        }
    }

    func drawCompetencies(_ picker: ListState, in area: Rect, context: ScreenContext, into buffer: inout CellBuffer) {
        let columns = Self.competencyColumns(context.words)
        columns.drawHeader(into: &buffer, y: area.y - 1)
        let choices = competencyChoices
        ListView.draw(picker, count: choices.count, in: area, into: &buffer, empty: context.words.plans.roleRequiresNothing) { buffer, index, y, selected in
            let requirement = choices[index]
            let competency = context.catalog.competencies[requirement.competency]
            let gap = requirement.gap == 0 ? context.words.gapMet : String(requirement.gap)
            let band = requirement.isUnrated ? GapBand.unrated : GapBand(gap: requirement.gap)
            columns.draw(
                [
                    "\(competency.id) \(competency.name)", RequirementFields.text(requirement.effectiveLevel), String(requirement.target), gap,
                    String(data.learning.items(lifting: competency.id).count),
                ],
                into: &buffer, y: y, style: selected ? .selected : .normal, styles: selected ? [:] : [3: Style(band)])
        }
    }

    func drawItems(_ competency: Int, _ picker: ListState, in area: Rect, context: ScreenContext, into buffer: inout CellBuffer) {
        let words = context.words.plans
        let columns = Self.itemColumns(words)
        columns.drawHeader(into: &buffer, y: area.y - 1)
        let items = itemChoices(competency, context.catalog)
        let id = context.catalog.competencies[competency].id
        ListView.draw(picker, count: items.count + 1, in: area, into: &buffer, empty: "") { buffer, index, y, selected in
            guard items.indices.contains(index) else {
                buffer.put(words.somethingElse, x: 0, y: y, style: selected ? .selected : .heading, maxWidth: area.width - 1)
                return
            }
            let item = items[index]
            columns.draw(
                [
                    item.title(in: context.language), words.format(item.format), words.hours(item.hours),
                    words.money(item.cost.perPerson, currency: data.learning.currency, indicative: item.cost.isIndicative),
                    String(item.level(lifting: id) ?? 0),
                ],
                into: &buffer, y: y, style: selected ? .selected : .normal)
        }
    }
}
