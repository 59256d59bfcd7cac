import SkillsMatrix

/// The keys that work now, for the status bar (the short ones) and `?` (all of them),
/// taken from the same key maps the reducer dispatches through, so a key cannot work
/// without being listed.
public enum KeyHelp {
    /// While a load runs off the input loop (the event loop handles these itself).
    enum BusyAction: Hashable, Sendable {
        case cancel, quit
    }

    static func busyKeyMap(_ words: ScreenWords) -> KeyMap<BusyAction> {
        KeyMap<BusyAction>([
            KeyBinding([.key(.escape)], "Esc", words.keyStopWork, .cancel),
            KeyBinding([.key(.control("c"))], "Ctrl-C", words.keyQuit, .quit),
        ])
    }

    public static func hints(for state: AppState) -> [KeyHint] {
        let words = state.language.messages.screen
        if state.busy != nil { return busyKeyMap(words).hints }
        if state.question != nil { return Reducer.questionKeyMap(words).hints }
        if state.help != nil { return Reducer.helpKeyMap(words).hints }
        if state.size.isTooSmall { return [KeyHint("q", words.keyQuit)] }
        guard let screen = state.screen else { return [KeyHint("q", words.keyQuit)] }
        let context = ScreenContext(state)
        let own = screen.hints(context)
        if screen.messageLine(context) != nil { return own }
        return own + Reducer.globalKeyMap(state).hints
    }

    /// The status bar's hints: the screen's own short ones, and the shared ones (help,
    /// back or quit) that always fit.
    static func statusHints(for state: AppState) -> (own: [KeyHint], shared: [KeyHint]) {
        let all = hints(for: state).filter(\.isShort)
        guard state.busy == nil, state.question == nil, state.help == nil, let screen = state.screen, screen.messageLine(ScreenContext(state)) == nil else {
            return (all, [])
        }
        let shared = Reducer.globalKeyMap(state).hints.filter(\.isShort)
        return (Array(all.dropLast(shared.count)), shared)
    }

    /// What `?` shows: every key of the screen, then what the screen adds (the heatmap's legend).
    static func helpLines(_ state: AppState) -> [String] {
        var shown = state
        shown.help = nil
        let hints = hints(for: shown)
        let keyWidth = hints.map { DisplayWidth.of($0.keys) }.max() ?? 0
        var lines = hints.map { DisplayWidth.pad($0.keys, to: keyWidth) + "  " + $0.action }
        if let notes = state.screen?.helpNotes(ScreenContext(state)), !notes.isEmpty { lines += [""] + notes }
        return lines
    }
}

extension KeyHelp {
    /// The hint of the binding a key reaches in the maps that are in force: what the
    /// tests check every key that acts against.
    static func hint(for key: Key, in state: AppState) -> KeyHint? {
        let words = state.language.messages.screen
        if state.busy != nil { return busyKeyMap(words).bindings.first { $0.matches(key) }?.hint }
        if state.question != nil { return Reducer.questionKeyMap(words).bindings.first { $0.matches(key) }?.hint }
        if state.help != nil { return Reducer.helpKeyMap(words).bindings.first { $0.matches(key) }?.hint }
        guard let screen = state.screen, !state.size.isTooSmall else { return key == .character("q") ? KeyHint("q", words.keyQuit) : nil }
        let context = ScreenContext(state)
        if let own = screen.matchingHint(key, context) { return own }
        if screen.messageLine(context) != nil { return nil }
        return Reducer.globalKeyMap(state).bindings.first { $0.matches(key) }?.hint
    }
}

extension ScreenModel {
    func matchingHint(_ key: Key, _ context: ScreenContext) -> KeyHint? {
        keyMap(context).bindings.first { $0.matches(key) }?.hint
    }
}

extension ScreenModel {
    /// The labels of every binding of the screen's map that matches `key` (one at most,
    /// or the first would hide the others).
    func claims(_ key: Key, _ context: ScreenContext) -> [String] {
        keyMap(context).bindings.filter { $0.matches(key) }.map(\.label)
    }
}
