import Foundation
@testable import SkillsMatrix
import Testing
@testable import SkillsTUI

/// What leads and HR act on: undo, rating from the heatmap, the validation queue's
/// filters and pages, the self-assessment's places and notes, the training-needs views
/// and export, and the event loop that keeps keys from acting on unseen screens.
@MainActor
@Suite("Workbench: acting on every screen")
struct WorkbenchTests {
    static func leadEvents(_ harness: DemoHarness, _ login: String, _ id: String) throws -> [RatingEvent] {
        try harness.runtime.workspace.store.ratingHistory(of: login, competencyID: id).filter { $0.track == .lead }
    }

    @Test("validation: a rating says what it recorded; u takes it back and the item returns to its place")
    func validationUndo() throws {
        let harness = try DemoHarness(actingAs: "hmarsh")
        var state = harness.start()
        harness.press([.down, .down, .down, .enter], &state)
        let queue = try #require(state.validation)
        let count = try #require(queue.count)
        let first = try #require(queue.items.first)
        let id = state.catalog.competencies[first.competency].id
        harness.press([.character("3")], &state)
        #expect(try Self.leadEvents(harness, first.person.login, id).first?.level == 3)
        #expect(state.validation?.count?.waiting == count.waiting - 1)
        #expect(state.flash?.text.contains("Saved your rating of \(first.person.name) (\(first.person.login)) \(id) = 3") == true)
        #expect(state.undoable.count == 1)
        harness.press([.character("u")], &state)
        #expect(try Self.leadEvents(harness, first.person.login, id).isEmpty)
        let back = try #require(state.validation)
        #expect(back.items.first == first)
        #expect(back.count == count)
        #expect(state.undoable.isEmpty)
        #expect(state.flash?.text.hasPrefix("Took back your lead rating of \(first.person.login) \(id)") == true)
        // Nothing left to undo: u is not a key here any more.
        #expect(KeyHelp.hint(for: .character("u"), in: state) == nil)
    }

    @Test("validation: a queue opened from its first people reads on into everyone once they come, at every cut, and a search typed before finds them too")
    func validationFromFirstPeople() throws {
        let harness = try DemoHarness(actingAs: "hmarsh")
        let state = harness.start()
        let workspace = harness.runtime.workspace
        let whole = try workspace.validationQueue(order: .byPerson)
        let everyone = try workspace.validationScope()
        #expect(everyone.people.count > 2)
        for first in 0...everyone.people.count {
            var opened = state
            let head = try workspace.validationScope(first: first)
            let page = try workspace.validationItems(for: head.people[...])
            _ = EventLoop.dispatch([.loaded(.validation(head, firstPage: page, scanned: head.people.count))], into: &opened, performer: harness.runtime)
            harness.press([.end], &opened)
            let queue = try #require(opened.validation)
            #expect(queue.scope.isComplete, "first \(first)")
            #expect(queue.scanned == nil, "first \(first)")
            #expect(queue.items == whole, "first \(first)")
        }
        // A search typed while only the first person is read: it finds the rest once everyone comes.
        var searching = state
        let head = try workspace.validationScope(first: 1)
        let held = Reducer.reduce(&searching, .loaded(.validation(head, firstPage: try workspace.validationItems(for: head.people[...]), scanned: 1)))
        #expect(held.first == .load(.validationScope(teamID: nil)))
        #expect(!head.people.contains { $0.login == "ccampbell" })
        harness.press([.character("/")] + harness.type("ccampbell") + [.enter], &searching)
        #expect(try #require(searching.validation).scanned != nil)
        _ = EventLoop.dispatch(harness.runtime.perform(.load(.validationScope(teamID: nil))), into: &searching, performer: harness.runtime)
        let found = try #require(searching.validation)
        #expect(!found.items.isEmpty)
        #expect(found.items == whole.filter { $0.person.login == "ccampbell" })
    }

