import Foundation
@testable import SkillsMatrix
import Testing
@testable import SkillsTUI

/// Opening and closing review cycles in the TUI (hr and admins), through the demo
/// organisation and the real engine, key by key.
@MainActor
@Suite("Review cycles: opening and closing them in the TUI")
struct CyclesScreenTests {
    static let entry = "Review cycles: open and close"

    static func openCycles(_ harness: DemoHarness) throws -> AppState {
        var state = harness.start()
        try DevelopmentScreensTests.open(Self.entry, harness, &state)
        _ = try #require(state.top(CyclesScreen.self), "the cycles screen did not open")
        return state
    }

    @Test("only those who may open and close cycles are offered the screen, after every other entry but switching user and quitting")
    func homeEntry() throws {
        for (login, offered) in [("apatel", false), ("hmarsh", false), ("pnair", true)] {
            let labels = try DevelopmentScreensTests.labels(try DemoHarness(actingAs: login).start())
            #expect(labels.contains(Self.entry) == offered, "\(login): \(labels)")
            if offered {
                let index = try #require(labels.firstIndex(of: Self.entry))
                #expect(labels[(index + 1)...].allSatisfy { $0 == "Switch demo user" || $0 == "Quit" }, "\(labels)")
            }
        }
    }

    @Test("hr closes the open cycle (asked first), then opens the next for the whole organisation; the engine records both")
    func closeThenOpen() throws {
        let harness = try DemoHarness(actingAs: "pnair")
        let workspace = harness.runtime.workspace
        let open = try #require(try workspace.openCycle())
        var state = try Self.openCycles(harness)
        let screen = try #require(state.top(CyclesScreen.self))
        #expect(screen.cycles == (try workspace.cycles()))
        #expect(KeyHelp.hints(for: state).contains { $0.keys == "x" })
        #expect(!KeyHelp.hints(for: state).contains { $0.keys == "n" })

        // n on the question keeps it open.
        harness.press([.character("x"), .character("n")], &state)
        #expect(try workspace.openCycle() == open)
        #expect(state.flash?.text == "\(open.name) stays open.")

        harness.press([.character("x"), .character("y")], &state)
        #expect(try workspace.openCycle() == nil)
        let closed = try #require(try workspace.cycles().first { $0.name == open.name })
        #expect(closed.closedBy == "pnair")
        #expect(state.flash?.text.hasPrefix("Closed review cycle \(open.name) and recorded its snapshot: 25 people in 4 teams") == true)
        #expect(try #require(state.top(CyclesScreen.self)).cycles.last == closed)

        // Refused: an empty name, a day that is not one; each leaves the field as typed.
        harness.press([.character("n"), .enter], &state)
        #expect(state.flash?.isError == true && state.flash?.text.hasPrefix("Give the cycle a name") == true)
        harness.press(harness.type("2027 spring review") + [.enter, .control("u")] + harness.type("31/01/2027") + [.enter], &state)
        #expect(state.flash?.isError == true && state.flash?.text.contains("\"31/01/2027\" is not a day") == true)
        #expect(Self.fieldText(state) == "31/01/2027")
        // A day before today is the engine's to refuse, at the last step: the question
        // stays, and Esc steps back to the day as typed.
        harness.press([.control("u")] + harness.type("2020-01-01") + [.enter, .enter, .enter], &state)
        #expect(try #require(state.screen).messageLine(ScreenContext(state)) == .question(
            "Open 2027 spring review for the whole organisation, frameworks \(Self.frameworkIDs(workspace).joined(separator: ", ")), due 2020-01-01? y/n"))
        harness.press([.character("y")], &state)
        #expect(state.flash?.isError == true && state.flash?.text.contains("2020-01-01") == true)
        #expect(try workspace.openCycle() == nil)
        harness.press([.character("n"), .escape, .escape], &state)
        #expect(Self.fieldText(state) == "2020-01-01")
        #expect(try Self.step(state) == "due")
        #expect(try #require(Self.draft(state)).name == "2027 spring review")

        harness.press([.control("u")] + harness.type("2027-01-31") + [.enter, .enter, .enter, .character("y")], &state)
        let opened = try #require(try workspace.openCycle())
        #expect(opened.name == "2027 spring review" && opened.coversOrganisation && opened.openedBy == "pnair")
        #expect(Set(opened.frameworkIDs) == Set(workspace.catalog.frameworks.map(\.id)))
        #expect(DateText.day(opened.dueAt) == "2027-01-31")
        #expect(state.flash?.text == "Opened review cycle 2027 spring review: the organisation, frameworks \(opened.frameworkIDs.joined(separator: ", ")), due 2027-01-31.")

        // Home shows the new cycle when the person goes back to it.
        harness.press([.escape], &state)
        #expect(try #require(state.home).data.cycle?.cycle.name == "2027 spring review")
    }

    static func editor(_ dialog: CyclesScreen.Dialog) -> LineEditor? {
        switch dialog {
        case .name(_, let editor), .due(_, let editor): return editor
        case .scope, .frameworks, .confirmingOpen, .confirmingClose, .saving: return nil
        }
    }

    /// The text in the dialog's field, if it has one.
    static func fieldText(_ state: AppState) -> String? { state.top(CyclesScreen.self)?.dialog.flatMap(editor)?.text }

    static func frameworkIDs(_ workspace: Workspace) -> [String] { workspace.catalog.frameworks.map(\.id) }

    /// HR with the demo's open cycle closed, at the first step of opening the next.
    static func startOpening(_ harness: DemoHarness, name: String = "2027 spring review") throws -> AppState {
        var state = try openCycles(harness)
        harness.press([.character("x"), .character("y"), .character("n")] + harness.type(name) + [.enter, .control("u")] + harness.type("2027-01-31") + [.enter], &state)
        try #require(try step(state) == "scope")
        return state
    }

    /// The new cycle as far as the cycles screen's dialog has it; nil with none.
    static func draft(_ state: AppState) -> CyclesScreen.Draft? {
        switch state.top(CyclesScreen.self)?.dialog {
        case .name(let draft, _)?, .due(let draft, _)?, .scope(let draft)?, .frameworks(let draft)?, .confirmingOpen(let draft, _)?: return draft
        case .confirmingClose?, .saving?, nil: return nil
        }
    }

    /// Which step the cycles screen's dialog is at.
    static func step(_ state: AppState) throws -> String {
        switch try #require(state.top(CyclesScreen.self)).dialog {
        case .name?: "name"
        case .due?: "due"
        case .scope?: "scope"
        case .frameworks?: "frameworks"
        case .confirmingOpen?: "confirmingOpen"
        case .confirmingClose?: "confirmingClose"
        case .saving?: "saving"
        case nil: "none"
        }
    }

    @Test("hr opens a cycle for two chosen teams and one framework: the count shows, the question sums it up, the engine stores exactly that")
    func twoTeamsOneFramework() throws {
        let harness = try DemoHarness(actingAs: "pnair")
        let workspace = harness.runtime.workspace
        var state = try Self.startOpening(harness)
        #expect(Renderer.render(state).text.contains("[x] The whole organisation"))
        // The tree: the organisation, IT Leadership Team, then its teams by name.
        harness.press([.down, .down, .character(" "), .down, .down, .character(" ")], &state)
        #expect(try #require(Self.draft(state)).teamIDs(try #require(state.top(CyclesScreen.self)).teams) == ["customer-services", "project-support-office"])
        let scopeFrame = Renderer.render(state).text
        #expect(scopeFrame.contains("2 teams chosen, each with the teams below it"))
        #expect(scopeFrame.contains("[x] Customer Services (customer-services)") && scopeFrame.contains("[ ] Education and Leisure IT (education-leisure-it)"))
        #expect(KeyHelp.hints(for: state).contains { $0.keys == "Space" && $0.action == "choose/drop" })

        harness.press([.enter], &state)
        let frameworks = Self.frameworkIDs(workspace)
        let kept = try #require(frameworks.last)
        // Drop every framework but the last.
        harness.press(Array(repeating: [Key.character(" "), .down], count: frameworks.count - 1).flatMap { $0 }, &state)
        #expect(Renderer.render(state).text.contains("1 of \(frameworks.count) frameworks chosen"))
        harness.press([.enter], &state)
        #expect(try #require(state.screen).messageLine(ScreenContext(state)) == .question(
            "Open 2027 spring review for teams customer-services, project-support-office, frameworks \(kept), due 2027-01-31? y/n"))
        #expect(try workspace.openCycle() == nil)
        harness.press([.character("y")], &state)

        let opened = try #require(try workspace.openCycle())
        #expect(opened.name == "2027 spring review" && opened.teamIDs == ["customer-services", "project-support-office"] && opened.frameworkIDs == [kept])
        #expect(DateText.day(opened.dueAt) == "2027-01-31" && !opened.coversOrganisation)
        #expect(try workspace.cycle(named: "2027 spring review") == opened)
        #expect(state.flash?.text == "Opened review cycle 2027 spring review: teams customer-services, project-support-office and the teams below them, frameworks \(kept), due 2027-01-31.")
        #expect(try #require(state.top(CyclesScreen.self)).dialog == nil)
    }

    @Test("Esc steps back one step at a time and keeps what was typed and chosen; going on again finds it all still there")
    func escapeStepsBack() throws {
        let harness = try DemoHarness(actingAs: "pnair")
        var state = try Self.startOpening(harness)
        harness.press([.down, .down, .character(" "), .enter, .character(" ")], &state)
        let chosen = try #require(Self.draft(state))
        #expect(chosen.chosenTeams == ["customer-services"] && chosen.droppedFrameworks.count == 1)

        harness.press([.escape], &state)
        #expect(try Self.step(state) == "scope")
        #expect(try #require(Self.draft(state)) == chosen)
        harness.press([.escape], &state)
        #expect(Self.fieldText(state) == "2027-01-31")
        harness.press([.escape], &state)
        #expect(try Self.step(state) == "name")
        #expect(Self.fieldText(state) == "2027 spring review")

        // Forward again: the day, the teams and the frameworks are as they were.
        harness.press([.enter, .enter], &state)
        #expect(try #require(Self.draft(state)).chosenTeams == chosen.chosenTeams)
        harness.press([.enter], &state)
        #expect(try #require(Self.draft(state)).droppedFrameworks == chosen.droppedFrameworks)
        // n at the question goes back to the frameworks; Esc at the name drops it all.
        harness.press([.enter, .character("n")], &state)
        #expect(try Self.step(state) == "frameworks")
        harness.press([.escape, .escape, .escape, .escape], &state)
        #expect(try #require(state.top(CyclesScreen.self)).dialog == nil)
        #expect(try harness.runtime.workspace.openCycle() == nil)
    }

    @Test("the engine refuses chosen teams with none chosen, and no framework: its words on the message line, the question kept")
    func engineRefuses() throws {
        let harness = try DemoHarness(actingAs: "pnair")
        let workspace = harness.runtime.workspace
        var state = try Self.startOpening(harness)
        // The organisation off, no team on.
        harness.press([.character(" "), .enter, .enter], &state)
        #expect(try #require(state.screen).messageLine(ScreenContext(state)) == .question(
            "Open 2027 spring review for chosen teams (none chosen), frameworks \(Self.frameworkIDs(workspace).joined(separator: ", ")), due 2027-01-31? y/n"))
        harness.press([.character("y")], &state)
        #expect(state.flash?.isError == true)
        #expect(state.flash?.text.contains("a review cycle for chosen teams needs at least one team") == true)
        #expect(try workspace.openCycle() == nil)
        #expect(try Self.step(state) == "confirmingOpen")

        // Back to the scope: the whole organisation again; every framework dropped.
        harness.press([.character("n"), .escape, .character(" "), .enter]
            + Array(repeating: [Key.character(" "), .down], count: Self.frameworkIDs(workspace).count).flatMap { $0 } + [.enter, .character("y")], &state)
        #expect(state.flash?.text.contains("a review cycle needs at least one framework in scope") == true)
        #expect(try workspace.openCycle() == nil)
    }

    @Test("each step of opening a cycle fits 80x24 in English and Bokmål: the heading, the count, the list and the question whole", arguments: [Language.en, .nb])
    func stepsFit(_ language: Language) throws {
        let harness = try DemoHarness(actingAs: "pnair", language: language)
        var state = try Self.startOpening(harness, name: "Vår 2027")
        let words = language.messages.cycleScreens
        let frameworks = Self.frameworkIDs(harness.runtime.workspace)
        func frame() -> [String] {
            let buffer = Renderer.render(state)
            return (0..<buffer.height).map(buffer.line)
        }
        // A team chosen brings in the teams below it: they say so, whole.
        harness.press([.down, .character(" ")], &state)
        var lines = frame()
        #expect(lines.contains { $0.contains("[·] Project Support Office (project-support-office) · " + words.includedAbove) })
        harness.press([.character(" "), .down, .character(" ")], &state)
        lines = frame()
        #expect(!lines.contains { $0.contains("[·]") })
        #expect(lines.count == 24 && lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(lines.contains { $0.hasPrefix("  " + words.scopeHeading) })
        #expect(lines.contains { $0.hasPrefix("  " + words.scopeChoice(teams: 1)) })
        #expect(lines.contains { $0.contains("[x] " + words.wholeOrganisation) } == false)
        #expect(lines.contains { $0.contains("project-support-office") })

        harness.press([.enter], &state)
        lines = frame()
        #expect(lines.contains { $0.hasPrefix("  " + words.frameworksHeading) })
        #expect(lines.contains { $0.hasPrefix("  " + words.frameworksChoice(frameworks.count, of: frameworks.count)) })
        #expect(lines.filter { $0.contains("[x] ") }.count == frameworks.count)

        harness.press([.enter], &state)
        let question = words.openQuestion(name: "Vår 2027", due: words.dayField(CalendarDay(iso: "2027-01-31")!), teams: ["customer-services"], frameworks: frameworks)
        #expect(try #require(state.screen).messageLine(ScreenContext(state)) == .question(question))
        // The question wraps upwards rather than being cut: its end is on the screen.
        lines = frame()
        #expect(lines.contains { $0.contains("y/n") })
        #expect(lines.joined(separator: " ").replacingOccurrences(of: "  ", with: " ").contains(String(question.suffix(20))))
    }
}
