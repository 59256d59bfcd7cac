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
        if dispatch(events, into: &state) { return state }
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
            if dispatch([event], into: &state) { return state }
        }
    }

    /// Reduces `events` and everything their effects lead to. Returns true on quit.
    public func dispatch(_ events: [Event], into state: inout AppState) -> Bool {
        var queue = events
        while !queue.isEmpty {
            let event = queue.removeFirst()
            for effect in Reducer.reduce(&state, event) {
                if effect == .quit { return true }
                queue += runtime.perform(effect)
            }
        }
        return false
    }
}