    @Test("validation: a note stays with its item when the cursor moves; leaving asks; filters and orders")
    func validationNotesAndFilters() throws {
        let harness = try DemoHarness(actingAs: "hmarsh")
        var state = harness.start()
        harness.press([.down, .down, .down, .enter, .character("n")] + harness.type("seen it") + [.enter, .down, .down, .up, .up], &state)
        let queue = try #require(state.validation)
        #expect(queue.unsavedNotes == 1)
        #expect(Renderer.render(state).text.contains("Your note, saved with your rating: seen it"))
        harness.press([.escape], &state)
        #expect(state.question == .leaveWithUnsavedNotes(1))
        harness.press([.character("n")], &state)
        #expect(state.screenName == "validation")
        // Quitting asks too; Ctrl-C twice quits.
        #expect(!harness.press([.control("c")], &state))
        #expect(state.question == .quitWithUnsavedNotes(1))
        harness.press([.escape], &state)
        // Only this person, then only this competency.
        let login = try #require(state.validation?.selected?.person.login)
        harness.press([.character("p")], &state)
        #expect(try #require(state.validation).shown.allSatisfy { state.validation?.items[$0].person.login == login })
        harness.press([.character("p"), .character("c")], &state)
        let byCompetency = try #require(state.validation)
        let competency = try #require(byCompetency.filter.competency)
        #expect(byCompetency.shown.allSatisfy { byCompetency.items[$0].competency == competency })
        harness.press([.escape, .character("o")], &state)
        #expect(state.validation?.order == .disputesFirst)
        harness.press([.character("/")] + harness.type("CALLUM") + [.enter], &state)
        let found = try #require(state.validation)
        #expect(!found.shown.isEmpty)
        #expect(found.shown.allSatisfy { found.items[$0].person.login == "ccampbell" })
    }

    @Test("heatmap: a digit on the lead lens rates the cell, the row follows, u takes it back")
    func heatmapRating() throws {
        let harness = try DemoHarness(actingAs: "hmarsh")
        var state = harness.start()
        harness.press([.down, .down, .enter], &state)
        // On the effective lens a digit is not a key.
        #expect(KeyHelp.hint(for: .character("3"), in: state) == nil)
        harness.press([.character("t"), .character("t")], &state)
        let heatmap = try #require(state.heatmap)
        #expect(heatmap.lens == .lead)
        let person = heatmap.shown.rows[heatmap.row].person
        let id = state.catalog.competencies[heatmap.shown.competencies[heatmap.column]].id
        harness.press([.character("4")], &state)
        #expect(try Self.leadEvents(harness, person.login, id).first?.level == 4)
        let rated = try #require(state.heatmap)
        #expect(rated.shown.rows[rated.row].cells[rated.column].ratings?.leadRating?.level == 4)
        #expect(rated.lens == .lead)
        harness.press([.character("u")], &state)
        let undone = try #require(state.heatmap)
        #expect(undone.shown.rows[undone.row].cells[undone.column].ratings?.leadRating?.level == heatmap.shown.rows[heatmap.row].cells[heatmap.column].ratings?.leadRating?.level)
        // One's own row is not rated from here.
        let own = try #require(undone.shown.rows.firstIndex { $0.person.login == "hmarsh" })
        harness.press(Array(repeating: .down, count: own), &state)
        harness.press([.character("2")], &state)
        #expect(state.flash?.isError == true)
    }

    @Test("heatmap: Enter opens the person's gap report, x shows the team without them, s sorts, c goes to a column")
    func heatmapWorkbench() throws {
        let harness = try DemoHarness(actingAs: "hmarsh")
        var state = harness.start(size: ScreenSize(width: 120, height: 40))
        harness.press([.down, .down, .enter, .enter], &state)
        let report = try #require(state.gapReport)
        #expect(!report.isOwn)
        #expect(report.assessment.person.login == "apatel")
        harness.press([.escape, .character("x")], &state)
        let without = try #require(state.heatmap?.leaver)
        #expect(without.person.login == "apatel")
        #expect(Renderer.render(state).text.contains("Without Anita Patel"))
        harness.press([.character("x"), .character("s")], &state)
        let byReadiness = try #require(state.heatmap)
        let readiness = byReadiness.shown.rows.map { $0.readiness(.effective) }
        #expect(readiness == readiness.sorted())
        #expect(byReadiness.shown.rows[byReadiness.row].person.login == "apatel")
        harness.press([.character("c")] + harness.type("pm.gov.4") + [.enter], &state)
        let jumped = try #require(state.heatmap)
        #expect(state.catalog.competencies[jumped.shown.competencies[jumped.column]].id == "PM.GOV.4")
        // The lens changes the Ready column and the coverage row, not only the cells.
        #expect(jumped.shown.coverage(.selfAssessment) != jumped.shown.coverage(.effective) || jumped.shown.rows.contains { $0.readiness(.selfAssessment) != $0.readiness(.effective) })
    }

