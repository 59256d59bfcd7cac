import Testing
@testable import SkillsMatrix

@Suite("Display width")
struct DisplayWidthTests {
    @Test("measures terminal columns, not characters", arguments: [
        ("abc", 3), ("Åse Bjørnstad", 13), ("李伟", 4), ("Wei Li (李伟)", 13), ("e\u{0301}", 1), ("", 0),
    ])
    func widths(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test("pads and truncates by columns")
    func padding() {
        #expect(DisplayWidth.pad("李伟", to: 6) == "李伟  ")
        #expect(DisplayWidth.pad("ab", to: 4, alignRight: true) == "  ab")
        #expect(DisplayWidth.truncate("Bjørnstad", to: 5) == "Bjør…")
        #expect(DisplayWidth.of(DisplayWidth.truncate("李伟李伟", to: 5)) <= 5)
    }

    @Test("lines are filled word by word within their width in display columns; a word wider than a line stands alone, whole")
    func lineFill() {
        #expect(LineFill.lines(["en", "to", "tre", "fire"], width: 6) == ["en to", "tre", "fire"])
        // Wide characters count as two columns.
        #expect(LineFill.lines(["李伟", "ab"], width: 6) == ["李伟", "ab"])
        #expect(LineFill.lines(["李伟", "a"], width: 6) == ["李伟 a"])
        #expect(LineFill.lines(["a", "postgresql://skills@host/db", "b"], width: 10) == ["a", "postgresql://skills@host/db", "b"])
        #expect(LineFill.lines([String](), width: 10).isEmpty)
    }
}
