import Foundation
import SkillsMatrix
import Testing
import TestSupport
@testable import SkillsTUI

/// Golden frames of every screen. `<name>.txt` is what a person reads; `<name>.styles.txt`
/// holds one letter per cell naming its style (see `CellBuffer.styleMap`), i.e. the colour
/// and attributes. Run with UPDATE_GOLDEN=1 to rewrite them after an intended change,
/// then read the diff (see `GoldenFiles`).
@MainActor
@Suite("Rendering: golden frames")
struct RenderTests {
    nonisolated static let golden = GoldenFiles("Tests/SkillsTUITests/Golden")
    nonisolated static let sizes = [ScreenSize(width: 80, height: 24), ScreenSize(width: 120, height: 40)]

    /// Each screen: who is acting, and the keys that lead there from start-up.
    nonisolated static let screens: [(name: String, login: String?, keys: [Key])] = [
        ("role-picker", nil, []),
        ("home-staff", "apatel", []),
        ("home-lead", "hmarsh", []),
        ("walkthrough", "apatel", [.enter, .character("s"), .character("n"), .control("u")] + "left a note".map { Key.character($0) } + [.enter]),
        ("walkthrough-finished", "apatel", [.enter, .character("G"), .character("s")]),
        ("gap-report", "apatel", [.down, .enter]),
        ("heatmap", "hmarsh", [.down, .down, .enter, .right, .right, .down]),
        ("heatmap-lead-lens", "hmarsh", [.down, .down, .enter, .character("t"), .character("t"), .character("f"), .character("f")]),
        ("validation", "hmarsh", [.down, .down, .down, .enter]),
        ("training-needs", "pnair", [.down, .down, .down, .enter, .enter]),
        ("training-needs-export", "pnair", [.down, .down, .down, .enter, .enter, .character("e"), .character("x")]),
        ("frameworks", "apatel", [.character("G"), .up, .up, .enter, .down, .enter]),
        ("competency", "apatel", [.character("G"), .up, .up, .enter, .character("/")] + "PM.RISK.1".map { Key.character($0) } + [.enter, .enter]),
        ("help", "hmarsh", [.down, .down, .enter, .character("?")]),
        ("development-plan", "hmarsh", Array(repeating: .down, count: 6) + [.enter]),
        ("development-plan-add", "hmarsh", Array(repeating: .down, count: 6) + [.enter, .character("a")] + Array(repeating: .down, count: 5) + [.enter]),
        ("development-plans-lead", "hmarsh", Array(repeating: .down, count: 5) + [.enter]),
        ("development-plans-hr", "pnair", Array(repeating: .down, count: 4) + [.enter]),
        ("training-plan", "pnair", [.down, .down, .down, .enter, .enter, .character("p")]),
        ("training-plan-budget", "pnair", [.down, .down, .down, .enter, .enter, .character("p"), .character("b")] + "5000".map { Key.character($0) } + [.enter, .down, .character("v")]),
        ("people-search", "hmarsh", Array(repeating: .down, count: 7) + [.enter, .character("/")] + "PM.RISK.1".map { Key.character($0) } + [.enter, .enter]),
        ("walkthrough-rerate", "gbrown", [.enter]),
        ("walkthrough-reconfirmed", "apatel", [.enter, .character("c")]),
        ("completion-hr", "pnair", Array(repeating: .down, count: 8) + [.enter]),
        ("completion-team", "pnair", Array(repeating: .down, count: 8) + [.enter, .down, .enter]),
        ("completion-overdue", "pnair", Array(repeating: .down, count: 8) + [.enter, .character("o")]),
        ("calibration-hr", "pnair", Array(repeating: .down, count: 9) + [.enter]),
        ("calibration-lead", "hmarsh", Array(repeating: .down, count: 10) + [.enter, .tab, .down]),
        ("trend-hr", "pnair", Array(repeating: .down, count: 10) + [.enter, .down]),
        ("trend-detail", "pnair", Array(repeating: .down, count: 10) + [.enter, .enter]),
        ("cycles-hr", "pnair", Array(repeating: .down, count: 11) + [.enter]),
    ]

