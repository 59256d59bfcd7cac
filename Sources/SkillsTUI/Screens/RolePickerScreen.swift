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

    public init(choices: [Choice]) {
        self.choices = choices
        self.shown = Array(choices.indices)
        self.searchText = FoldedTexts(choices.map { "\($0.person.name) \($0.person.login) \($0.description) \($0.roleAndTeam)" })
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
        switch browser.perform(action, count: shown.count, in: area, searchPrompt: context.screenWords.findPrompt) {
        case .none:
            return []
        case .open(let index):
            return [.switchUser(choices[shown[index]].person.login)]
        case .searchChanged:
            let query = browser.search.folded
            shown = choices.indices.filter { searchText.contains($0, query) }
            browser.reset(count: shown.count, visible: area.height)
            return []
        }
    }

    public mutating func fit(_ context: ScreenContext) { browser.list.clamp(count: shown.count, visible: listArea(context.size).height) }

    public var messageLine: MessageLine? { browser.messageLine }

    public func position(_ context: ScreenContext) -> String? { browser.list.position(count: shown.count, visible: listArea(context.size).height, words: context.words) }

    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        let top = Layout.contentTop
        buffer.put(context.screenWords.rolePickerHeading, x: 0, y: top, style: .heading)
        buffer.put(context.screenWords.rolePickerNote, x: 0, y: top + 1, style: .dim)
        let columns = ColumnLayout([
            .init("", .fixed(14)), .init(context.words.columns.person, .flexible(minimum: 28, maximum: 36)),
            .init(context.screenWords.columnRoleTeam, .flexible(minimum: 20, maximum: nil)),
        ], gap: 2, indent: 4)
        let area = listArea(context.size)
        let empty = browser.search.isActive ? context.words.nobodyMatches(browser.search.query) : context.screenWords.nobodyToChoose
        ListView.draw(browser.list, count: shown.count, in: area, into: &buffer, empty: empty) { buffer, index, y, selected in
            let choice = choices[shown[index]]
            columns.draw(
                [choice.isSuggestion ? choice.description : "", "\(choice.person.name) (\(choice.person.login))", choice.roleAndTeam],
                into: &buffer, y: y, style: selected ? .selected : (choice.isSuggestion ? .title : .normal))
        }
    }
}
