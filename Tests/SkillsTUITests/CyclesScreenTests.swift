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

        // Refused: an empty name, a day that is not one, a day before today; each leaves the field as typed.
        harness.press([.character("n"), .enter], &state)
        #expect(state.flash?.isError == true && state.flash?.text.hasPrefix("Give the cycle a name") == true)
        harness.press(harness.type("2027 spring review") + [.enter, .control("u")] + harness.type("31/01/2027") + [.enter], &state)
        #expect(state.flash?.isError == true && state.flash?.text.contains("\"31/01/2027\" is not a day") == true)
        harness.press([.control("u")] + harness.type("2020-01-01") + [.enter], &state)
        #expect(state.flash?.isError == true)
        let refused = try #require(state.top(CyclesScreen.self))
        let dialog = try #require(refused.dialog)
        #expect(dialog == .due(name: "2027 spring review", editor: try #require(Self.editor(dialog))))
        #expect(try #require(Self.editor(dialog)).text == "2020-01-01")
        #expect(try workspace.openCycle() == nil)

        harness.press([.control("u")] + harness.type("2027-01-31") + [.enter], &state)
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
        case .name(let editor), .due(_, let editor): return editor
        case .confirmingClose, .saving: return nil
        }
    }
}