    @Test("self-assessment: a kept note waits with its competency, f keeps the place, Tab and o find the rest")
    func walkthroughPlaces() throws {
        let harness = try DemoHarness(actingAs: "loconnor")
        var state = harness.start()
        harness.press([.enter, .character("n")] + harness.type("helped a resident") + [.enter, .character("s"), .character("b")], &state)
        #expect(state.walkthrough?.pendingNote == "helped a resident")
        harness.press([.character("s"), .character("2"), .character("b"), .character("b")], &state)
        let walk = try #require(state.walkthrough)
        #expect(walk.position == 0)
        #expect(walk.pendingNote == "helped a resident")
        // f: the whole framework at the same competency, and back.
        let id = state.catalog.competencies[try #require(walk.step).competency].id
        harness.press([.character("f")], &state)
        let framework = try #require(state.walkthrough)
        #expect(state.catalog.competencies[try #require(framework.step).competency].id == id)
        #expect(framework.walkthrough.scope == .framework(String(id.prefix { $0 != "." })))
        #expect(framework.pendingNote == "helped a resident")
        harness.press([.character("f")], &state)
        #expect(state.walkthrough?.walkthrough.scope == .role)
        #expect(state.catalog.competencies[try #require(state.walkthrough?.step).competency].id == id)
        // Tab: the next without an answer; o lists them to jump to.
        harness.press([.tab], &state)
        #expect(try #require(state.walkthrough?.step).ratings?.selfRating == nil)
        harness.press([.character("o"), .character("G"), .enter], &state)
        #expect(state.walkthrough?.position == (state.walkthrough?.walkthrough.steps.count ?? 0) - 1)
        // The end names what is still unanswered.
        harness.press([.character("s")], &state)
        let text = Renderer.render(state).text
        #expect(text.contains("Still without an answer"))
        // The bar counts answers (1 of 10), not the place (the end).
        #expect(state.walkthrough?.walkthrough.answeredCount == 1)
        // Leaving with the kept note asks.
        harness.press([.escape], &state)
        #expect(state.question == .leaveWithUnsavedNotes(1))
        harness.press([.character("y")], &state)
        #expect(state.screenName == "home")
    }

    @Test("training needs: grouped four ways and filtered, every need once; export asks before replacing")
    func trainingNeeds() throws {
        let harness = try DemoHarness(actingAs: "pnair")
        var state = harness.start()
        harness.press([.down, .down, .down, .enter, .enter], &state)
        let all = try #require(state.trainingNeeds)
        for _ in 0..<4 {
            let screen = try #require(state.trainingNeeds)
            #expect(screen.lines.needCount == all.report.needCount, "\(screen.lines.grouping)")
            // Each heading once, and every need under the heading it belongs to.
            #expect(Set(screen.lines.headings).count == screen.lines.headings.count, "\(screen.lines.grouping)")
            var heading: TrainingNeedsLines.Heading?
            for (index, line) in screen.lines.lines.enumerated() {
                switch line {
                case .heading(let number): heading = screen.lines.headings[number]
                case .need:
                    let need = try #require(screen.lines.need(at: index, in: screen.report))
                    switch heading {
                    case .team(let team)?: #expect(screen.report.people[need.personIndex].teamID == team)
                    case .person(let person)?: #expect(need.personIndex == person)
                    case .competency(let group)?: #expect(screen.lines.competency(at: index, in: screen.report) == screen.report.groups[group].competency)
                    case nil: #expect(screen.lines.grouping == .priority)
                    }
                }
            }
            // People are listed by name.
            let people = screen.lines.headings.compactMap { heading -> Person? in
                guard case .person(let index) = heading else { return nil }
                return screen.report.people[index]
            }
            #expect(people == people.sortedForListing())
            harness.press([.character("v")], &state)
        }
        #expect(state.trainingNeeds?.lines.grouping == .competency)
        harness.press([.character("f")], &state)
        let framework = try #require(state.trainingNeeds)
        #expect(framework.lines.filter.frameworkID == "DI")
        #expect((0..<framework.lines.lines.count).compactMap { framework.lines.competency(at: $0, in: framework.report) }.allSatisfy { state.catalog.competencies[$0].id.hasPrefix("DI.") })
        harness.press([.escape, .character("e"), .character("c"), .control("u")] + harness.type(harness.file("needs.csv")) + [.enter], &state)
        #expect(harness.contents("needs.csv")?.hasPrefix("competency_id,") == true)
        // The file is there now: exporting to it again asks first.
        let existing = harness.file("needs.csv")
        try "old".write(toFile: existing, atomically: true, encoding: .utf8)
        harness.press([.character("e"), .character("c"), .control("u")] + harness.type(existing) + [.enter], &state)
        let asked = Renderer.render(state)
        #expect(asked.line(Layout.messageRow(state.size)).hasSuffix("it? y/n"))
        // The path is read in full, however long, over the rows above.
        #expect(asked.text.replacingOccurrences(of: "\n ", with: "").contains(existing + " exists."))
        #expect(harness.contents("needs.csv") == "old")
        harness.press([.character("n")], &state)
        #expect(state.openEditor?.text == existing)
        harness.press([.enter, .character("y")], &state)
        #expect(harness.contents("needs.csv")?.hasPrefix("competency_id,") == true)
        #expect(state.trainingNeeds?.export == nil)
    }

    @Test("over SSH the export writes nothing on the server and shows the command that saves it at home; any key closes it")
    func exportOverSSH() throws {
        let harness = try DemoHarness(
            actingAs: "pnair",
            exportCommand: { teamID, format, excel, file in
                "ssh skills@host report training-needs\(teamID.map { " --team \($0)" } ?? "") --format \(format.rawValue)\(excel ? " --excel" : "") > \(file)"
            })
        var state = harness.start()
        harness.press([.down, .down, .down, .enter, .enter, .character("e"), .character("x"), .control("u")] + harness.type(harness.file("tna.csv")) + [.enter], &state)
        #expect(harness.contents("tna.csv") == nil)
        let frame = Renderer.render(state).text
        #expect(frame.contains("Export over SSH"))
        #expect(frame.contains("ssh skills@host report training-needs --format csv --excel >"))
        // Demo user switching is not offered over SSH, even in the demo organisation.
        #expect(!state.isDemo)
        harness.press([.character("j")], &state)
        #expect(try #require(state.trainingNeeds).export == nil)
        #expect(!Renderer.render(state).text.contains("Export over SSH"))
    }
}

/// The event loop itself, with a performer that takes its time over loads.
@MainActor
@Suite("Event loop: loads off the input loop")
struct LoadingLoopTests {
    /// The demo's runtime, with every load taking at least `delay`, stoppable.
    final class SlowPerformer: EffectPerformer, @unchecked Sendable {
        let runtime: TUIRuntime
        let delay: Double
        /// Which effects take `delay`: loads, or with `savesWait` the self-assessment's
        /// answers instead, as if the database kept them waiting.
        let savesWait: Bool
        private let lock = NSLock()
        private var stopped = false
        private(set) var interrupts = 0