    nonisolated static let cases: [(screen: Int, size: Int)] = screens.indices.flatMap { screen in sizes.indices.map { (screen, $0) } }

    @Test("each screen at 80x24 and 120x40", arguments: cases.indices)
    func screen(_ index: Int) throws {
        let (screenIndex, sizeIndex) = Self.cases[index]
        let screen = Self.screens[screenIndex]
        let size = Self.sizes[sizeIndex]
        let harness = try DemoHarness(actingAs: screen.login)
        var state = harness.start(size: size, rolePicker: screen.login == nil)
        harness.press(screen.keys, &state)
        let frame = Renderer.render(state)
        try Self.compare(frame, name: "\(screen.name)-\(size.width)x\(size.height)")
    }

    /// The screens wholly in the catalogue, in Bokmål: Norwegian words are longer, so these
    /// show what fits at 80 columns. `<name>-<size>.nb.txt`.
    nonisolated static let norwegianScreens = ["role-picker", "home-staff", "home-lead", "walkthrough", "walkthrough-finished", "gap-report", "frameworks", "heatmap", "help", "validation", "training-needs", "training-needs-export", "people-search", "competency",
        "development-plan", "development-plan-add", "development-plans-lead", "development-plans-hr", "training-plan", "training-plan-budget",
        "walkthrough-rerate", "walkthrough-reconfirmed"]
    nonisolated static let norwegianCases: [(screen: Int, size: Int)] = screens.indices
        .filter { norwegianScreens.contains(screens[$0].name) }
        .flatMap { screen in sizes.indices.map { (screen, $0) } }

    @Test("the screens in Bokmål at 80x24 and 120x40", arguments: norwegianCases.indices)
    func norwegianScreen(_ index: Int) throws {
        let (screenIndex, sizeIndex) = Self.norwegianCases[index]
        let screen = Self.screens[screenIndex]
        let size = Self.sizes[sizeIndex]
        let harness = try DemoHarness(actingAs: screen.login, language: .nb)
        var state = harness.start(size: size, rolePicker: screen.login == nil)
        harness.press(screen.keys, &state)
        let frame = Renderer.render(state)
        let text = Self.withoutLearningTitles(frame, state)
        // The frame and the screen's own words: none of the English ones is left.
        for english in ["help", "quit", "Readiness", "Self-assessment", "Gap report", "answered", "Frameworks", "Open", "move"] {
            #expect(!text.contains(english), "\(screen.name): \(english)")
        }
        try Self.compare(frame, name: "\(screen.name)-\(size.width)x\(size.height).nb")
    }

    /// The frame's lines without those showing a learning catalogue item's title: the
    /// catalogue is content, in its own language (English in the demo), not the screen's words.
    static func withoutLearningTitles(_ frame: CellBuffer, _ state: AppState) -> String {
        let learning = (state.screen as? TrainingPlanScreen)?.learning ?? (state.screen as? DevelopmentPlanScreen)?.data.learning
            ?? (state.screen as? DevelopmentPlansScreen)?.learning
        let titles = (learning?.items ?? []).map { String($0.title.prefix(12)) }
        return (0..<frame.height).map(frame.line).filter { line in !titles.contains { line.contains($0) } }.joined(separator: "\n")
    }

