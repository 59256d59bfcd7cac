import CNcurses
import Foundation
import SkillsMatrix
import SkillsTUI
#if canImport(Glibc)
import Glibc
#endif

// The only file that imports CNcurses. Everything curses does happens here, on the main
// actor: opening and restoring the terminal, reading keys with get_wch, and writing
// only the cells that changed between frames.

/// Set by the signal handlers; read by the input loop. A plain C int is the only thing a
/// handler may touch safely.
nonisolated(unsafe) private var terminationSignal: Int32 = 0
/// The terminal's settings before curses changed them, for the crash handler.
nonisolated(unsafe) private var originalTerminalSettings = termios()
nonisolated(unsafe) private var hasOriginalTerminalSettings = false
/// `sigaction` names both a struct and a function; this names the struct.
private typealias SignalAction = sigaction

/// The handlers that were there before ours (Swift's backtracer for crashes), by signal
/// number. Plain C memory allocated once: a signal handler may not allocate, and Swift
/// arrays run exclusivity checks that are not safe there.
nonisolated(unsafe) private let previousActions: UnsafeMutablePointer<SignalAction> = {
    let actions = UnsafeMutablePointer<SignalAction>.allocate(capacity: 65)
    actions.initialize(repeating: SignalAction(), count: 65)
    return actions
}()
nonisolated(unsafe) private let hasPreviousAction: UnsafeMutablePointer<Bool> = {
    let flags = UnsafeMutablePointer<Bool>.allocate(capacity: 65)
    flags.initialize(repeating: false, count: 65)
    return flags
}()
private let stopSignals: [Int32] = [SIGTERM, SIGHUP, SIGINT]
private let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

/// A failure to start the terminal UI for the terminal type `term` (nil: TERM unset),
/// worded by the reader's `CommandLineCatalogue` (`CommandProblem.cannotStartTerminal`).
struct TerminalUnavailable: Error, CustomStringConvertible {
    var term: String?
    var description: String { Language.en.commandLine.problem(.cannotStartTerminal(term: term)) }
}

@MainActor
final class CursesTerminal: TerminalDevice {
    private var screen: OpaquePointer?
    private let colorPairs: Bool
    private let theme: Theme
    /// Whether the program's frames live on the alternate screen, which leaving restores.
    private let hasAlternateScreen: Bool

    /// Opens the terminal, runs `body`, and restores the terminal on every way out of it.
    static func with<T>(noColor: Bool, _ body: (CursesTerminal) throws -> T) throws -> T {
        let terminal = try CursesTerminal(noColor: noColor)
        defer { terminal.close() }
        return try body(terminal)
    }

