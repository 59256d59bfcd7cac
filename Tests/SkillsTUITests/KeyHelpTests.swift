import Foundation
import SkillsMatrix
import Testing
@testable import SkillsTUI

/// The status bar and `?` are made from the key maps the reducer dispatches through. This
/// checks it the other way round, for every screen in every mode: each key that does
/// anything (an effect, a change on screen) is one that help lists.
@MainActor
@Suite("Keys: every key that acts is in its screen's help")
struct KeyHelpTests {
    /// Every key a terminal can send: printable ASCII and a few letters beyond it,
    /// control letters, the named keys and the mouse.
    nonisolated static let universe: [Key] = {
        var keys = (0x20...0x7E).compactMap { UnicodeScalar($0).map { Key.character(Character($0)) } }
        keys += ["å", "ø", "é", "李"].map { Key.character($0) }
        keys += "abcdefghijklmnopqrstuvwxyz".map { Key.control($0) }
        keys += [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .tab, .backTab, .backspace, .delete]
        keys += [.click(x: 30, y: 8), .wheelUp(x: 30, y: 8), .wheelDown(x: 30, y: 8)]
        return keys
    }()

    /// A screen in a mode, reached from start-up by keys.
    struct Sample {
        let name: String
        let login: String?
        let keys: [Key]
    }

    nonisolated static let samples: [Sample] = [
        Sample(name: "role picker", login: nil, keys: []),
        Sample(name: "role picker searching", login: nil, keys: [.character("/")]),
        Sample(name: "home, staff", login: "apatel", keys: []),
        Sample(name: "home, lead", login: "hmarsh", keys: []),
        Sample(name: "walkthrough", login: "apatel", keys: [.enter]),
        Sample(name: "walkthrough, note open", login: "apatel", keys: [.enter, .character("n")]),
        Sample(name: "walkthrough, list open", login: "apatel", keys: [.enter, .character("o")]),
        Sample(name: "walkthrough, finished", login: "apatel", keys: [.enter, .character("G"), .character("s")]),
        Sample(name: "walkthrough, after an answer", login: "loconnor", keys: [.enter, .character("2")]),
        Sample(name: "gap report", login: "apatel", keys: [.down, .enter]),
        Sample(name: "heatmap", login: "hmarsh", keys: [.down, .down, .enter]),
        Sample(name: "heatmap, lead lens", login: "hmarsh", keys: [.down, .down, .enter, .character("t"), .character("t")]),
        Sample(name: "heatmap, finding", login: "hmarsh", keys: [.down, .down, .enter, .character("/")]),
        Sample(name: "heatmap, found", login: "hmarsh", keys: [.down, .down, .enter, .character("/"), .character("a"), .enter]),
        Sample(name: "heatmap, going to a competency", login: "hmarsh", keys: [.down, .down, .enter, .character("c")]),
        Sample(name: "heatmap, if someone left", login: "hmarsh", keys: [.down, .down, .enter, .character("x")]),
        Sample(name: "validation", login: "hmarsh", keys: [.down, .down, .down, .enter]),
        Sample(name: "validation, note open", login: "hmarsh", keys: [.down, .down, .down, .enter, .character("n")]),
        Sample(name: "validation, disputed only", login: "hmarsh", keys: [.down, .down, .down, .enter, .character("d")]),
        Sample(name: "validation, after a rating", login: "hmarsh", keys: [.down, .down, .down, .enter, .character("a")]),
        Sample(name: "team picker", login: "pnair", keys: [.down, .down, .down, .enter]),
        Sample(name: "training needs", login: "pnair", keys: [.down, .down, .down, .enter, .enter]),
        Sample(name: "training needs, found", login: "pnair", keys: [.down, .down, .down, .enter, .enter, .character("/"), .character("a"), .enter]),
        Sample(name: "training needs, export format", login: "pnair", keys: [.down, .down, .down, .enter, .enter, .character("e")]),
        Sample(name: "training needs, export name", login: "pnair", keys: [.down, .down, .down, .enter, .enter, .character("e"), .character("c")]),
        Sample(name: "frameworks", login: "apatel", keys: [.character("G"), .up, .up, .enter]),
        Sample(name: "frameworks, inside one", login: "apatel", keys: [.character("G"), .up, .up, .enter, .enter]),
        Sample(name: "competency", login: "apatel", keys: [.down, .enter, .enter]),
        Sample(name: "help", login: "hmarsh", keys: [.down, .down, .enter, .character("?")]),
        Sample(name: "development plan, a lead's own", login: "hmarsh", keys: Array(repeating: .down, count: 6) + [.enter]),
        Sample(name: "development plan, choosing the competency", login: "hmarsh", keys: Array(repeating: .down, count: 6) + [.enter, .character("a")]),
        Sample(name: "development plan, choosing the item", login: "hmarsh", keys: Array(repeating: .down, count: 6) + [.enter, .character("a"), .enter]),
        Sample(name: "development plan, the day", login: "hmarsh", keys: Array(repeating: .down, count: 6) + [.enter, .character("a"), .enter, .enter]),
        Sample(name: "development plan, cancel asked", login: "hmarsh", keys: Array(repeating: .down, count: 6) + [.enter, .character("x")]),
        Sample(name: "development plan, a done item (own)", login: "gbrown", keys: [.down, .down, .enter, .down]),
        Sample(name: "development plans, lead", login: "hmarsh", keys: Array(repeating: .down, count: 5) + [.enter]),
        Sample(name: "development plans, hr", login: "pnair", keys: Array(repeating: .down, count: 4) + [.enter]),
        Sample(name: "a plan item, hr (no adding)", login: "pnair", keys: Array(repeating: .down, count: 4) + [.enter, .enter]),
        Sample(name: "training plan", login: "pnair", keys: [.down, .down, .down, .enter, .enter, .character("p")]),
        Sample(name: "training plan, budget open", login: "pnair", keys: [.down, .down, .down, .enter, .enter, .character("p"), .character("b")]),
        Sample(name: "who knows what, choosing", login: "hmarsh", keys: Array(repeating: .down, count: 7) + [.enter]),
        Sample(name: "who knows what", login: "hmarsh", keys: Array(repeating: .down, count: 7) + [.enter, .enter, .enter]),
        Sample(name: "who knows what, not staff", login: "tester", keys: [.character("G")] + Array(repeating: .up, count: 6) + [.enter, .enter, .enter]),
        Sample(name: "walkthrough, a rating from before the cycle", login: "apatel", keys: [.enter]),
        Sample(name: "completion", login: "pnair", keys: Array(repeating: .down, count: 8) + [.enter]),
        Sample(name: "completion, a team's people", login: "pnair", keys: Array(repeating: .down, count: 8) + [.enter, .enter]),
        Sample(name: "completion, overdue", login: "pnair", keys: Array(repeating: .down, count: 8) + [.enter, .character("o")]),
        Sample(name: "calibration", login: "pnair", keys: Array(repeating: .down, count: 9) + [.enter]),
        Sample(name: "calibration, lead", login: "hmarsh", keys: Array(repeating: .down, count: 10) + [.enter]),
        Sample(name: "trend", login: "pnair", keys: Array(repeating: .down, count: 10) + [.enter]),
        Sample(name: "trend, a line in full", login: "pnair", keys: Array(repeating: .down, count: 10) + [.enter, .enter]),
    ]

