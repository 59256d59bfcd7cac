import SkillsMatrix

/// The demo's first screen: pick a person to be. Suggested people first (a member of
/// staff, a team lead, HR), then everyone, searchable.
public struct RolePickerScreen: ScreenModel {
    public var choices: [Choice]
    public var browser = SearchableList()
    /// Indices of `choices` matching the search, kept rather than worked out per frame.
    public private(set) var shown: [Int]
    private let searchText: FoldedTexts

    public struct Choice: Hashable, Sendable {
        public var person: Person
        /// "Team lead" for a suggestion; empty otherwise.
        public var description: String
        /// "Project Manager · project-support-office".
        public var roleAndTeam: String
        public var isSuggestion: Bool

        public init(person: Person, description: String, roleAndTeam: String, isSuggestion: Bool) {
            self.person = person
            self.description = description
            self.roleAndTeam = roleAndTeam
            self.isSuggestion = isSuggestion
        }
    }

    /// The widest "name (login)" and the widest role and team, for choosing between one
    /// row and two per person.
    private let widestPerson: Int
    private let widestRoleAndTeam: Int

    public init(choices: [Choice]) {
        self.choices = choices
        self.shown = Array(choices.indices)
        self.searchText = FoldedTexts(choices.map { "\($0.person.name) \($0.person.login) \($0.description) \($0.roleAndTeam)" })
        self.widestPerson = choices.map { DisplayWidth.of(Self.personText($0)) }.max() ?? 0
        self.widestRoleAndTeam = choices.map { DisplayWidth.of($0.roleAndTeam) }.max() ?? 0
    }

    static func personText(_ choice: Choice) -> String { "\(choice.person.name) (\(choice.person.login))" }

    /// Where a suggestion's words, the person, and their role and team go on one row.
    static func columns(_ words: any MessageCatalogue) -> ColumnLayout {
        ColumnLayout([
            .init("", .fixed(14)), .init(words.columns.person, .flexible(minimum: 28, maximum: 36)),
            .init(words.plans.columnRoleAndTeam, .flexible(minimum: 20, maximum: nil)),
        ], gap: 2, indent: 4)
    }

    /// One row per person where the person and their role and team fit side by side;
    /// else two, the role and team under the name (at 80 columns "Senior Systems
    /// Development Officer · education-leisure-it" does not fit beside a name).
    func rowsPerChoice(_ width: Int) -> Int {
        // Where the columns go does not depend on their titles: any language's will do.
        let frames = Self.columns(Language.en.messages).frames(width: width)
        guard frames.count == 3 else { return 1 }
        return widestPerson <= frames[1].width && frames[2].x + widestRoleAndTeam <= width - 1 ? 1 : 2
    }

    public typealias Action = SearchableList.Command

    public func title(_ context: ScreenContext) -> String { context.screenWords.rolePickerTitle }

    static let headerRows = 3

    func listArea(_ size: ScreenSize) -> Rect { Layout.listArea(size, headerRows: Self.headerRows) }

    public func keyMap(_ context: ScreenContext) -> KeyMap<Action> {
        KeyMap(browser.keyBindings(open: context.screenWords.keyBeThisPerson, find: context.screenWords.keySearch, words: context.screenWords))
    }

    public mutating func perform(_ action: Action, _ context: inout ScreenContext) -> [Effect] {
        let area = listArea(context.size)
        switch browser.perform(action, count: shown.count, in: area, rowsPerItem: rowsPerChoice(context.size.width), searchPrompt: context.screenWords.findPrompt) {
        case .none:
            return []
        case .open(let index):
            return [.switchUser(choices[shown[index]].person.login)]
        case .searchChanged:
            let query = browser.search.folded
            shown = choices.indices.filter { searchText.contains($0, query) }
            browser.reset(count: shown.count, visible: visibleChoices(context.size))
            return []
        }
    }

    /// How many people the list shows at once.
    func visibleChoices(_ size: ScreenSize) -> Int { ListView.visibleItems(in: listArea(size), rowsPerItem: rowsPerChoice(size.width)) }

    public mutating func fit(_ context: ScreenContext) { browser.list.clamp(count: shown.count, visible: visibleChoices(context.size)) }

    public func messageLine(_ context: ScreenContext) -> MessageLine? { browser.messageLine }

    public func position(_ context: ScreenContext) -> String? { browser.list.position(count: shown.count, visible: visibleChoices(context.size), words: context.words) }

    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        let top = Layout.contentTop
        buffer.put(context.screenWords.rolePickerHeading, x: 0, y: top, style: .heading)
        buffer.put(context.screenWords.rolePickerNote, x: 0, y: top + 1, style: .dim)
        let area = listArea(context.size)
        let rows = rowsPerChoice(context.size.width)
        let columns = Self.columns(context.words)
        let empty = browser.search.isActive ? context.words.nobodyMatches(browser.search.query) : context.screenWords.nobodyToChoose
        ListView.draw(browser.list, count: shown.count, in: area, into: &buffer, empty: empty, rowsPerItem: rows) { buffer, index, y, selected in
            let choice = choices[shown[index]]
            let style: Style = selected ? .selected : (choice.isSuggestion ? .title : .normal)
            let description = choice.isSuggestion ? choice.description : ""
            if rows == 1 {
                columns.draw([description, Self.personText(choice), choice.roleAndTeam], into: &buffer, y: y, style: style)
            } else {
                // The role and team on a line of their own, under the name.
                columns.draw([description, Self.personText(choice)], into: &buffer, y: y, style: style)
                let x = columns.frames(width: buffer.width)[1].x
                buffer.put(choice.roleAndTeam, x: x, y: y + 1, style: selected ? .selected : .dim, maxWidth: buffer.width - 1 - x)
            }
        }
    }
}
