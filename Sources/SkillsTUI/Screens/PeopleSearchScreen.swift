import SkillsMatrix

/// Who knows a competency: everyone the user may see at or above a level, on either track,
/// with self and lead ratings apart, the unvalidated marked, and who is willing to mentor
/// (shown to everyone who searches). `1`-`4` change the level, `o` keeps the mentors;
/// a member of staff marks themselves willing to mentor (`m`) or wanting to grow (`w`).
public struct PeopleSearchScreen: ScreenModel {
    public private(set) var result: PeopleSearchResult
    /// The acting user's own marks in the competency; nil for someone who is not staff.
    public private(set) var ownMarks: Set<InterestMark>?
    public var list = ListState()
    public private(set) var mentorsOnly = false
    /// Positions in `result.entries` shown.
    public private(set) var shown: [Int]

    public init(result: PeopleSearchResult, ownMarks: Set<InterestMark>?) {
        self.result = result
        self.ownMarks = ownMarks
        self.shown = Array(result.entries.indices)
    }

    public enum Action: Hashable, Sendable {
        case move(ListState.Movement)
        case click(y: Int)
        case level(Int)
        case toggleMentors
        case mark(InterestMark)
    }

    public func title(_ context: ScreenContext) -> String { context.words.menuWhoKnowsWhat }

    static let headerRows = 4

    func listArea(_ size: ScreenSize) -> Rect { Layout.listArea(size, headerRows: Self.headerRows) }

    public func keyMap(_ context: ScreenContext) -> KeyMap<Action> {
        var bindings = ListState.movementBindings(context.screenWords).map { $0.map(Action.move) }
        bindings += [
            .click(context.screenWords.keySelect, words: context.screenWords) { _, y in .click(y: y) },
            KeyBinding([.digits(1...4)], "1-4", context.words.keyLowestLevel) { key in key.digit.map(Action.level) },
            KeyBinding("o", context.words.keyMentors(only: mentorsOnly), .toggleMentors),
        ]
        if let marks = ownMarks {
            bindings += [
                KeyBinding("m", context.words.keyMark(.mentor, isSet: marks.contains(.mentor)), statusBar: false, .mark(.mentor)),
                KeyBinding("w", context.words.keyMark(.grow, isSet: marks.contains(.grow)), statusBar: false, .mark(.grow)),
            ]
        }
        return KeyMap(bindings)
    }

    public mutating func perform(_ action: Action, _ context: inout ScreenContext) -> [Effect] {
        let area = listArea(context.size)
        let id = context.catalog.competencies[result.competency].id
        switch action {
        case .move(let movement):
            list.move(movement, count: shown.count, visible: area.height)
        case .click(let y):
            ListView.select(atY: y, &list, count: shown.count, in: area)
        case .level(let level):
            return [.load(.peopleSearch(competencyID: id, minimumLevel: level))]
        case .toggleMentors:
            mentorsOnly.toggle()
            refilter()
            list = ListState()
            list.clamp(count: shown.count, visible: area.height)
        case .mark(let mark):
            guard let marks = ownMarks else { return [] }
            return [.setMark(competencyID: id, mark, isSet: !marks.contains(mark))]
        }
        return []
    }

    mutating func refilter() {
        shown = result.entries.indices.filter { !mentorsOnly || result.entries[$0].marks.contains(.mentor) }
    }

    public mutating func receive(_ update: Outcome, _ context: inout ScreenContext) -> [Effect] {
        switch update {
        case .loaded(.peopleSearch(let fresh, let marks)) where fresh.competency == result.competency:
            result = fresh
            ownMarks = marks
            refilter()
            list.clamp(count: shown.count, visible: listArea(context.size).height)
        case .markSet(let id, let mark, let isSet) where id == context.catalog.competencies[result.competency].id:
            context.say(context.words.markChanged(mark, isSet: isSet, competency: id))
            return [.load(.peopleSearch(competencyID: id, minimumLevel: result.minimumLevel))]
        default:
            break
        }
        return []
    }

    public mutating func fit(_ context: ScreenContext) { list.clamp(count: shown.count, visible: listArea(context.size).height) }

    public func position(_ context: ScreenContext) -> String? { list.position(count: shown.count, visible: listArea(context.size).height, words: context.words) }

    public var reload: Request? { nil }

    public func helpNotes(_ context: ScreenContext) -> [String] {
        context.words.peopleSearchNotes
    }

    // MARK: - Drawing

    static func columns(_ words: any MessageCatalogue) -> ColumnLayout {
        let column = words.columns
        return ColumnLayout([
            .init(column.person, .flexible(minimum: 24, maximum: 32)), .init(column.team, .flexible(minimum: 12, maximum: 26)),
            .init(column.selfRating, .fixed(max(4, DisplayWidth.of(column.selfRating))), alignRight: true),
            .init(column.leadRating, .fixed(max(4, DisplayWidth.of(column.leadRating))), alignRight: true),
            .init(column.flags, .fixed(max(11, DisplayWidth.of(words.unvalidated)))), .init(words.columnMarks, .flexible(minimum: 15, maximum: nil)),
        ])
    }

    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        let top = Layout.contentTop
        let competency = context.catalog.competencies[result.competency]
        let scale = context.catalog.framework(ofCompetency: result.competency).scale
        let words = context.words
        let columns = Self.columns(words)
        buffer.put(
            words.whoKnowsAtLevel(
                competency: "\(competency.id) \(competency.name)", level: result.minimumLevel, label: scale.label(of: result.minimumLevel)),
            x: 0, y: top, style: .heading, maxWidth: buffer.width - 1)
        let counts = words.peopleSearchCounts(
            people: result.entries.count, byLead: result.leadCount, byOwn: result.selfCount, unvalidated: result.unvalidatedCount,
            mentors: result.mentorCount)
        buffer.put(counts, x: 0, y: top + 1, maxWidth: buffer.width - 1)
        var hint = words.peopleSearchHint
        if let marks = ownMarks {
            let mine = marks.isEmpty ? words.noMark : marks.sorted { $0.rawValue > $1.rawValue }.map(words.markPhrase).joined(separator: ", ")
            hint = words.peopleSearchYou(mine)
        }
        buffer.put(hint, x: 0, y: top + 2, style: .dim, maxWidth: buffer.width - 1)
        columns.drawHeader(into: &buffer, y: top + 3)
        let area = listArea(context.size)
        let empty = words.nobodyListed(mentorsOnly: mentorsOnly)
        ListView.draw(list, count: shown.count, in: area, into: &buffer, empty: empty) { buffer, index, y, selected in
            let entry = result.entries[shown[index]]
            columns.draw(
                [
                    "\(entry.person.name) (\(entry.person.login))", entry.person.teamID, RequirementFields.text(entry.selfRating?.level),
                    RequirementFields.text(entry.leadRating?.level), entry.isUnvalidated ? words.unvalidated : "",
                    entry.marks.sorted { $0.rawValue > $1.rawValue }.map(words.markPhrase).joined(separator: ", "),
                ],
                into: &buffer, y: y, style: selected ? .selected : .normal, styles: entry.isUnvalidated && !selected ? [4: .dim] : [:])
        }
    }
}
