/// Runs the TUI: reads input, reduces, performs effects, renders, and draws only what
/// changed. Returns when the reducer asks to quit or the terminal is told to stop.
@MainActor
public struct EventLoop {
    public let runtime: TUIRuntime
    public let terminal: any TerminalDevice

    public init(runtime: TUIRuntime, terminal: any TerminalDevice) {
        self.runtime = runtime
        self.terminal = terminal
    }

    /// The final state, for tests.
    @discardableResult
    public func run(withRolePicker: Bool) -> AppState {
        var (state, events) = runtime.start(size: terminal.size, withRolePicker: withRolePicker)
        var previous: CellBuffer?
        // Effects run on this thread: draw "Saving…" first, so a wait for the database
        // (another writer holding the lock) shows as a wait, not a frozen screen.
        let showProgress: (AppState) -> Void = { shown in
            let frame = Renderer.render(shown)
            terminal.draw(frame, previous: previous)
            previous = frame
        }
        if dispatch(events, into: &state, showingProgress: showProgress) { return state }
        while true {
            let frame = Renderer.render(state)
            terminal.draw(frame, previous: previous)
            previous = frame
            let event: Event
            switch terminal.nextInput() {
            case .terminate:
                return state
            case .resize(let size):
                previous = nil
                event = .resize(size)
            case .key(let key):
                event = .key(key)
            }
            if dispatch([event], into: &state, showingProgress: showProgress) { return state }
        }
    }

    /// Reduces `events` and everything their effects lead to. Returns true on quit.
    /// - Parameter showingProgress: shown the state with a "Saving…" or "Loading…" line
    ///   before an effect that may take a while.
    public func dispatch(_ events: [Event], into state: inout AppState, showingProgress: ((AppState) -> Void)? = nil) -> Bool {
        var queue = events
        while !queue.isEmpty {
            let event = queue.removeFirst()
            for effect in Reducer.reduce(&state, event) {
                if effect == .quit { return true }
                if let showingProgress, let message = Self.progressMessage(for: effect) {
                    var shown = state
                    shown.flash = Flash(message)
                    showingProgress(shown)
                }
                queue += runtime.perform(effect)
            }
        }
        return false
    }

    /// What to show while `effect` runs, for effects that write or load a lot.
    static func progressMessage(for effect: Effect) -> String? {
        switch effect {
        case .answer, .validate: return "Saving…"
        case .export: return "Exporting…"
        case .switchUser, .load(.heatmap), .load(.trainingNeeds), .load(.validation), .load(.rolePicker): return "Loading…"
        default: return nil
        }
    }
}