    private init(noColor: Bool) throws {
        setlocale(LC_ALL, "")
        // Wide characters (李, å) need a UTF-8 character set even when LANG is unset.
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        if tcgetattr(STDIN_FILENO, &originalTerminalSettings) == 0 { hasOriginalTerminalSettings = true }
        // TERM=dumb is how people ask for no colour, but "dumb" cannot move the cursor at
        // all: draw with the monochrome vt100 description, which every emulator understands.
        let term = ProcessInfo.processInfo.environment["TERM"]
        let terminalType: String? = term == "dumb" ? "vt100" : nil
        // Fresh FILE handles on the standard descriptors: Swift 6 forbids touching the C globals.
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r"),
            let screen = newterm(terminalType, output, input)
        else {
            throw TerminalUnavailable(term: ProcessInfo.processInfo.environment["TERM"])
        }
        self.screen = screen
        set_term(screen)
        raw()
        noecho()
        nonl()
        keypad(cncurses_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        _ = cncurses_enable_mouse()
        self.hasAlternateScreen = cncurses_has_alternate_screen() != 0
        let useColor = !noColor && has_colors()
        // Without default colours, "the terminal's own" is not a colour curses can use:
        // fall back to white on black.
        var defaultColors = false
        if useColor {
            start_color()
            defaultColors = use_default_colors() == OK
        }
        self.colorPairs = useColor && cncurses_color_pairs() > Int32(Style.allCases.count)
        let colors = cncurses_colors()
        let depth: ColorDepth = !colorPairs ? .monochrome : colors >= 0x1000000 ? .direct : colors >= 256 ? .indexed : .basic
        self.theme = Theme(depth: depth)
        if colorPairs {
            for style in Style.allCases {
                let look = theme.look(style)
                let foreground = Self.colorNumber(look.foreground, defaultColors: defaultColors, fallback: 7)
                let background = Self.colorNumber(look.background, defaultColors: defaultColors, fallback: 0)
                _ = cncurses_init_pair(Int32(style.rawValue) + 1, foreground, background)
            }
        }
        Self.installSignalHandlers()
    }

    /// The colour number curses takes for `color`: -1 for the terminal's own (where it
    /// allows that), the palette index, or the RGB value itself on a direct-colour terminal.
    private static func colorNumber(_ color: TerminalColor, defaultColors: Bool, fallback: Int32) -> Int32 {
        switch color {
        case .terminalDefault: return defaultColors ? -1 : fallback
        case .basic(let index), .indexed(let index): return Int32(index)
        case .rgb(let value): return Int32(bitPattern: value)
        }
    }

    func close() {
        guard let screen else { return }
        if !hasAlternateScreen {
            // Without an alternate screen (TERM=dumb drawn as vt100) the last frame would
            // stay behind the shell's prompt: clear it first.
            werase(cncurses_stdscr())
            wrefresh(cncurses_stdscr())
        }
        endwin()
        delscreen(screen)
        self.screen = nil
        Self.restoreSignalHandlers()
    }

    // MARK: - TerminalDevice

    var size: ScreenSize { ScreenSize(width: Int(cncurses_cols()), height: Int(cncurses_lines())) }

    func nextInput(waitingAtMost milliseconds: Int) -> TerminalInput? {
        if terminationSignal != 0 { return .terminate }
        // Wake up a few times a second so a SIGTERM is noticed even when no key comes.
        wtimeout(cncurses_stdscr(), Int32(min(milliseconds, 250)))
        var character: wint_t = 0
        let started = Self.monotonicMilliseconds()
        let status = wget_wch(cncurses_stdscr(), &character)
        if status == ERR {
            // ERR after the timeout is just "no key yet". ERR at once, again and again,
            // means the terminal has gone (the window closed without SIGHUP): stop rather
            // than spin.
            if milliseconds > 0, Self.monotonicMilliseconds() - started < min(milliseconds, 250) / 5 {
                quickErrors += 1
            } else {
                quickErrors = 0
            }
            if quickErrors >= 20 || Self.inputHungUp() { return .terminate }
            return nil
        }
        quickErrors = 0
        if status == cncurses_key_code_yes() {
            if Int32(character) == cncurses_key_resize() { return .resize(size) }
            if Int32(character) == cncurses_key_mouse() { return Self.mouseKey().map(TerminalInput.key) }
            return Self.functionKey(Int32(character)).map(TerminalInput.key)
        }
        guard let key = Self.characterKey(UInt32(character)) else { return nil }
        #if DEBUG
        // Lets the end-to-end tests check that a crash restores the terminal.
        if key == .character("!"), ProcessInfo.processInfo.environment["SKILLS_TUI_TEST_TRAP"] == "1" {
            preconditionFailure("test trap requested with SKILLS_TUI_TEST_TRAP")
        }
        #endif
        return .key(key)
    }

    /// Reads returning ERR at once in a row: the terminal is gone.
    private var quickErrors = 0

    func discardPendingInput() {
        flushinp()
    }

    func suspend() {
        def_prog_mode()
        endwin()
        // The default action of SIGTSTP stops the process; `fg` continues it here.
        Glibc.signal(SIGTSTP, SIG_DFL)
        raise(SIGTSTP)
        reset_prog_mode()
        wclear(cncurses_stdscr())
        wrefresh(cncurses_stdscr())
    }

    func draw(_ frame: CellBuffer, previous: CellBuffer?) {
        if previous == nil { wclear(cncurses_stdscr()) }
        for change in frame.changes(since: previous) {
            let look = theme.look(change.cell.style)
            var attributes = cncurses_attr_normal()
            if look.attributes.contains(.bold) { attributes |= cncurses_attr_bold() }
            if look.attributes.contains(.reverse) { attributes |= cncurses_attr_reverse() }
            if look.attributes.contains(.underline) { attributes |= cncurses_attr_underline() }
            if look.attributes.contains(.dim) { attributes |= cncurses_attr_dim() }
            let pair: Int16 = colorPairs ? Int16(change.cell.style.rawValue) + 1 : 0
            var text = change.cell.character.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
            text.append(0)
            // The bottom-right cell reports an error (the cursor cannot move past it) but is drawn.
            _ = cncurses_put_cell(Int32(change.y), Int32(change.x), text, attributes, pair)
        }
        wrefresh(cncurses_stdscr())
    }

    private static func monotonicMilliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1_000 + now.tv_nsec / 1_000_000
    }