    /// The training and development screens in Bokmål: what each must say in Norwegian,
    /// and the English of its headings, columns and keys that must be gone.
    nonisolated static let planScreens: [(name: String, norwegian: [String])] = [
        ("development-plan", ["Utviklingsplan: Helen Marsh", "planpunkt", "Frist", "Status", "a legg til et punkt", "b bestilt"]),
        ("development-plan-add", ["Hva bygger", "Læringstilbud", "Per plass", "2 av 3", "Noe annet, med egne ord"]),
        ("development-plans-lead", ["Utviklingsplaner", "Oppslutning", "personens plan", "o bare forfalte"]),
        ("development-plans-hr", ["Utviklingsplaner: alle du har tilgang til", "Personer", "Bestilt sum", "Andel", "Forfalt", "forfalt"]),
        ("training-plan", ["Opplæringsplan, hele organisasjonen", "vurderte behov", "lukkes av", "Prioritet dekket", "gratis", "veiledning", "b sett et budsjett"]),
        ("training-plan-budget", ["Budsjett £5\u{A0}000: kjøp", "Kjøp", "kjøp", "vent", "Prioritet", "b endre budsjettet"]),
        ("training-needs", ["= vekt x gap, +2 om ingen i teamet", "Nå→", "Merknader"]),
    ]

