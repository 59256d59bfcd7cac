import SkillsMatrix

/// `/` search in a list: typing filters at once, Enter keeps the filter and returns to
/// the list, Esc or Ctrl-C clears it. Matching ignores case and accents (`SearchText`).
public struct SearchField: Hashable, Sendable {
    public private(set) var editor: LineEditor?
    /// The filter in force.
    public private(set) var query = ""

    public init() {}

    public var isEditing: Bool { editor != nil }
    public var isActive: Bool { !query.isEmpty }
    /// The query folded for `SearchText.contains`.
    public var folded: [UInt8] { SearchText.fold(query) }

    public mutating func begin(prompt: String) {
        editor = LineEditor(prompt: prompt, text: query, limit: 80)
    }

    public mutating func clear() {
        editor = nil
        query = ""
    }

    /// Feeds a key to the open field.
    /// - Returns: nil when no field is open (the key is the list's), else whether the
    ///   query changed.
    public mutating func handle(_ key: Key) -> Bool? {
        guard var open = editor else { return nil }
        let before = query
        switch open.handle(key) {
        case .editing:
            editor = open
            query = open.text
        case .confirmed(let text):
            editor = nil
            query = text
        case .cancelled:
            editor = nil
            query = ""
        }
        return query != before
    }

    /// Whether `text` matches the filter (everything matches an empty filter).
    public func matches(_ text: String) -> Bool { SearchText.matches(text, query: query) }
}
