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

    public func title(_ context: ScreenContext) -> String { "Who knows what" }

    static let headerRows = 4

    func listArea(_ size: ScreenSize) -> Rect { Layout.listArea(size, headerRows: Self.headerRows) }

    public func keyMap(_ context: ScreenContext) -> KeyMap<Action> {
        var bindings = ListState.movementBindings(context.screenWords).map { $0.map(Action.move) }
        bindings += [
            .click("select", words: context.screenWords) { _, y in .click(y: y) },
            KeyBinding([.digits(1...4)], "1-4", "the lowest level listed") { key in key.digit.map(Action.level) },
            KeyBinding("o", mentorsOnly ? "everyone" : "only those willing to mentor", .toggleMentors),
        ]
        if let marks = ownMarks {
            bindings += [
                KeyBinding("m", marks.contains(.mentor) ? "no longer willing to mentor in it" : "I am willing to mentor in it", statusBar: false, .mark(.mentor)),
                KeyBinding("w", marks.contains(.grow) ? "no longer want to grow in it" : "I want to grow in it", statusBar: false, .mark(.grow)),
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
            switch (mark, isSet) {
            case (.mentor, true): context.say("You are now willing to mentor in \(id): everyone who searches for it sees you.")
            case (.grow, true): context.say("You now want to grow in \(id).")
            case (.mentor, false): context.say("You are no longer marked willing to mentor in \(id).")
            case (.grow, false): context.say("You are no longer marked wanting to grow in \(id).")
            }
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
        [
            "Listed: everyone you may see at or above the level on either track, and anyone",
            "who marked the competency \"willing to mentor\", whichever team they are in.",
            "Unvalidated: no lead rating yet, so the level is the person's own view.",
        ]
    }

    // MARK: - Drawing

    static let columns = ColumnLayout([
        .init("Person", .flexible(minimum: 24, maximum: 32)), .init("Team", .flexible(minimum: 12, maximum: 26)),
        .init("Self", .fixed(4), alignRight: true), .init("Lead", .fixed(4), alignRight: true), .init("Flags", .fixed(11)),
        .init("Marks", .flexible(minimum: 15, maximum: nil)),
    ])

    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        let top = Layout.contentTop
        let competency = context.catalog.competencies[result.competency]
        let scale = context.catalog.framework(ofCompetency: result.competency).scale
        buffer.put(
            "  Who knows \(competency.id) \(competency.name) at level \(result.minimumLevel) (\(scale.label(of: result.minimumLevel))) or above",
            x: 0, y: top, style: .heading, maxWidth: buffer.width - 1)
        let counts = "  \(Counted.text(result.entries.count, "person", "people", grouped: true)): \(result.leadCount) by lead rating, "
            + "\(result.selfCount) by own · \(result.unvalidatedCount) unvalidated · \(result.mentorCount) willing to mentor"
        buffer.put(counts, x: 0, y: top + 1, maxWidth: buffer.width - 1)
        var hint = "  1-4 level · o mentors only"
        if let marks = ownMarks {
            let mine = marks.isEmpty ? "no mark" : marks.sorted { $0.rawValue > $1.rawValue }.map(\.phrase).joined(separator: ", ")
            hint = "  You: \(mine) · m mentor · w want to grow ·" + hint.dropFirst(1)
        }
        buffer.put(hint, x: 0, y: top + 2, style: .dim, maxWidth: buffer.width - 1)
        Self.columns.drawHeader(into: &buffer, y: top + 3)
        let area = listArea(context.size)
        let empty = mentorsOnly ? "Nobody listed is willing to mentor in it (o shows everyone)." : "Nobody you may see is at this level; try a lower one (1-4)."
        ListView.draw(list, count: shown.count, in: area, into: &buffer, empty: empty) { buffer, index, y, selected in
            let entry = result.entries[shown[index]]
            Self.columns.draw(
                [
                    "\(entry.person.name) (\(entry.person.login))", entry.person.teamID, RequirementFields.text(entry.selfRating?.level),
                    RequirementFields.text(entry.leadRating?.level), entry.isUnvalidated ? "unvalidated" : "",
                    entry.marks.sorted { $0.rawValue > $1.rawValue }.map(\.phrase).joined(separator: ", "),
                ],
                into: &buffer, y: y, style: selected ? .selected : .normal, styles: entry.isUnvalidated && !selected ? [4: .dim] : [:])
        }
    }
}
