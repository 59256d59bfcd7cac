/// Words filled into lines: each word joins the line with one space while the line stays
/// within `width` display columns, else starts the next line. A word wider than a line
/// stands on a line of its own, whole (a command, a URL, a long name is never broken).
/// Used where text is laid out for a reader outside the terminal UI: `--help` on a
/// terminal, the SVG heatmap's legend. (The UI's `Draw.wrap` breaks over-long words.)
public enum LineFill {
    public static func lines<Word: StringProtocol>(_ words: [Word], width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in words {
            if line.isEmpty {
                line = String(word)
            } else if DisplayWidth.of(line) + 1 + DisplayWidth.of(String(word)) > width {
                lines.append(line)
                line = String(word)
            } else {
                line += " " + word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
