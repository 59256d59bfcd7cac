import SkillsMatrix

/// Small drawing helpers shared by the views.
enum Draw {
    /// Splits `text` into lines of at most `width` columns at spaces; a line break or tab
    /// in it (a note, a description in several paragraphs) counts as a space. A word
    /// longer than a line is broken across lines, never cut.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        // Words measured as they will be shown (`CellBuffer.put` shows text inert).
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r\n" || $0 == "\r" })
        for word in words.map({ TerminalText.inert(String($0)) }) {
            let candidate = line.isEmpty ? word : line + " " + word
            if DisplayWidth.of(candidate) <= width {
                line = candidate
                continue
            }
            if !line.isEmpty { lines.append(line) }
            line = ""
            var rest = word
            while DisplayWidth.of(rest) > width {
                var piece = ""
                while let next = rest.first, DisplayWidth.of(piece + String(next)) <= width {
                    piece.append(next)
                    rest.removeFirst()
                }
                if piece.isEmpty, let next = rest.first {
                    piece.append(next)
                    rest.removeFirst()
                }
                lines.append(piece)
            }
            line = rest
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// A bar of `width` cells, `fraction` of it filled.
    static func bar(_ fraction: Double, width: Int) -> String {
        let filled = max(0, min(width, Int((fraction * Double(width)).rounded())))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: max(0, width - filled))
    }

    /// Lines of text with a style each, scrolled: what the competency text, the help and
    /// a self-assessment step draw. Marks `↑ more` and `↓ more` where lines are out of
    /// view, so nothing is cut without a sign that there is more.
    static func scrolled(_ lines: [(String, Style)], offset: Int, in area: Rect, into buffer: inout CellBuffer, words: ScreenWords) {
        let first = max(0, min(offset, max(0, lines.count - area.height)))
        for (index, line) in lines.dropFirst(first).prefix(area.height).enumerated() {
            buffer.put(line.0, x: area.x, y: area.y + index, style: line.1, maxWidth: area.width)
        }
        // Right-aligned, however long the language's word for "more".
        let above = DisplayWidth.of(words.moreAbove), below = DisplayWidth.of(words.moreBelow)
        if first > 0 { buffer.put(words.moreAbove, x: area.x + area.width - above - 1, y: area.y, style: .statusKey) }
        if first + area.height < lines.count {
            buffer.put(words.moreBelow, x: area.x + area.width - below - 1, y: area.y + area.height - 1, style: .statusKey)
        }
    }

    /// The largest useful scroll offset for `count` lines in `height` rows.
    static func maximumScroll(count: Int, height: Int) -> Int { max(0, count - height) }
}
