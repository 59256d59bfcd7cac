import Foundation
@testable import SkillsMatrix
@testable import SkillsTUI
import Testing
import TestSupport

/// No view can send a raw control character to the terminal: with attacks in every
/// name, team, role, framework name and note, and typed into every text field, every
/// frame of every screen holds only inert text (`CellBuffer.put` escapes it).
@MainActor
@Suite("TUI: hostile text")
struct HostileFrameTests {
    /// Writes the attacks of `HostileText.corpus` into the demo database, past the
    /// importers (as an older version or another program might have).
    nonisolated static func inject(_ path: String) throws {
        let connection = try SQLiteConnection(path: path, mode: .readWrite)
        let logins = try connection.query("SELECT login FROM people ORDER BY login") { $0.text(0) }
        for (index, login) in logins.enumerated() {
            let attack = HostileText.corpus[index % HostileText.corpus.count].text
            try connection.run("UPDATE people SET name = name || ? WHERE login = ?", [.text(attack), .text(login)])
            try connection.run(
                """
                INSERT INTO rating_events(person_no, competency_no, level, track, rater, note, framework_version, rated_at)
                SELECT p.no, r.competency_no, 1, 'self', p.login, ?, '1.0.0', ?
                FROM people p JOIN role_requirements r ON r.role_id = p.role_id WHERE p.login = ?
                """, [.text("note " + attack), .int(Int64(DemoHarness.now.timeIntervalSince1970) - 3_600), .text(login)])
        }
        try connection.run("UPDATE teams SET name = name || ?", [.text(HostileText.corpus[1].text + HostileText.corpus[5].text)])
        try connection.run("UPDATE roles SET name = name || ?", [.text(HostileText.corpus[3].text)])
        try connection.run(
            "UPDATE frameworks SET document = replace(document, '\"name\":\"Project Management\"', ?) WHERE id = 'PM'",
            [.text(#""name":"Project \u001b]52;c;eA==\u0007Management\u202e""#)])
    }

    static func check(_ frame: CellBuffer, _ context: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let raw = HostileText.rawControls(in: frame.text)
        #expect(raw.isEmpty, "\(context): \(raw.map { "U+" + String($0.value, radix: 16) })", sourceLocation: sourceLocation)
    }

    @Test("every screen, every frame on the way there, at 80x24 and 120x40", arguments: RenderTests.cases.indices)
    func screens(_ index: Int) throws {
        let (screenIndex, sizeIndex) = RenderTests.cases[index]
        let screen = RenderTests.screens[screenIndex]
        let size = RenderTests.sizes[sizeIndex]
        let harness = try DemoHarness(actingAs: screen.login, prepare: Self.inject)
        var state = harness.start(size: size, rolePicker: screen.login == nil)
        Self.check(Renderer.render(state), "\(screen.name) start")
        for (step, key) in screen.keys.enumerated() {
            harness.press([key], &state)
            Self.check(Renderer.render(state), "\(screen.name) after key \(step + 1)")
        }
    }

    @Test("attacks typed into the note and search fields, and notes in the heatmap and validation panels")
    func typedAndNotes() throws {
        let typed = HostileText.corpus.map(\.text).joined().filter { $0 != "\n" && $0 != "\u{1B}" }.map { Key.character($0) }
        let staff = try DemoHarness(actingAs: "apatel", prepare: Self.inject)
        var walk = staff.start()
        staff.press([.enter, .character("n")] + typed, &walk)
        Self.check(Renderer.render(walk), "note editor")
        staff.press([.escape, .escape, .escape, .character("G"), .up, .up, .enter, .character("/")] + typed, &walk)
        Self.check(Renderer.render(walk), "frameworks search")
        let lead = try DemoHarness(actingAs: "hmarsh", prepare: Self.inject)
        var heatmap = lead.start(size: ScreenSize(width: 120, height: 40))
        lead.press([.down, .down, .enter], &heatmap)
        for key in [Key.right, .down, .down, .right, .down, .character("t"), .down, .right] {
            lead.press([key], &heatmap)
            Self.check(Renderer.render(heatmap), "heatmap cell detail")
        }
        var validation = lead.start()
        lead.press([.down, .down, .down, .enter], &validation)
        for key in [Key.down, .down, .character("n")] + typed {
            lead.press([key], &validation)
            Self.check(Renderer.render(validation), "validation")
        }
    }

    @Test("the buffer escapes whatever a view hands it, and keeps names in other scripts")
    func buffer() {
        var buffer = CellBuffer(width: 60, height: 1)
        buffer.put("a\u{1B}[2Jb\u{9B}c\u{202E}d\ne", x: 0, y: 0)
        #expect(buffer.line(0) == "a\\e[2Jb\\u{9B}c\\u{202E}d\\ne")
        for text in HostileText.legitimate {
            var row = CellBuffer(width: 40, height: 1)
            row.put(text, x: 0, y: 0)
            #expect(row.line(0) == text)
        }
    }
}
