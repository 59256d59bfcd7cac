import CNcurses
import Foundation
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

/// A failure to start the terminal UI.
struct TerminalUnavailable: Error, CustomStringConvertible {
    var description: String
}

@MainActor
final class CursesTerminal: TerminalDevice {
    private var screen: OpaquePointer?
    private let colorPairs: Bool
    private let theme: Theme

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
            let term = ProcessInfo.processInfo.environment["TERM"] ?? "(unset)"
            throw TerminalUnavailable(description: "cannot start the terminal UI for TERM=\(term); use a terminal such as xterm, or the reports: skills-tui report gaps")
        }
        self.screen = screen
        set_term(screen)
        raw()
        noecho()
        nonl()
        keypad(cncurses_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        // Wake up a few times a second so a SIGTERM is noticed even when no key comes.
        wtimeout(cncurses_stdscr(), 250)
        let useColor = !noColor && has_colors()
        // Without default colours, "the terminal's own" is not a colour curses can use:
        // fall back to white on black.
        var defaultColors = false
        if useColor {
            start_color()
            defaultColors = use_default_colors() == OK
        }
        self.colorPairs = useColor && cncurses_color_pairs() > Int32(Style.allCases.count)
        self.theme = Theme(usesColor: colorPairs)
        if colorPairs {
            for style in Style.allCases {
                let look = theme.look(style)
                let foreground = look.foreground == .terminalDefault && !defaultColors ? TerminalColor.white : look.foreground
                let background = look.background == .terminalDefault && !defaultColors ? TerminalColor.black : look.background
                init_pair(Int16(style.rawValue) + 1, foreground.rawValue, background.rawValue)
            }
        }
        Self.installSignalHandlers()
    }

    func close() {
        guard let screen else { return }
        endwin()
        delscreen(screen)
        self.screen = nil
        Self.restoreSignalHandlers()
    }

    // MARK: - TerminalDevice

    var size: ScreenSize { ScreenSize(width: Int(cncurses_cols()), height: Int(cncurses_lines())) }

    func nextInput() -> TerminalInput {
        var quickErrors = 0
        while true {
            if terminationSignal != 0 { return .terminate }
            var character: wint_t = 0
            let started = Self.monotonicMilliseconds()
            let status = wget_wch(cncurses_stdscr(), &character)
            if status == ERR {
                // ERR after the 250 ms timeout is just "no key yet". ERR at once, again and
                // again, means the terminal has gone (the window closed without SIGHUP):
                // stop rather than spin.
                quickErrors = Self.monotonicMilliseconds() - started < 50 ? quickErrors + 1 : 0
                if quickErrors >= 20 || Self.inputHungUp() { return .terminate }
                continue
            }
            if status == cncurses_key_code_yes() {
                if Int32(character) == cncurses_key_resize() { return .resize(size) }
                if let key = Self.functionKey(Int32(character)) { return .key(key) }
                continue
            }
            if let key = Self.characterKey(UInt32(character)) {
                #if DEBUG
                // Lets the end-to-end tests check that a crash restores the terminal.
                if key == .character("!"), ProcessInfo.processInfo.environment["SKILLS_TUI_TEST_TRAP"] == "1" {
                    preconditionFailure("test trap requested with SKILLS_TUI_TEST_TRAP")
                }
                #endif
                return .key(key)
            }
        }
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
