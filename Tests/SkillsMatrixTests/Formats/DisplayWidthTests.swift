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
}
