import SkillsMatrix

extension DevelopmentPlanScreen {
    static let columns = ColumnLayout([
        .init("No", .fixed(3), alignRight: true), .init("Competency", .fixed(10)), .init("What", .flexible(minimum: 20, maximum: nil)),
        .init("State", .fixed(9)), .init("Target", .fixed(10)), .init("Flags", .fixed(7)),
    ])

    static let competencyColumns = ColumnLayout([
        .init("Competency", .flexible(minimum: 24, maximum: nil)), .init("Now", .fixed(3), alignRight: true),
        .init("Target", .fixed(6), alignRight: true), .init("Gap", .fixed(3), alignRight: true), .init("Items", .fixed(5), alignRight: true),
    ])

    static let itemColumns = ColumnLayout([
        .init("Catalogue item", .flexible(minimum: 24, maximum: nil)), .init("Format", .fixed(13)), .init("Hours", .fixed(5), alignRight: true),
        .init("A place", .fixed(8), alignRight: true), .init("To", .fixed(2), alignRight: true),
    ])

    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        let top = Layout.contentTop
        let person = data.person
        let role = context.catalog.role(person.roleID)?.name ?? person.roleID
        buffer.put("  Development plan: \(person.name) (\(person.login)) · \(role) · \(person.teamID)", x: 0, y: top, style: .heading, maxWidth: buffer.width - 1)
        buffer.put("  " + summary, x: 0, y: top + 1, maxWidth: buffer.width - 1)
        let area = listArea(context.size)
        switch dialog {
        case .competency(let picker)?:
            buffer.put("  Which competency? The largest gaps come first; Items: catalogue items for it.", x: 0, y: top + 2, style: .warning, maxWidth: buffer.width - 1)
            drawCompetencies(picker, in: area, context: context, into: &buffer)
        case .item(let competency, let picker)?:
            let id = context.catalog.competencies[competency].id
            buffer.put("  What builds \(id)? To: the level an item lifts it to.", x: 0, y: top + 2, style: .warning, maxWidth: buffer.width - 1)
            drawItems(competency, picker, in: area, context: context, into: &buffer)
        default:
            buffer.put("  " + hint(context), x: 0, y: top + 2, style: dialog == nil ? .dim : .warning, maxWidth: buffer.width - 1)
            drawPlan(in: area, context: context, into: &buffer)
        }
    }

    /// "3 items: 1 planned, 1 booked, 1 done · 1 overdue".
    var summary: String {
        guard !data.items.isEmpty else { return "No plan items yet." }
        let states = PlanState.allCases.compactMap { state -> String? in
            let count = data.items.count { $0.state == state }
            return count == 0 ? nil : "\(count) \(state.rawValue)"
        }
        let overdue = data.items.count { $0.isOverdue(today: data.today) }
        return Counted.text(data.items.count, "item", "items") + ": " + states.joined(separator: ", ") + (overdue > 0 ? " · \(overdue) overdue" : "")
    }

    func hint(_ context: ScreenContext) -> String {
        switch dialog {
        case .text(let competency, _)?:
            return "Step 3 of 3 for \(context.catalog.competencies[competency].id), in words: say what \(whoWill) will do (Enter), then the day."
        case .target(let competency, let itemID, let text, _)?:
            let what = itemID.flatMap { data.learning.item($0)?.title } ?? text
            return "Last step for \(context.catalog.competencies[competency].id) \(what): the day it should be done by."
        case .confirmingCancel?, .saving?:
            return ""
        case .competency?, .item?, nil:
            var keys: [String] = []
            if data.canAdd { keys.append("a adds an item against a gap") }
            if data.canMove { keys.append("b books · d done · x cancels") }
            if keys.isEmpty { return "Read only: \(data.person.login), a lead of their team or hr may change it." }
            return keys.joined(separator: " · ")
        }
    }

    func drawPlan(in area: Rect, context: ScreenContext, into buffer: inout CellBuffer) {
        Self.columns.drawHeader(into: &buffer, y: area.y - 1)
        let empty = data.canAdd ? "No plan items yet: a adds one against a gap." : "No plan items yet."
        ListView.draw(list, count: data.items.count, in: area, into: &buffer, empty: empty) { buffer, index, y, selected in
            let item = data.items[index]
            let overdue = item.isOverdue(today: data.today)
            let style: Style = selected ? .selected : (item.state == .cancelled ? .dim : .normal)
            Self.columns.draw(
                [String(item.number), item.competencyID, item.title(in: data.learning), item.state.rawValue, item.targetDate?.description ?? "-", overdue ? "overdue" : ""],
                into: &buffer, y: y, style: style, styles: overdue && !selected ? [5: .warning] : [:])
        }
    }

    func drawCompetencies(_ picker: ListState, in area: Rect, context: ScreenContext, into buffer: inout CellBuffer) {
        Self.competencyColumns.drawHeader(into: &buffer, y: area.y - 1)
        let choices = competencyChoices
        ListView.draw(picker, count: choices.count, in: area, into: &buffer, empty: "The role requires nothing.") { buffer, index, y, selected in
            let requirement = choices[index]
            let competency = context.catalog.competencies[requirement.competency]
            let gap = requirement.gap == 0 ? "ok" : String(requirement.gap)
            let band = requirement.isUnrated ? GapBand.unrated : GapBand(gap: requirement.gap)
            Self.competencyColumns.draw(
                [
                    "\(competency.id) \(competency.name)", RequirementFields.text(requirement.effectiveLevel), String(requirement.target), gap,
                    String(data.learning.items(lifting: competency.id).count),
                ],
                into: &buffer, y: y, style: selected ? .selected : .normal, styles: selected ? [:] : [3: Style(band)])
        }
    }

    func drawItems(_ competency: Int, _ picker: ListState, in area: Rect, context: ScreenContext, into buffer: inout CellBuffer) {
        Self.itemColumns.drawHeader(into: &buffer, y: area.y - 1)
        let items = itemChoices(competency, context.catalog)
        let id = context.catalog.competencies[competency].id
        ListView.draw(picker, count: items.count + 1, in: area, into: &buffer, empty: "") { buffer, index, y, selected in
            guard items.indices.contains(index) else {
                buffer.put("  Something else, in words…", x: 0, y: y, style: selected ? .selected : .heading, maxWidth: area.width - 1)
                return
            }
            let item = items[index]
            Self.itemColumns.draw(
                [
                    item.title, item.format.rawValue, DevelopmentFields.hours(item.hours),
                    DevelopmentFields.money(item.cost.perPerson, currency: data.learning.currency, indicative: item.cost.isIndicative),
                    String(item.level(lifting: id) ?? 0),
                ],
                into: &buffer, y: y, style: selected ? .selected : .normal)
        }
    }
}
