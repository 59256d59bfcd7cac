/// What the message line above the status bar holds for a screen: an open text field,
/// or a question waiting for a key.
public enum MessageLine: Hashable, Sendable {
    case editor(LineEditor)
    case question(String)
}

/// One screen of the TUI: its state, the keys that work on it, what they do, and how it
/// is drawn. The reducer, the renderer, the status bar and `?` reach a screen only
/// through this protocol, so a new screen is one type (state, `Action`, `keyMap`,
/// `perform`, `draw`) and the request that loads it; nothing else needs a case for it.
///
/// Keys never reach `perform` directly: the reducer looks the key up in `keyMap` and
/// passes the action, so a key the map does not list cannot act, and the status bar
/// and help are made from the same map.
public protocol ScreenModel: Sendable {
    associatedtype Action: Sendable

    /// The title bar's name for the screen, in the context's language.
    func title(_ context: ScreenContext) -> String
    /// The keys that work now (they may depend on the screen's mode: a field open, a
    /// question asked).
    func keyMap(_ context: ScreenContext) -> KeyMap<Action>
    /// Does what `action` asks; opening or leaving screens goes through `context`.
    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> [Effect]
    /// Draws the content area (between the title bar and the message line).
    func draw(into buffer: inout CellBuffer, _ context: ScreenContext)

    /// Keeps cursors in view after a resize.
    mutating func fit(_ context: ScreenContext)
    /// Takes in the outcome of an effect that concerns what the screen shows.
    mutating func receive(_ update: Outcome, _ context: inout ScreenContext) -> [Effect]
    /// An open field or a question: while there is one, the screen's map has every key
    /// (Esc and Ctrl-C close it rather than leaving the screen or the program). In the
    /// context's language, as everything the screen draws.
    func messageLine(_ context: ScreenContext) -> MessageLine?
    /// "17-33 of 153" for the title bar.
    func position(_ context: ScreenContext) -> String?
    /// Lines `?` shows after the keys (what the heatmap's cells mean).
    func helpNotes(_ context: ScreenContext) -> [String]
    /// Notes typed and kept but not yet saved (they wait for a level): leaving the screen
    /// or the program asks first.
    var unsavedNotes: Int { get }
    /// What `r` reloads, keeping the screen's place; nil where nothing is loaded.
    var reload: Request? { get }
    /// Whether coming back to the screen (Esc on the one above) reloads it: for screens
    /// that sum up what the screens above may change (Home, an overview of plans).
    var reloadsOnReturn: Bool { get }
}

extension ScreenModel {
    public mutating func fit(_ context: ScreenContext) {}
    public mutating func receive(_ update: Outcome, _ context: inout ScreenContext) -> [Effect] { [] }
    public func messageLine(_ context: ScreenContext) -> MessageLine? { nil }
    public func position(_ context: ScreenContext) -> String? { nil }
    public func helpNotes(_ context: ScreenContext) -> [String] { [] }
    public var unsavedNotes: Int { 0 }
    public var reload: Request? { nil }
    public var reloadsOnReturn: Bool { false }

    /// The key's action performed, or nil when the screen's map does not have the key.
    mutating func handle(_ key: Key, _ context: inout ScreenContext) -> [Effect]? {
        guard let action = keyMap(context).action(for: key) else { return nil }
        return perform(action, &context)
    }

    func hints(_ context: ScreenContext) -> [KeyHint] { keyMap(context).hints }

    func handles(_ key: Key, _ context: ScreenContext) -> Bool { keyMap(context).handles(key) }
}