    @Test("the training and development screens in Bokmål: Norwegian headings, columns and keys, no English left", arguments: planScreens.indices)
    func planScreenInBokmal(_ index: Int) throws {
        let (name, norwegian) = Self.planScreens[index]
        let screen = try #require(Self.screens.first { $0.name == name })
        for size in Self.sizes {
            let harness = try DemoHarness(actingAs: screen.login, language: .nb)
            var state = harness.start(size: size)
            harness.press(screen.keys, &state)
            let frame = Renderer.render(state)
            let text = frame.text
            for word in norwegian { #expect(text.contains(word), "\(name) \(size.width)x\(size.height): \(word)") }
            let shown = Self.withoutLearningTitles(frame, state)
            let english = [
                "Development plan", "Training plan", "Uptake", "Items:", "Budget", "Priority", "closed by", " people", "Rank", "Format",
                "State", "Target", "Flags", "overdue", "planned", "booked", "cancelled", "free", "Catalogue item", "A place", "Something else",
                "move", "help", "back", "home", "the item", "budget", "the person's plan", "add an item", "choose", "Now→", "Needs (level",
                "later", " buy", "e-learning", "coaching", "certification", "course",
            ]
            for word in english { #expect(!shown.contains(word), "\(name) \(size.width)x\(size.height): \(word)") }
            // Nothing cut at the right edge: every line ends inside the frame.
            for y in 0..<frame.height { #expect(DisplayWidth.of(frame.line(y)) <= size.width) }
        }
    }

    @Test("below the minimum size: a centred message")
    func tooSmall() throws {
        let harness = try DemoHarness(actingAs: "apatel")
        var state = harness.start()
        _ = Reducer.reduce(&state, .resize(ScreenSize(width: 60, height: 16)))
        try Self.compare(Renderer.render(state), name: "too-small-60x16")
    }

    @Test("wide characters line up: 李伟 takes two columns and nothing overlaps it")
    func wideCharacters() throws {
        let harness = try DemoHarness(actingAs: "rdunn")
        var state = harness.start(size: ScreenSize(width: 100, height: 30))
        harness.press([.down, .down, .enter], &state)
        let frame = Renderer.render(state)
        let row = try #require((0..<frame.height).first { frame.line($0).contains("Wei Li") })
        let line = frame.line(row)
        let readiness = try #require(line.range(of: "%"))
        // The readiness column ends at the same display column on every row.
        let nameEnd = DisplayWidth.of(String(line[..<readiness.upperBound]))
        let other = try #require((0..<frame.height).first { frame.line($0).contains("Fatima Begum") })
        let otherLine = frame.line(other)
        let otherEnd = DisplayWidth.of(String(otherLine[..<(try #require(otherLine.range(of: "%"))).upperBound]))
        #expect(nameEnd == otherEnd)
    }

    static func compare(_ frame: CellBuffer, name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try golden.check(frame.text + "\n", name + ".txt", sourceLocation: sourceLocation)
        try golden.check(frame.styleMap + "\n", name + ".styles.txt", sourceLocation: sourceLocation)
    }
    @Test("Home's menu is as wide as its longest item: a large council's count is read whole")
    func homeMenuWidth() throws {
        let harness = try DemoHarness(actingAs: "hmarsh")
        var state = harness.start(size: ScreenSize(width: 80, height: 24))
        _ = Reducer.reduce(&state, .loaded(.homeCount(ValidationCount(waiting: 528_682, disputed: 12_297))))
        #expect(Renderer.render(state).text.contains("Validate ratings (528,682 waiting, 12,297 disputed)"))
    }

    @Test("at 80 columns a long message, error or question wraps upwards and is read to its last word", arguments: [false, true])
    func longMessages(isError: Bool) throws {
        let harness = try DemoHarness(actingAs: "hmarsh")
        var state = harness.start()
        let row = Layout.messageRow(state.size)
        let long = "Took back your lead rating of apatel DI.FND.1 = 3 Practitioner: no lead rating now, the self rating waits again."
        state.flash = Flash(long, isError: isError)
        let frame = Renderer.render(state)
        #expect(frame.line(row).hasSuffix("waits again."))
        let words = (0...row).map { frame.line($0).trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(words.contains(long))
        // The questions end with the keys that answer them.
        for question in [AppQuestion.quitWithUnsavedNotes(2), .leaveWithUnsavedNotes(1)] {
            state.question = question
            #expect(Renderer.render(state).line(row).hasSuffix("y/n"), "\(question)")
        }
        // A short one stays on its line, as before.
        state.question = nil
        state.flash = Flash("Saved.")
        #expect(Renderer.render(state).line(row) == " Saved.")
    }
}

@Suite("Theme and cell buffer")
struct ThemeAndBufferTests {
    @Test("monochrome uses no colour at all; at every colour depth the four gap bands have four backgrounds")
    func monochrome() {
        let mono = Theme(depth: .monochrome)
        for style in Style.allCases {
            #expect(mono.look(style).foreground == .terminalDefault)
            #expect(mono.look(style).background == .terminalDefault)
        }
        #expect(mono.look(.cursor).attributes.contains(.reverse))
        #expect(mono.look(.statusBar).attributes.contains(.reverse))
        for depth in [ColorDepth.basic, .indexed, .direct] {
            let color = Theme(depth: depth)
            let bands: [Style] = [.gapMet, .gapOne, .gapTwo, .gapThree]
            #expect(Set(bands.map { color.look($0).background }).count == 4, "\(depth)")
        }
    }

    @Test("wide characters take two cells; overwriting half of one blanks the other half")
    func wideCells() {
        var buffer = CellBuffer(width: 10, height: 1)
        #expect(buffer.put("李伟x", x: 0, y: 0) == 5)
        #expect(buffer.line(0) == "李伟x")
        #expect(buffer[1, 0].isContinuation)
        buffer.put("a", x: 1, y: 0)
        #expect(buffer.line(0) == " a伟x")
        // Text cut at the edge ends in an ellipsis, and never in half a wide character.
        var narrow = CellBuffer(width: 4, height: 1)
        narrow.put("a李伟", x: 0, y: 0)
        #expect(narrow.line(0) == "a李…")
        var edge = CellBuffer(width: 3, height: 1)
        edge.put("a李伟", x: 0, y: 0)
        #expect(edge.line(0) == "a…")
        var fits = CellBuffer(width: 5, height: 1)
        fits.put("a李伟", x: 0, y: 0)
        #expect(fits.line(0) == "a李伟")
    }

    @Test("only changed cells are redrawn")
    func diffing() {
        var first = CellBuffer(width: 20, height: 2)
        first.put("Åse Bjørnstad", x: 0, y: 0)
        var second = first
        second.put("Å", x: 0, y: 1, style: .selected)
        #expect(second.changes(since: first).map { [$0.x, $0.y] } == [[0, 1]])
        #expect(second.changes(since: second).isEmpty)
        #expect(second.changes(since: nil).count == 40)
        #expect(second.changes(since: CellBuffer(width: 10, height: 2)).count == 40)
    }
}
