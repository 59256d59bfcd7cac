import Foundation
@testable import SkillsMatrix
import Testing
@testable import SkillsTUI

/// The review-cycle screens (completion, calibration, trend, opening and closing cycles)
/// in Bokmål: golden frames at 80x24 and 120x40, Norwegian words on each, and not one
/// English word, key help or help note left; HR closes and opens a cycle in Norwegian.
@MainActor
@Suite("Review cycles in Bokmål")
struct ReviewCycleScreensBokmalTests {
    /// Each screen's name in `RenderTests.screens`, and Norwegian words it must show.
    nonisolated static let screens: [(name: String, words: [String])] = [
        ("completion-hr", ["Gjennomføring av runden", "Kartleggingsrunde 2026 winter review", "åpen, forfalt siden 15.11.2026", "hele organisasjonen", "25 personer", "punkter ferdig", "Personer", "Forsinket", "6 %"]),
        ("completion-team", ["Runden i education-leisure-it", "Team education-leisure-it: 7 personer", "Sist vurdert", "forsinket", "ferdig", "100 %"]),
        ("completion-overdue", ["Alle som er forsinket", "Forsinket: ", "forsinket"]),
        ("calibration-hr", ["Kalibrering: egen- mot ledervurderinger, hele organisasjonen", "Organisasjonen: 95 par", "egen - leder +0,20", "mildhet -0,20", "Mildhet", "mot org.", "Egen-leder", "Avvik", "Mildhet = snitt"]),
        ("calibration-lead", ["Kalibrering: egen- mot ledervurderinger, team project-support-office", "Kompetanse", "Par"]),
        ("trend-hr", ["Utvikling over kartleggingsrunder", "Tall: 2026 autumn review (lukket 29.09.2026) → nå", "Måloppnåelse", "Gjennomføring", "organisasjonen", "48 %→77 %", "større"]),
        ("trend-detail", ["Utvikling for organisasjonen", "måloppnåelse 48 %", "nå (18.11.2026)", "Lukket (ikke gap nå):"]),
        ("cycles-hr", ["Kartleggingsrunder", "2026 winter review: åpen, forfalt siden 15.11.2026; x lukker den.", "2 runder, eldste først", "lukket 29.09.2026", "åpen, forfalt", "hele organisasjonen · åpnet av pnair", "lukk 2026 winter review"]),
    ]

    /// English a person would read on these screens or in their key help.
    nonisolated static let english = [
        "Review", "Completion", "Calibration", "Trend", "people", "items", "done", "overdue", "complete", "Leniency", "pairs",
        "Readiness", "Gaps", "Changed", "closed", "opened", "worse", "Cycle", "State", "Due", "oldest", "move", "help", "home",
        "back", "Organisation", "Figures", "now", "select", "section",
    ]

    nonisolated static let cases: [(screen: Int, size: Int)] = screens.indices.flatMap { screen in RenderTests.sizes.indices.map { (screen, $0) } }

    /// The state after a screen's keys, in `language`.
    static func state(_ name: String, size: ScreenSize, language: Language) throws -> (DemoHarness, AppState) {
        let screen = try #require(RenderTests.screens.first { $0.name == name })
        let harness = try DemoHarness(actingAs: screen.login, language: language)
        var state = harness.start(size: size)
        harness.press(screen.keys, &state)
        return (harness, state)
    }

    @Test("each review-cycle screen in Bokmål at 80x24 and 120x40: Norwegian words, dates and numbers, no English", arguments: cases.indices)
    func screen(_ index: Int) throws {
        let (screenIndex, sizeIndex) = Self.cases[index]
        let (name, words) = Self.screens[screenIndex]
        let size = RenderTests.sizes[sizeIndex]
        let (_, state) = try Self.state(name, size: size, language: .nb)
        let frame = Renderer.render(state)
        let text = frame.text
        for word in words where size.width > 80 || !Self.cutAt80.contains(word) {
            #expect(text.contains(word), "\(name) \(size.width)x\(size.height): no \(word)")
        }
        let shown = Set(text.split { !$0.isLetter }.map(String.init))
        for word in Self.english {
            #expect(!shown.contains(word), "\(name) \(size.width)x\(size.height): \(word)")
        }
        try RenderTests.compare(frame, name: "\(name)-\(size.width)x\(size.height).nb")
    }

    /// Words past the 80th column on some screens (a row's last columns, a long panel).
    nonisolated static let cutAt80: Set<String> = ["hele organisasjonen"]