    @Test("each key that acts is listed in the help of its screen", arguments: samples.indices)
    func everyActingKeyIsListed(_ index: Int) throws {
        let sample = Self.samples[index]
        let harness = try DemoHarness(actingAs: sample.login)
        var state = harness.start(rolePicker: sample.login == nil)
        harness.press(sample.keys, &state)
        // A message goes with any key: that is not the key acting.
        state.flash = nil
        let before = Renderer.render(state)
        let listed = KeyHelp.hints(for: state)
        let helpText = KeyHelp.helpLines(state).joined(separator: "\n")
        var acting = 0
        for key in Self.universe {
            var after = state
            let effects = Reducer.reduce(&after, .key(key))
            let complained = after.flash?.isError == true
            after.flash = nil
            guard !effects.isEmpty || complained || Renderer.render(after) != before else { continue }
            acting += 1
            let hint = KeyHelp.hint(for: key, in: state)
            #expect(hint != nil, "\(sample.name): \(key) acts but no key map has it")
            if let hint {
                #expect(listed.contains(hint), "\(sample.name): \(key) is not in the keys listed")
                if state.help == nil { #expect(helpText.contains(hint.keys), "\(sample.name): \(key) is not in ?") }
            }
        }
        #expect(acting > 0, "\(sample.name): no key acts at all")
    }

    @Test("no two bindings of a screen claim the same key")
    func noOverlaps() throws {
        for sample in Self.samples {
            let harness = try DemoHarness(actingAs: sample.login)
            var state = harness.start(rolePicker: sample.login == nil)
            harness.press(sample.keys, &state)
            guard let screen = state.screen, state.help == nil else { continue }
            let context = ScreenContext(state)
            for key in Self.universe {
                let claims = screen.claims(key, context)
                #expect(claims.count <= 1, "\(sample.name): \(key) is bound by \(claims)")
            }
        }
    }

    @Test("the status bar always shows help and the way back, however many keys a screen has")
    func statusBarKeepsHelp() throws {
        let harness = try DemoHarness(actingAs: "hmarsh")
        var state = harness.start()
        harness.press([.down, .down, .enter], &state)
        let bar = Renderer.render(state).line(Layout.statusRow(state.size))
        #expect(bar.contains("? help"))
        #expect(bar.contains("Esc/q home"))
        #expect(bar.contains("←↑↓→ move"))
    }
}
