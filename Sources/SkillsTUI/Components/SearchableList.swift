import SkillsMatrix

/// A list with `/` search: the cursor, the search field, and the keys they share on every
/// list screen (move, Enter, a click, `/`, Esc to clear). The screen keeps the items and
/// says which match; this keeps the cursor and the field and tells the screen what
/// happened.
public struct SearchableList: Hashable, Sendable {
    public var list = ListState()
    public var search = SearchField()

    public init() {}

    /// What a list key asks for.
    public enum Command: Hashable, Sendable {
        case move(ListState.Movement)
        case open
        case click(y: Int)
        case beginSearch
        case clearSearch
        case edit(Key)
    }

    /// What came of a command, for the screen to act on.
    public enum Outcome: Hashable, Sendable {
        case none
        /// Enter or a click on item `index`.
        case open(Int)
        /// The search text changed: refilter, then `reset`.
        case searchChanged
    }

    /// The keys: the field's while it is open, else movement, Enter, click, `/`, and Esc
    /// while a search is in force. `open` and `find` say what Enter and `/` do here.
    public func keyBindings(open: String, find: String, words: ScreenWords) -> [KeyBinding<Command>] {
        if search.isEditing { return LineEditor.keyMap(words).forwarding(Command.edit).bindings }
        var bindings = ListState.movementBindings(words).map { $0.map(Command.move) }
        bindings += [
            KeyBinding([.key(.enter)], "Enter", open, .open),
            .click(open, words: words) { _, y in .click(y: y) },
            KeyBinding("/", find, .beginSearch),
        ]
        if search.isActive { bindings.append(KeyBinding([.key(.escape)], "Esc", words.keyClearSearch, .clearSearch)) }
        return bindings
    }

    /// - Parameter rowsPerItem: rows each item takes on screen (see `ListView.draw`).
    public mutating func perform(_ command: Command, count: Int, in area: Rect, rowsPerItem: Int = 1, searchPrompt: String) -> Outcome {
        let visible = ListView.visibleItems(in: area, rowsPerItem: rowsPerItem)
        switch command {
        case .move(let movement):
            list.move(movement, count: count, visible: visible)
        case .open:
            return (0..<count).contains(list.selection) ? .open(list.selection) : .none
        case .click(let y):
            guard let index = ListView.item(atY: y, list, count: count, in: area, rowsPerItem: rowsPerItem) else { return .none }
            list.move(.to(index), count: count, visible: visible)
            return .open(index)
        case .beginSearch:
            search.begin(prompt: searchPrompt)
        case .clearSearch:
            search.clear()
            return .searchChanged
        case .edit(let key):
            if search.handle(key) == true { return .searchChanged }
        }
        return .none
    }

    /// Back to the first item after the items changed.
    public mutating func reset(count: Int, visible: Int) {
        list = ListState()
        list.clamp(count: count, visible: visible)
    }

    public var messageLine: MessageLine? { search.editor.map(MessageLine.editor) }
}
