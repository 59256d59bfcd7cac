/// What the terminal sends the program.
public enum TerminalInput: Sendable {
    case key(Key)
    case resize(ScreenSize)
    /// SIGTERM or SIGHUP: leave at once (everything confirmed is already saved).
    case terminate
}

/// A terminal the TUI can run on: the ncurses backend in the executable, or a scripted
/// one in tests (as TermKit has a curses driver and a plain test driver).
@MainActor
public protocol TerminalDevice: AnyObject {
    var size: ScreenSize { get }
    /// Waits at most `milliseconds` for the next key, resize or termination; nil when
    /// nothing came in that time.
    func nextInput(waitingAtMost milliseconds: Int) -> TerminalInput?
    /// Shows `frame`; `previous` is what is on screen now (nil after a resize: redraw all).
    func draw(_ frame: CellBuffer, previous: CellBuffer?)
    /// Drops keys typed but not yet read: they were meant for a screen not yet shown.
    func discardPendingInput()
    /// Gives the terminal back to the shell and stops the program (Ctrl-Z) until it is
    /// continued (`fg`); the next frame is drawn whole.
    func suspend()
}