        init(_ runtime: TUIRuntime, delay: Double, savesWait: Bool = false) {
            self.runtime = runtime
            self.delay = delay
            self.savesWait = savesWait
        }

        func isSlow(_ effect: Effect) -> Bool {
            if case .answer = effect { return savesWait }
            return !savesWait && effect.pace != .immediate
        }

        func perform(_ effect: Effect, progress: @escaping @Sendable (String) -> Void) -> [Event] {
            lock.lock()
            stopped = false
            lock.unlock()
            if isSlow(effect) {
                if savesWait { progress("waiting for the database") }
                let end = Date().addingTimeInterval(delay)
                while Date() < end {
                    lock.lock()
                    let stop = stopped
                    lock.unlock()
                    if stop { return [.failed(SkillsError.interrupted.description)] }
                    Thread.sleep(forTimeInterval: 0.005)
                }
            }
            return runtime.perform(effect, progress: progress)
        }

        func interrupt() {
            lock.lock()
            stopped = true
            interrupts += 1
            lock.unlock()
            runtime.interrupt()
        }
    }

    @Test("keys typed during a load are dropped, the indicator shows, and the loaded screen is the one acted on")
    func keysDuringLoad() throws {
        let harness = try DemoHarness(actingAs: "hmarsh")
        let performer = SlowPerformer(harness.runtime, delay: 0.3)
        let state = harness.start(size: ScreenSize(width: 100, height: 30))
        let before = try harness.runtime.workspace.store.ratingEventCount()
        // Down x3 and Enter open the queue (a load); "a" and "3" arrive during it.
        let terminal = ScriptedTerminal(
            size: state.size, script: [.key(.down), .key(.down), .key(.down), .key(.enter), .key(.character("q"))],
            duringLoad: [.key(.character("a")), .key(.character("3"))])
        let final = EventLoop(performer: performer, terminal: terminal, state: state).run([])
        #expect(try harness.runtime.workspace.store.ratingEventCount() == before)
        #expect(terminal.frames.contains { $0.text.contains("Loading the validation queue…") })
        #expect(terminal.frames.contains { $0.text.contains("Esc stops it") })
        #expect(terminal.discarded >= 1)
        // q after the load went back home: it was read after the screen was shown.
        #expect(final.screenName == "home")
    }

