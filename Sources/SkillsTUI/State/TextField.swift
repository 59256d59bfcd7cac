/// A one-line text entry: an evidence note, a search, a file path.
public struct TextField: Hashable, Sendable {
    public var prompt: String
    public var text: String
    public var limit: Int

    public init(prompt: String, text: String = "", limit: Int = 2_000) {
        self.prompt = prompt
        self.text = text
        self.limit = limit
    }

    public enum Outcome: Equatable {
        case editing
        case confirmed(String)
        case cancelled
    }

    /// Applies a key: printable characters are typed, Backspace deletes, Ctrl-U clears,
    /// Enter confirms, Esc cancels.
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .enter: return .confirmed(text)
        case .escape: return .cancelled
        case .backspace, .delete:
            if !text.isEmpty { text.removeLast() }
        case .control("u"):
            text = ""
        case .character(let character):
            if text.count < limit, !character.isNewline { text.append(character) }
        default:
            break
        }
        return .editing
    }
}

/// The selection and scroll position of a vertical list.
public struct ListCursor: Hashable, Sendable {
    public var selection = 0
    public var offset = 0

    public init(selection: Int = 0, offset: Int = 0) {
        self.selection = selection
        self.offset = offset
    }

    /// Moves for arrows, PgUp/PgDn, g/G and Home/End, staying within `count` items and
    /// keeping the selection inside a window of `visible` rows.
    /// - Returns: whether the key was a movement key.
    @discardableResult
    public mutating func move(_ key: Key, count: Int, visible: Int) -> Bool {
        let page = max(1, visible - 1)
        switch key {
        case .up, .character("k"): selection -= 1
        case .down, .character("j"): selection += 1
        case .pageUp: selection -= page
        case .pageDown: selection += page
        case .home, .character("g"): selection = 0
        case .end, .character("G"): selection = count - 1
        default: return false
        }
        clamp(count: count, visible: visible)
        return true
    }

    public mutating func clamp(count: Int, visible: Int) {
        selection = max(0, min(selection, count - 1))
        let window = max(1, visible)
        if selection < offset { offset = selection }
        if selection >= offset + window { offset = selection - window + 1 }
        offset = max(0, min(offset, max(0, count - window)))
    }
}

/// `/` search in a list: typing filters at once, Enter keeps the filter and returns to
/// the list, Esc clears it.
public struct SearchBox: Hashable, Sendable {
    public var field: TextField?
    /// The filter in force (lower-cased when matched).
    public var query = ""

    public init() {}

    public var isEditing: Bool { field != nil }

    public mutating func begin(prompt: String) {
        field = TextField(prompt: prompt, text: query, limit: 80)
    }

    /// Feeds a key to the open field; returns false when no field is open.
    public mutating func handle(_ key: Key) -> Bool {
        guard var open = field else { return false }
        switch open.handle(key) {
        case .editing:
            field = open
            query = open.text
        case .confirmed(let text):
            field = nil
            query = text
        case .cancelled:
            field = nil
            query = ""
        }
        return true
    }

    /// Whether `text` matches the filter (everything matches an empty filter).
    public func matches(_ text: String) -> Bool {
        query.isEmpty || text.lowercased().contains(query.lowercased())
    }
}