    /// Whether standard input has hung up or closed.
    private static func inputHungUp() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    // MARK: - Keys

    private static func mouseKey() -> Key? {
        var x: Int32 = 0
        var y: Int32 = 0
        switch cncurses_read_mouse(&x, &y) {
        case 1: return .click(x: Int(x), y: Int(y))
        case 2: return .wheelUp(x: Int(x), y: Int(y))
        case 3: return .wheelDown(x: Int(x), y: Int(y))
        default: return nil
        }
    }

    private static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        default: return nil
        }
    }

    private static func characterKey(_ value: UInt32) -> Key? {
        switch value {
        case 10, 13: return .enter
        case 27: return .escape
        case 9: return .tab
        case 8, 127: return .backspace
        case 1...26: return .control(Character(UnicodeScalar(UInt8(value + 96))))
        default:
            guard let scalar = UnicodeScalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    // MARK: - Signals

    /// SIGTERM, SIGHUP and SIGINT ask the loop to end (so curses restores the terminal);
    /// crash signals restore the terminal directly and then let the crash proceed.
    private static func installSignalHandlers() {
        var stop = SignalAction()
        stop.__sigaction_handler.sa_handler = { signal in terminationSignal = signal }
        sigemptyset(&stop.sa_mask)
        stop.sa_flags = 0
        for signal in stopSignals {
            sigaction(signal, &stop, previousActions + Int(signal))
            hasPreviousAction[Int(signal)] = true
        }

        var crash = SignalAction()
        crash.__sigaction_handler.sa_handler = { signal in
            restoreTerminalAfterCrash()
            if hasPreviousAction[Int(signal)] {
                sigaction(signal, previousActions + Int(signal), nil)
            } else {
                Glibc.signal(signal, SIG_DFL)
            }
            raise(signal)
        }
        sigemptyset(&crash.sa_mask)
        crash.sa_flags = 0
        // Force the globals into existence now, not lazily inside a handler.
        _ = previousActions
        _ = hasPreviousAction
        for signal in crashSignals {
            sigaction(signal, &crash, previousActions + Int(signal))
            hasPreviousAction[Int(signal)] = true
        }
    }

    private static func restoreSignalHandlers() {
        for signal in stopSignals + crashSignals where hasPreviousAction[Int(signal)] {
            sigaction(signal, previousActions + Int(signal), nil)
            hasPreviousAction[Int(signal)] = false
        }
    }

    /// The signal that ended the UI (SIGTERM, SIGHUP, SIGINT), or nil when the user quit.
    static var stopSignal: Int32? { terminationSignal == 0 ? nil : terminationSignal }
}

/// Puts the terminal back as it was: leave the alternate screen, show the cursor, reset
/// colours, restore the saved settings. Only async-signal-safe calls.
private func restoreTerminalAfterCrash() {
    // Leave the alternate screen, show the cursor, reset attributes, keypad back to normal.
    let reset: StaticString = "\u{1B}[?1049l\u{1B}[?25h\u{1B}[0m\u{1B}[?1l\u{1B}>\r\n"
    _ = write(STDOUT_FILENO, reset.utf8Start, reset.utf8CodeUnitCount)
    if hasOriginalTerminalSettings { tcsetattr(STDIN_FILENO, TCSANOW, &originalTerminalSettings) }
}