    @Test("a slow screen opens in the frame after the key, saying Loading…, and its data follows in the same place; Esc takes it away")
    func placeholderFirst() throws {
        let harness = try DemoHarness(actingAs: "pnair")
        var state = harness.start(size: ScreenSize(width: 100, height: 30))
        // Home -> training needs -> the team picker, the whole organisation under the cursor.
        harness.press([.down, .down, .down, .enter], &state)
        #expect(state.screenName == "teamPicker")
        let performer = SlowPerformer(harness.runtime, delay: 0.3)
        let terminal = ScriptedTerminal(size: state.size, script: [.key(.enter), .terminate])
        let final = EventLoop(performer: performer, terminal: terminal, state: state).run([])
        #expect(final.screenName == "trainingNeeds")
        // Frame 0 is the picker; frame 1, drawn before the load's work, is the screen itself.
        let first = try #require(terminal.frames.dropFirst().first)
        #expect(first.line(0).contains("Training needs"))
        #expect(first.text.contains("Loading the organisation's training needs…"))
        #expect(!first.text.contains("Training needs for which team?"))
        let loaded = try #require(terminal.frames.firstIndex { $0.text.contains("Training needs, whole organisation") })
        #expect(loaded > 1)
        #expect(terminal.frames[..<loaded].allSatisfy { !$0.text.contains("Training needs, whole organisation") })
        // Esc during the load: back to the picker, which is as it was.
        let stopping = ScriptedTerminal(size: state.size, script: [.key(.enter), .terminate], duringLoad: [.key(.escape)])
        let stopped = EventLoop(performer: SlowPerformer(harness.runtime, delay: 2), terminal: stopping, state: state).run([])
        #expect(stopped.screenName == "teamPicker")
        #expect(stopped.stack.count == state.stack.count)
        #expect(stopped.flash?.text == "Stopped: nothing was changed.")
        #expect(stopping.frames.contains { $0.text.contains("Loading the organisation's training needs…") })
    }

    @Test("Esc stops a load and leaves the screen as it was; Ctrl-C quits during one")
    func escapeAndInterrupt() throws {
        let harness = try DemoHarness(actingAs: "hmarsh")
        let performer = SlowPerformer(harness.runtime, delay: 2)
        let state = harness.start(size: ScreenSize(width: 100, height: 30))
        let terminal = ScriptedTerminal(size: state.size, script: [.key(.down), .key(.down), .key(.down), .key(.enter), .terminate], duringLoad: [.key(.escape)])
        let final = EventLoop(performer: performer, terminal: terminal, state: state).run([])
        #expect(final.screenName == "home")
        #expect(final.flash?.text == "Stopped: nothing was changed.")
        #expect(performer.interrupts >= 1)
        let quitting = ScriptedTerminal(size: state.size, script: [.key(.down), .key(.down), .key(.down), .key(.enter)], duringLoad: [.key(.control("c"))])
        _ = EventLoop(performer: performer, terminal: quitting, state: state).run([])
        #expect(quitting.frames.count < 10)
    }

