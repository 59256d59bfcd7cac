import Foundation

/// How wide the terminal is that a text goes to, so that help can break its lines to fit.
enum TerminalWidth {
    /// The columns of the terminal on `descriptor`; nil when it is not a terminal (a pipe
    /// or a file gets its lines whole) or does not say.
    static func of(_ descriptor: Int32) -> Int? {
        guard isatty(descriptor) == 1 else { return nil }
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
