import Foundation

/// Text made inert for a terminal: everything a terminal would act on, and everything
/// that hides or reorders text on screen, is shown as a visible escape instead.
///
/// A rating note, a name or a framework's text is typed by someone else. Sent raw, an
/// ESC starts a control sequence (OSC 52 writes the reader's clipboard, OSC 8 makes a
/// link that says one thing and goes elsewhere, CSI 2J clears the screen), a C1 byte
/// such as U+009B does the same without the ESC, a carriage return or newline overwrites
/// or forges a line, and a bidi override (U+202E) or invisible mark makes a name read
/// as another. Every text report, Markdown export, error message and TUI view passes
/// what it shows through here; CSV and JSON keep data exact (JSON as `\u` escapes).
///
/// Shown escaped: the C0 controls and DEL (`\0`, `\t`, `\n`, `\r`, `\e` for ESC, else
/// `\u{07}`), the C1 controls (`\u{9B}`), the line and paragraph separators, and every
/// format character (bidi embeddings, overrides and isolates U+202A-202E and U+2066-2069,
/// the marks U+200E, U+200F and U+061C, zero-width spaces, U+FEFF, tag characters...)
/// except the zero-width joiner and non-joiner, which names in Persian, Indic scripts
/// and emoji need. A backslash is left as it is, so escaping twice changes nothing.
///
/// Importers refuse what should never be stored (`storageProblem`); this shows safely
/// whatever is stored anyway, from older versions or other writers.
public enum TerminalText {
    /// `text` as one line: line breaks and tabs are escaped too.
    public static func inert(_ text: String) -> String {
        escaped(text, keepingLineBreaks: false)
    }

    /// `text` as lines: line feeds (and CR LF pairs) and tabs stay, as a document's
    /// own layout; everything else that `inert` escapes is escaped.
    public static func inertLines(_ text: String) -> String {
        escaped(text, keepingLineBreaks: true)
    }

    /// Whether `scalar` is shown escaped (see the type's documentation).
    public static func isShownEscaped(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
        if value < 0xA0 { return false }
        if value == 0x200C || value == 0x200D { return false }
        switch scalar.properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }

    // MARK: - What may be stored

    /// Why `text` may not be stored, or nil when it may: the importers' one rule.
    ///
    /// A name, email or team name (`onOneLine`) holds nothing `inert` would escape: no
    /// control character, line break, tab, bidi control or invisible format character.
    /// Free text (a note, a description) may hold line breaks, tabs and format characters
    /// (right-to-left marks belong in Arabic or Hebrew text), but no other control
    /// character: NUL, ESC, DEL, the C1 controls.
    public static func storageFault(_ text: String, onOneLine: Bool) -> StorageFault? {
        if isPlainASCII(text) { return nil }
        let found = text.unicodeScalars.first { scalar in
            onOneLine ? isShownEscaped(scalar) : scalar.properties.generalCategory == .control && !"\n\r\t".unicodeScalars.contains(scalar)
        }
        return found.map { StorageFault(escaped: escape($0), codePoint: String(format: "U+%04X", $0.value), onOneLine: onOneLine) }
    }

    /// `storageFault` in English words, a phrase to follow the field's name:
    /// "contains \e (U+001B), ...".
    public static func storageProblem(_ text: String, onOneLine: Bool) -> String? {
        storageFault(text, onOneLine: onOneLine).map { Language.en.messages.fileProblems.describe(.unsafeText($0)) }
    }

    /// A character that may not be stored: as `escape` writes it, its code point
    /// (`U+001B`), and whether the text had to be one line of plain text.
    public struct StorageFault: Hashable, Sendable {
        public var escaped: String
        public var codePoint: String
        public var onOneLine: Bool
    }

    /// How `scalar` is written when escaped: `\e`, `\n`, `\u{202E}`.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\u{0}": return "\\0"
        case "\t": return "\\t"
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\u{1B}": return "\\e"
        default:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "\\u{" + (hex.count < 2 ? "0" + hex : hex) + "}"
        }
    }

    // MARK: - Escaping

    /// Printable ASCII and nothing else: the common case, which needs no work.
    private static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// - Complexity: O(n); text with nothing to escape is returned as it is.
    private static func escaped(_ text: String, keepingLineBreaks: Bool) -> String {
        if isPlainASCII(text) { return text }
        let keeps: (Unicode.Scalar) -> Bool = { keepingLineBreaks && ($0 == "\n" || $0 == "\t") }
        guard text.unicodeScalars.contains(where: { isShownEscaped($0) && !keeps($0) }) else { return text }
        var output = String.UnicodeScalarView()
        // A carriage return is kept only as the first half of CR LF: alone, it would send
        // the cursor back to overwrite the start of the line.
        var heldReturn = false
        for scalar in text.unicodeScalars {
            if heldReturn {
                heldReturn = false
                if scalar == "\n" {
                    output.append("\r")
                    output.append(scalar)
                    continue
                }
                output.append(contentsOf: escape("\r").unicodeScalars)
            }
            if keepingLineBreaks, scalar == "\r" {
                heldReturn = true
            } else if keeps(scalar) || !isShownEscaped(scalar) {
                output.append(scalar)
            } else {
                output.append(contentsOf: escape(scalar).unicodeScalars)
            }
        }
        if heldReturn { output.append(contentsOf: escape("\r").unicodeScalars) }
        return String(output)
    }
}