    @Test("every key's help and the help notes are in Bokmål, on each screen", arguments: screens.indices)
    func keyHelp(_ index: Int) throws {
        let name = Self.screens[index].name
        let size = RenderTests.sizes[0]
        let (_, english) = try Self.state(name, size: size, language: .en)
        let (_, bokmal) = try Self.state(name, size: size, language: .nb)
        let englishHints = KeyHelp.hints(for: english)
        let bokmalHints = KeyHelp.hints(for: bokmal)
        #expect(bokmalHints.count == englishHints.count)
        for (translated, original) in zip(bokmalHints, englishHints) {
            #expect(translated.action != original.action, "\(name): \(original.keys) \(original.action)")
        }
        let englishScreen = try #require(english.screen)
        let bokmalScreen = try #require(bokmal.screen)
        #expect(bokmalScreen.title(ScreenContext(bokmal)) != englishScreen.title(ScreenContext(english)))
        let notes = bokmalScreen.helpNotes(ScreenContext(bokmal)).joined(separator: " ")
        if !englishScreen.helpNotes(ScreenContext(english)).isEmpty {
            #expect(notes.contains("`skills-tui ") && !notes.contains(" the "), "\(name): \(notes)")
        }
    }

    @Test("HR closes the open cycle and opens the next in Bokmål: the question, the refusals and the messages, the due day as 01.02.2027")
    func closeThenOpen() throws {
        let harness = try DemoHarness(actingAs: "pnair", language: .nb)
        let workspace = harness.runtime.workspace
        let open = try #require(try workspace.openCycle())
        var state = harness.start()
        let keys = try #require(RenderTests.screens.first { $0.name == "cycles-hr" }).keys
        harness.press(keys, &state)
        _ = try #require(state.top(CyclesScreen.self))

        harness.press([.character("x")], &state)
        #expect(try #require(state.screen).messageLine(ScreenContext(state)) == .question("Lukke \(open.name) nå? Alles tall blir registrert for godt. y/n"))
        #expect(KeyHelp.hints(for: state).map(\.action) == ["lukk den", "la den være åpen"])
        harness.press([.character("n")], &state)
        #expect(state.flash?.text == "\(open.name) er fortsatt åpen.")

        harness.press([.character("x"), .character("y")], &state)
        #expect(try workspace.openCycle() == nil)
        let closed = try #require(state.flash?.text)
        #expect(closed.hasPrefix("Lukket kartleggingsrunden \(open.name) og registrerte tallene: 25 personer i 4 team; måloppnåelse "))
        #expect(closed.contains(" %") && closed.hasSuffix(" par av egen- og ledervurdering."))

        harness.press([.character("n"), .enter], &state)
        #expect(state.flash?.isError == true && state.flash?.text.hasPrefix("Gi runden et navn") == true)
        harness.press(harness.type("Vår 2027") + [.enter], &state)
        let cycles = try #require(state.top(CyclesScreen.self))
        let due = try #require(cycles.dialog)
        let editor = try #require(CyclesScreenTests.editor(due))
        #expect(editor.prompt == "Frist (DD.MM.ÅÅÅÅ)" && editor.text == "16.12.2026")
        harness.press([.control("u")] + harness.type("31/01/2027") + [.enter], &state)
        #expect(state.flash?.isError == true && state.flash?.text == "«31/01/2027» er ikke en dato: skriv den som DD.MM.ÅÅÅÅ, for eksempel 16.12.2026.")
        harness.press([.control("u")] + harness.type("1.2.2027") + [.enter], &state)
        #expect(Renderer.render(state).text.contains("Hvem gjelder den nye runden for?"))
        #expect(KeyHelp.hints(for: state).contains { $0.keys == "Mellomrom" && $0.action == "velg/fjern" })
        harness.press([.enter], &state)
        #expect(Renderer.render(state).text.contains("Hvilke rammeverk omfatter den nye runden?"))
        harness.press([.enter], &state)
        let frameworks = workspace.catalog.frameworks.map(\.id).joined(separator: ", ")
        #expect(try #require(state.screen).messageLine(ScreenContext(state)) == .question("Åpne Vår 2027 for hele organisasjonen, rammeverk \(frameworks), frist 01.02.2027? y/n"))
        #expect(KeyHelp.hints(for: state).map(\.action) == ["åpne den", "ett steg tilbake"])
        harness.press([.character("y")], &state)
        let opened = try #require(try workspace.openCycle())
        #expect(opened.name == "Vår 2027" && DateText.day(opened.dueAt) == "2027-02-01")
        #expect(state.flash?.text == "Åpnet kartleggingsrunden Vår 2027: hele organisasjonen, rammeverk \(opened.frameworkIDs.joined(separator: ", ")), frist 01.02.2027.")
        let text = Renderer.render(state).text
        #expect(text.contains("Vår 2027: åpen, frist 01.02.2027; x lukker den.") && text.contains("3 runder, eldste først"))
    }
}
