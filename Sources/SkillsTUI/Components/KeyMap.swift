import SkillsMatrix

/// A key, or a family of keys, that a binding answers to.
public enum KeyPattern: Hashable, Sendable {
    case key(Key)
    /// Digit keys in a range: `0-4` to pick a level.
    case digits(ClosedRange<Int>)
    /// Any printable character: typing into a field.
    case printable
    /// A mouse click anywhere (the screen decides what is under it).
    case click
    /// The mouse wheel, either way.
    case wheel
    /// Every key (the help overlay's "any other key closes it").
    case anyKey

    public func matches(_ key: Key) -> Bool {
        switch (self, key) {
        case (.key(let bound), _): return bound == key
        case (.digits(let range), _): return key.digit.map(range.contains) ?? false
        case (.printable, .character(let character)): return !character.isNewline && character.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }
        case (.click, .click): return true
        case (.wheel, .wheelUp), (.wheel, .wheelDown): return true
        case (.anyKey, _): return true
        default: return false
        }
    }
}

/// A key and what it does on the current screen, as the status bar and `?` show it.
public struct KeyHint: Hashable, Sendable {
    public var keys: String
    public var action: String
    /// Shown in the status bar as well as in the `?` overlay.
    public var isShort: Bool

    public init(_ keys: String, _ action: String, short: Bool = true) {
        self.keys = keys
        self.action = action
        self.isShort = short
    }
}

/// One line of a key map: the keys, how help writes them, what they do, and the action
/// the screen performs. The reducer dispatches through bindings and help is made from
/// the same bindings, so a key cannot work without being listed.
public struct KeyBinding<Action: Sendable>: Sendable {
    public let patterns: [KeyPattern]
    /// How help writes the keys: "↑↓/jk", "0-4".
    public let label: String
    /// What they do: "move", "accept the self rating".
    public let help: String
    /// In the status bar as well as in `?`.
    public let inStatusBar: Bool
    private let makeAction: @Sendable (Key) -> Action?

    /// A binding whose action does not depend on which of its keys was pressed.
    public init(_ patterns: [KeyPattern], _ label: String, _ help: String, statusBar: Bool = true, _ action: Action) {
        self.init(patterns, label, help, statusBar: statusBar) { _ in action }
    }

    /// A binding whose action is made from the key (a digit's level, a typed character).
    public init(_ patterns: [KeyPattern], _ label: String, _ help: String, statusBar: Bool = true, action: @escaping @Sendable (Key) -> Action?) {
        self.patterns = patterns
        self.label = label
        self.help = help
        self.inStatusBar = statusBar
        self.makeAction = action
    }

    /// Keys written as they are typed: `KeyBinding("a", "accept", .accept)`.
    public init(_ characters: String, _ help: String, statusBar: Bool = true, _ action: Action) {
        self.init(characters.map { .key(.character($0)) }, characters.map(String.init).joined(separator: "/"), help, statusBar: statusBar, action)
    }

    public func matches(_ key: Key) -> Bool { patterns.contains { $0.matches(key) } }

    public func action(for key: Key) -> Action? { matches(key) ? makeAction(key) : nil }

    /// The same keys and words leading to another screen's action (a list's movement
    /// bindings inside a screen's own map).
    public func map<Other: Sendable>(_ transform: @escaping @Sendable (Action) -> Other) -> KeyBinding<Other> {
        let make = makeAction
        return KeyBinding<Other>(patterns, label, help, statusBar: inStatusBar) { key in make(key).map(transform) }
    }

    /// The same keys and words, handing the key itself on (to an open text field).
    public func forwarding<Other: Sendable>(_ make: @escaping @Sendable (Key) -> Other) -> KeyBinding<Other> {
        KeyBinding<Other>(patterns, label, help, statusBar: inStatusBar) { make($0) }
    }

    public var hint: KeyHint { KeyHint(label, help, short: inStatusBar) }
}

extension KeyBinding {
    /// A mouse click, handing on the cell it landed on.
    public static func click(
        _ help: String, words: ScreenWords, _ make: @escaping @Sendable (_ x: Int, _ y: Int) -> Action?
    ) -> KeyBinding {
        KeyBinding([.click], words.keyClick, help, statusBar: false) { key in
            if case .click(let x, let y) = key { return make(x, y) }
            return nil
        }
    }
}

/// The keys of one screen in one mode. First binding that matches wins, so a map reads
/// top to bottom like the help it produces.
public struct KeyMap<Action: Sendable>: Sendable {
    public var bindings: [KeyBinding<Action>]

    public init(_ bindings: [KeyBinding<Action>]) {
        self.bindings = bindings
    }

    public func action(for key: Key) -> Action? {
        for binding in bindings where binding.matches(key) { return binding.action(for: key) }
        return nil
    }

    public func handles(_ key: Key) -> Bool { bindings.contains { $0.matches(key) } }

    public var hints: [KeyHint] { bindings.map(\.hint) }

    public func map<Other: Sendable>(_ transform: @escaping @Sendable (Action) -> Other) -> KeyMap<Other> {
        KeyMap<Other>(bindings.map { $0.map(transform) })
    }

    /// The same keys and words, handing each key itself on: a screen whose text field is
    /// open lists the field's keys and passes every one of them to the field.
    public func forwarding<Other: Sendable>(_ make: @escaping @Sendable (Key) -> Other) -> KeyMap<Other> {
        KeyMap<Other>(bindings.map { $0.forwarding(make) })
    }

    public static func + (left: KeyMap, right: KeyMap) -> KeyMap { KeyMap(left.bindings + right.bindings) }

    /// A screen's y/n question: `y` does it; `n`, Esc or Ctrl-C leaves things as they are
    /// (inside a question, Ctrl-C answers it rather than quitting).
    public static func yesNo(yes: String, _ agreed: Action, no: String, _ declined: Action) -> KeyMap {
        KeyMap([
            KeyBinding([.key(.character("y")), .key(.character("Y"))], "y", yes, agreed),
            KeyBinding([.key(.character("n")), .key(.character("N")), .key(.escape), .key(.control("c"))], "n/Esc", no, declined),
        ])
    }
}
