import Foundation
import SkillsMatrix
import Testing
@testable import SkillsTUI

/// The real loop on a scripted terminal: input, frames, effects against the database.
@MainActor
@Suite("Event loop")
struct EventLoopTests {
    @Test("keys drive the app, answers reach the database, a resize redraws everything, q quits")
    func scriptedSession() throws {
        let harness = try DemoHarness(actingAs: "loconnor")
        let terminal = ScriptedTerminal(
            size: ScreenSize(width: 80, height: 24),
            script: [.key(.enter), .key(.character("2")), .resize(ScreenSize(width: 100, height: 30)), .key(.escape), .key(.character("q"))])
        let final = EventLoop(runtime: harness.runtime, terminal: terminal).run(withRolePicker: false)
        #expect(final.screenName == "home")
        #expect(try harness.runtime.workspace.gapReport(for: "loconnor").selfRatedCount == 1)
        // Start, after Enter, "Saving…" and after the answer, after the resize, after Esc.
        #expect(terminal.frames.count >= 5)
        let resized = try #require(terminal.frames.firstIndex { $0.width == 100 })
        #expect(terminal.changedCells[resized] == 100 * 30)
        #expect(terminal.frames.contains { $0.text.contains("Saving…") })
        #expect(terminal.frames.last?.text.contains("Continue self-assessment at 2 of 10") == true)
    }

    @Test("termination ends the loop at once, wherever the user is")
    func termination() throws {
        let harness = try DemoHarness(actingAs: "apatel")
        let terminal = ScriptedTerminal(size: ScreenSize(width: 80, height: 24), script: [.key(.enter), .key(.character("n")), .terminate])
        let final = EventLoop(runtime: harness.runtime, terminal: terminal).run(withRolePicker: false)
        #expect(final.walkthrough?.noteEditor != nil)
        #expect(terminal.frames.count == 3)
    }
}