    @Test("a save kept waiting by the database shows that it waits; Esc stops it, nothing is saved, and keys typed meanwhile are dropped")
    func escapeStopsWaitingSave() throws {
        let harness = try DemoHarness(actingAs: "loconnor")
        var state = harness.start(size: ScreenSize(width: 100, height: 30))
        harness.press([.enter], &state)
        let walk = try #require(state.walkthrough)
        let before = try harness.runtime.workspace.store.ratingEventCount()
        let performer = SlowPerformer(harness.runtime, delay: 5, savesWait: true)
        let terminal = ScriptedTerminal(
            size: state.size, script: [.key(.character("2")), .terminate], duringLoad: [.key(.character("3")), .key(.escape)])
        let final = EventLoop(performer: performer, terminal: terminal, state: state).run([])
        #expect(try harness.runtime.workspace.store.ratingEventCount() == before)
        #expect(performer.interrupts == 1)
        #expect(terminal.frames.contains { $0.text.contains("waiting for the database") })
        #expect(final.flash?.text == SkillsError.interrupted.description)
        // The "3" typed during the wait answered nothing, and the place did not move.
        #expect(final.walkthrough?.position == walk.position)
        #expect(final.walkthrough?.walkthrough.answeredCount == walk.walkthrough.answeredCount)
    }

    @Test("keys typed while a save waits act after it, in order, on what it came to")
    func keysAfterSlowSave() throws {
        let harness = try DemoHarness(actingAs: "loconnor")
        var state = harness.start(size: ScreenSize(width: 100, height: 30))
        harness.press([.enter], &state)
        let walk = try #require(state.walkthrough)
        let before = try harness.runtime.workspace.store.ratingEventCount()
        let terminal = ScriptedTerminal(size: state.size, script: [.key(.character("2")), .terminate], duringLoad: [.key(.character("3"))])
        let final = EventLoop(performer: SlowPerformer(harness.runtime, delay: 0.5, savesWait: true), terminal: terminal, state: state).run([])
        // Both answers saved: the 2 on the first item, the 3 on the next, where the 2 moved on to.
        #expect(try harness.runtime.workspace.store.ratingEventCount() == before + 2)
        #expect(final.walkthrough?.position == walk.position + 2)
        #expect(terminal.frames.contains { $0.text.contains("waiting for the database") })
    }

    @Test("Ctrl-C while a save waits stops it, then quits as Ctrl-C does anywhere")
    func interruptWaitingSave() throws {
        let harness = try DemoHarness(actingAs: "loconnor")
        var state = harness.start(size: ScreenSize(width: 100, height: 30))
        harness.press([.enter], &state)
        let before = try harness.runtime.workspace.store.ratingEventCount()
        let performer = SlowPerformer(harness.runtime, delay: 30, savesWait: true)
        let terminal = ScriptedTerminal(size: state.size, script: [.key(.character("2"))], duringLoad: [.key(.control("c"))])
        let started = Date()
        _ = EventLoop(performer: performer, terminal: terminal, state: state).run([])
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(performer.interrupts == 1)
        #expect(try harness.runtime.workspace.store.ratingEventCount() == before)
    }

    @Test("Ctrl-Z suspends and the next frame is drawn whole")
    func suspend() throws {
        let harness = try DemoHarness(actingAs: "apatel")
        let state = harness.start(size: ScreenSize(width: 80, height: 24))
        let terminal = ScriptedTerminal(size: state.size, script: [.key(.control("z")), .key(.character("q"))])
        _ = EventLoop(performer: harness.runtime, terminal: terminal, state: state).run([])
        #expect(terminal.suspended == 1)
        let after = try #require(terminal.changedCells.last)
        #expect(after == 80 * 24)
    }
}
