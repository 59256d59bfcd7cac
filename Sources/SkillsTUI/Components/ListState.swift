import SkillsMatrix

/// The selection and scroll position of a vertical list: what every list screen keeps.
/// It knows nothing of the items; the screen passes their count and how many rows show.
public struct ListState: Hashable, Sendable {
    public var selection = 0
    /// The first item shown.
    public var offset = 0

    public init(selection: Int = 0, offset: Int = 0) {
        self.selection = selection
        self.offset = offset
    }

    public enum Movement: Hashable, Sendable {
        case up, down, pageUp, pageDown, first, last
        /// Scroll the window (the wheel) without leaving the selection behind.
        case scrollUp, scrollDown
        case to(Int)
    }

    /// The movement keys every list has, for a screen's key map.
    public static func movementBindings(_ words: ScreenWords) -> [KeyBinding<Movement>] {
        [
            KeyBinding([.key(.up), .key(.down), .key(.character("k")), .key(.character("j"))], "↑↓/jk", words.keyMove) { key in
                key == .up || key == .character("k") ? .up : .down
            },
            KeyBinding([.key(.pageUp), .key(.pageDown)], "PgUp/PgDn", words.keyPage, statusBar: false) { $0 == .pageUp ? .pageUp : .pageDown },
            KeyBinding([.key(.home), .key(.character("g"))], "g/Home", words.keyFirst, statusBar: false, .first),
            KeyBinding([.key(.end), .key(.character("G"))], "G/End", words.keyLast, statusBar: false, .last),
            KeyBinding([.wheel], words.keyWheel, words.keyScroll, statusBar: false) { key in
                if case .wheelUp = key { return .scrollUp }
                return .scrollDown
            },
        ]
    }

    /// Moves within `count` items, keeping the selection inside a window of `visible` rows.
    public mutating func move(_ movement: Movement, count: Int, visible: Int) {
        let page = max(1, visible - 1)
        switch movement {
        case .up: selection -= 1
        case .down: selection += 1
        case .pageUp: selection -= page
        case .pageDown: selection += page
        case .first: selection = 0
        case .last: selection = count - 1
        case .to(let index): selection = index
        case .scrollUp, .scrollDown:
            let step = movement == .scrollUp ? -3 : 3
            offset = max(0, min(offset + step, max(0, count - visible)))
            selection = max(offset, min(selection, offset + visible - 1))
        }
        clamp(count: count, visible: visible)
    }

    /// Keeps the selection on an item and in view (after the list or the screen changed).
    public mutating func clamp(count: Int, visible: Int) {
        selection = max(0, min(selection, count - 1))
        let window = max(1, visible)
        if selection < offset { offset = selection }
        if selection >= offset + window { offset = selection - window + 1 }
        offset = max(0, min(offset, max(0, count - window)))
    }

    /// The items in view.
    public func window(count: Int, visible: Int) -> Range<Int> {
        let start = min(offset, max(0, count))
        return start..<min(count, start + max(0, visible))
    }

    /// "17-33 of 153" when the list does not fit; "153" counted when it does.
    public func position(count: Int, visible: Int, words: any MessageCatalogue) -> String {
        guard count > visible else { return "\(count)" }
        let shown = window(count: count, visible: visible)
        return words.listPosition(from: shown.lowerBound + 1, to: shown.upperBound, of: String(count))
    }
}
