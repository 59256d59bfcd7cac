import SkillsMatrix

/// The one text entry of the TUI: an evidence note, a search, a file name. A cursor that
/// moves (arrows, Home/End, Ctrl-A/E), deletes by character, word (Ctrl-W) or to either
/// end (Ctrl-U, Ctrl-K); Enter confirms, Esc or Ctrl-C cancels the entry and nothing else.
public struct LineEditor: Hashable, Sendable {
    public var prompt: String
    public private(set) var characters: [Character]
    /// Where typing happens: before `characters[cursor]`, or at the end.
    public private(set) var cursor: Int
    public let limit: Int
    /// The text it opened with, to tell whether anything was changed.
    public let original: String

    public init(prompt: String, text: String = "", limit: Int = 2_000) {
        self.prompt = prompt
        self.characters = Array(text.prefix(limit))
        self.cursor = characters.count
        self.limit = limit
        self.original = text
    }

    public var text: String { String(characters) }

    public var isChanged: Bool { text != original }

    public enum Edit: Hashable, Sendable {
        case insert(Character)
        case left, right, wordLeft, wordRight, home, end
        case deleteBackward, deleteForward, deleteWordBackward, deleteToStart, deleteToEnd
        case confirm, cancel
    }

    public enum Outcome: Equatable, Sendable {
        case editing
        case confirmed(String)
        case cancelled
    }

    /// The editing keys, for dispatch and for help alike, in the words of `words`.
    public static func keyMap(_ words: ScreenWords) -> KeyMap<Edit> {
        KeyMap<Edit>([
            KeyBinding([.key(.enter)], "Enter", words.keyConfirm, .confirm),
            KeyBinding([.key(.escape), .key(.control("c"))], "Esc/Ctrl-C", words.keyCancel, .cancel),
            KeyBinding([.key(.left), .key(.right)], "←→", words.keyMove, statusBar: false) { $0 == .left ? .left : .right },
            KeyBinding([.key(.home), .key(.control("a"))], "Home/Ctrl-A", words.keyStart, statusBar: false, .home),
            KeyBinding([.key(.end), .key(.control("e"))], "End/Ctrl-E", words.keyEnd, statusBar: false, .end),
            KeyBinding([.key(.control("b"))], "Ctrl-B", words.keyWordLeft, statusBar: false, .wordLeft),
            KeyBinding([.key(.control("f"))], "Ctrl-F", words.keyWordRight, statusBar: false, .wordRight),
            KeyBinding([.key(.backspace)], "Backspace", words.keyDeleteLeft, statusBar: false, .deleteBackward),
            KeyBinding([.key(.delete), .key(.control("d"))], "Del/Ctrl-D", words.keyDeleteRight, statusBar: false, .deleteForward),
            KeyBinding([.key(.control("w"))], "Ctrl-W", words.keyDeleteWord, .deleteWordBackward),
            KeyBinding([.key(.control("u"))], "Ctrl-U", words.keyDeleteToStart, .deleteToStart),
            KeyBinding([.key(.control("k"))], "Ctrl-K", words.keyDeleteToEnd, statusBar: false, .deleteToEnd),
            KeyBinding([.printable], words.keyLetters, words.keyType, statusBar: false) { key in key.character.map(Edit.insert) },
        ])
    }

    /// The map keys are dispatched through: its words are never shown.
    private static let dispatchMap = keyMap(Language.en.messages.screen)

    /// Applies a key; keys the editor does not know are ignored (never passed on: a key
    /// typed into a field must not act on the screen behind it).
    public mutating func handle(_ key: Key) -> Outcome {
        guard let edit = Self.dispatchMap.action(for: key) else { return .editing }
        return apply(edit)
    }

    public mutating func apply(_ edit: Edit) -> Outcome {
        switch edit {
        case .insert(let character):
            guard characters.count < limit, !character.isNewline else { return .editing }
            characters.insert(character, at: cursor)
            cursor += 1
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .wordLeft: cursor = startOfWord(before: cursor)
        case .wordRight: cursor = endOfWord(after: cursor)
        case .home: cursor = 0
        case .end: cursor = characters.count
        case .deleteBackward:
            guard cursor > 0 else { return .editing }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .deleteForward:
            guard cursor < characters.count else { return .editing }
            characters.remove(at: cursor)
        case .deleteWordBackward:
            let start = startOfWord(before: cursor)
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .deleteToStart:
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .deleteToEnd:
            characters.removeSubrange(cursor...)
        case .confirm:
            return .confirmed(text)
        case .cancel:
            return .cancelled
        }
        return .editing
    }

    /// Where a word before `position` starts: spaces skipped, then the word (as a shell's Ctrl-W).
    private func startOfWord(before position: Int) -> Int {
        var index = position
        while index > 0, characters[index - 1].isWhitespace { index -= 1 }
        while index > 0, !characters[index - 1].isWhitespace { index -= 1 }
        return index
    }

    private func endOfWord(after position: Int) -> Int {
        var index = position
        while index < characters.count, characters[index].isWhitespace { index += 1 }
        while index < characters.count, !characters[index].isWhitespace { index += 1 }
        return index
    }

    // MARK: - Drawing

    /// Draws " Prompt: text" on row `y` from `x`, `width` columns wide, scrolled so the
    /// cursor is in view, and the cursor as an inverted cell.
    public func draw(into buffer: inout CellBuffer, x: Int, y: Int, width: Int) {
        let label = " \(prompt): "
        let promptWidth = min(DisplayWidth.of(label), max(0, width / 2))
        buffer.put(label, x: x, y: y, style: .heading, maxWidth: promptWidth)
        let room = width - promptWidth - 1
        guard room > 0 else { return }
        let visible = visibleRange(room: room)
        var column = x + promptWidth
        for index in visible {
            let shown = String(characters[index])
            let columns = max(1, DisplayWidth.of(TerminalText.inert(shown)))
            buffer.put(shown, x: column, y: y, style: index == cursor ? .cursor : .normal, maxWidth: columns)
            column += columns
        }
        if cursor == characters.count { buffer.put(" ", x: column, y: y, style: .cursor) }
        if visible.lowerBound > 0 { buffer.put("…", x: x + promptWidth - 1, y: y, style: .dim) }
    }

    /// The characters that fit in `room` columns with the cursor among them: from the
    /// start when the text up to the cursor fits, else starting as late as needed.
    func visibleRange(room: Int) -> Range<Int> {
        let widths = characters.map { max(1, DisplayWidth.of(TerminalText.inert(String($0)))) }
        // At the end of the text the cursor is one blank cell of its own.
        let cursorCell = cursor == characters.count ? 1 : 0
        var start = 0
        var upToCursor = widths[0..<min(cursor + 1, widths.count)].reduce(0, +) + cursorCell
        while upToCursor > room, start < cursor {
            upToCursor -= widths[start]
            start += 1
        }
        var end = start
        var used = cursorCell
        while end < widths.count, used + widths[end] <= room {
            used += widths[end]
            end += 1
        }
        return start..<end
    }
}
