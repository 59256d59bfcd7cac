import CWChar
#if canImport(Glibc)
import Glibc
#endif

/// How many terminal columns text takes: `Å` one, `李` two, a combining accent none.
///
/// Measured with the C library's `wcwidth` under a UTF-8 locale. The process locale may
/// be "C" (no LANG in CI or cron), where `wcwidth` rejects every non-ASCII character, so
/// the measurement switches this thread to C.UTF-8 for the call and back again.
public enum DisplayWidth {
    nonisolated(unsafe) private static let utf8Locale: locale_t? = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil)

    /// Columns taken by `text`.
    public static func of(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        return withUTF8Locale { text.reduce(0) { $0 + width(of: $1) } }
    }

    /// Columns taken by one character (grapheme cluster): 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue { return ascii >= 0x20 && ascii < 0x7F ? 1 : 0 }
        return withUTF8Locale { width(of: character) }
    }

    private static func width(of character: Character) -> Int {
        var result = 0
        for scalar in character.unicodeScalars {
            // Emoji shown as pictures take two columns whatever wcwidth says.
            if scalar.properties.isEmojiPresentation { return 2 }
            let columns = Int(cwchar_width(scalar.value))
            result = max(result, columns)
        }
        return result
    }

    private static func withUTF8Locale<T>(_ body: () -> T) -> T {
        guard let utf8Locale else { return body() }
        let previous = uselocale(utf8Locale)
        defer { uselocale(previous) }
        return body()
    }

    /// `text` cut to at most `columns` columns, ending in `…` when cut.
    public static func truncate(_ text: String, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        if of(text) <= columns { return text }
        var result = ""
        var used = 0
        for character in text {
            let width = of(character)
            if used + width > columns - 1 { break }
            result.append(character)
            used += width
        }
        return result + "…"
    }

    /// `text` cut or padded with spaces to exactly `columns` columns.
    public static func pad(_ text: String, to columns: Int, alignRight: Bool = false) -> String {
        let fitted = truncate(text, to: columns)
        let padding = String(repeating: " ", count: max(0, columns - of(fitted)))
        return alignRight ? padding + fitted : fitted + padding
    }
}
