import Foundation
@testable import SkillsMatrix
import Testing
@testable import SkillsTUI

@MainActor
@Suite("Reducer: key sequences to state and effects")
struct ReducerTests {
    @Test("answering saves at once and moves on; the answer is in the database")
    func answering() throws {
        let harness = try DemoHarness(actingAs: "loconnor")
        var state = harness.start()
        #expect(state.screenName == "home")
        harness.press([.enter], &state)
        let walk = try #require(state.walkthrough)
        #expect(walk.position == 0)
        #expect(walk.walkthrough.answeredCount == 0)
        // Reducer alone: a digit asks to save and does not move until the save succeeds.
        var pure = state
        let effects = Reducer.reduce(&pure, .key(.character("2")))
        #expect(effects == [.answer(competencyID: harness.runtime.workspace.catalog.competencies[walk.walkthrough.steps[0].competency].id, level: 2, note: "", scope: .role, nextPosition: 1)])
        #expect(pure.walkthrough?.position == 0)
        harness.press([.character("2"), .character("1"), .down, .down, .enter], &state)
        let after = try #require(state.walkthrough)
        #expect(after.position == 3)
        #expect(after.walkthrough.steps.prefix(3).map { $0.ratings?.selfRating?.level } == [2, 1, 2])
        #expect(state.flash?.text.contains("3 of 10 answered") == true)
        let saved = try harness.runtime.workspace.gapReport(for: "loconnor")
        #expect(saved.selfRatedCount == 3)
    }

    @Test("resuming: a new start offers the place where the person stopped")
    func resuming() throws {
        let harness = try DemoHarness(actingAs: "loconnor")
        var state = harness.start()
        harness.press([.enter, .character("3"), .character("3"), .character("s"), .escape], &state)
        #expect(state.screenName == "home")
        var restarted = harness.start()
        let home = try #require(restarted.home)
        #expect(HomeScreen.items(session: restarted.session, data: home.data, isDemo: true, language: .en).first?.label == "Continue self-assessment at 4 of 10 (2 answered)")
        harness.press([.enter], &restarted)
        #expect(restarted.walkthrough?.position == 3)
        #expect(restarted.flash?.text.contains("Resumed where you stopped: 4 of 10") == true)
        harness.press([.character("g")], &restarted)
        #expect(restarted.walkthrough?.position == 0)
    }

    @Test("skipping and going back move without saving; back at the first step stays")
    func skippingAndBack() throws {
        let harness = try DemoHarness(actingAs: "loconnor")
        var state = harness.start()
        harness.press([.enter, .left, .character("b")], &state)
        #expect(state.walkthrough?.position == 0)
        var pure = state
        #expect(Reducer.reduce(&pure, .key(.character("s"))) == [.recordProgress(scope: .role, position: 1)])
        harness.press([.right, .right, .character("b")], &state)
        #expect(state.walkthrough?.position == 1)
        #expect(state.walkthrough?.walkthrough.answeredCount == 0)
        harness.press([.character("G"), .character("s")], &state)
        #expect(state.walkthrough?.isFinished == true)
        var finished = state
        #expect(Reducer.reduce(&finished, .key(.enter)) == [.load(.gapReport(login: nil))])
    }

    @Test("a note typed before the level is saved with it; after the level, at once")
    func notes() throws {
        let harness = try DemoHarness(actingAs: "loconnor")
        var state = harness.start()
        harness.press([.enter, .character("n")] + harness.type("helped 3 residents") + [.enter], &state)
        #expect(state.walkthrough?.pendingNote == "helped 3 residents")
        #expect(state.walkthrough?.unsavedNotes == 1)
        #expect(state.walkthrough?.noteEditor == nil)
        harness.press([.character("2")], &state)
        let workspace = harness.runtime.workspace
        let firstID = workspace.catalog.competencies[try #require(state.walkthrough).walkthrough.steps[0].competency].id
        #expect(try workspace.store.ratingHistory(of: "loconnor", competencyID: firstID).first?.note == "helped 3 residents")
        harness.press([.character("b"), .character("n"), .control("a"), .control("k")] + harness.type("and a fourth") + [.enter], &state)
        #expect(state.walkthrough?.position == 0)
        let history = try workspace.store.ratingHistory(of: "loconnor", competencyID: firstID)
        #expect(history.map(\.note) == ["and a fourth", "helped 3 residents"])
        #expect(history.map(\.level) == [2, 2])
        harness.press([.character("n")] + harness.type("abandoned") + [.escape], &state)
        #expect(try workspace.store.ratingHistory(of: "loconnor", competencyID: firstID).count == 2)
    }

    @Test("re-confirming a note unchanged records nothing and keeps the answer's age; a changed note is recorded")
    func unchangedNote() throws {
        let harness = try DemoHarness(actingAs: "loconnor")
        var state = harness.start()
        harness.press([.enter, .character("n")] + harness.type("helped 3 residents") + [.enter, .character("2"), .character("b")], &state)
        let workspace = harness.runtime.workspace
        let firstID = workspace.catalog.competencies[try #require(state.walkthrough).walkthrough.steps[0].competency].id
        let before = try workspace.store.ratingHistory(of: "loconnor", competencyID: firstID)
        #expect(before.map(\.note) == ["helped 3 residents"])
        let ratedAt = try #require(state.walkthrough?.step?.ratings?.selfRating?.ratedAt)
        // The editor opens on the stored note: Enter, or the same words typed again with
        // spaces around them, or no note kept empty, all leave everything as it was.
        for keys in [[Key.enter], [.control("a"), .control("k")] + harness.type("  helped 3 residents ") + [.enter]] {
            var pure = state
            #expect(Reducer.reduce(&pure, .key(.character("n"))).isEmpty)
            for key in keys.dropLast() { _ = Reducer.reduce(&pure, .key(key)) }
            #expect(Reducer.reduce(&pure, .key(.enter)) == [], "\(keys)")
            #expect(pure.flash?.text == "Note unchanged: nothing recorded.")
            harness.press([.character("n")] + keys, &state)
            #expect(try workspace.store.ratingHistory(of: "loconnor", competencyID: firstID) == before)
            #expect(state.walkthrough?.step?.ratings?.selfRating?.ratedAt == ratedAt)
        }
        harness.press([.character("n"), .control("a"), .control("k")] + harness.type("helped 4 residents") + [.enter], &state)
        #expect(try workspace.store.ratingHistory(of: "loconnor", competencyID: firstID).map(\.note) == ["helped 4 residents", "helped 3 residents"])
        // An answer without a note: confirming an empty note records nothing either.
        harness.press([.character("s"), .character("1"), .character("b"), .character("n"), .enter], &state)
        let secondID = workspace.catalog.competencies[try #require(state.walkthrough).walkthrough.steps[1].competency].id
        #expect(try workspace.store.ratingHistory(of: "loconnor", competencyID: secondID).count == 1)
    }

    @Test("level keys stay on the scale")
    func levelBounds() throws {
        let harness = try DemoHarness(actingAs: "loconnor")
        var state = harness.start()
        harness.press([.enter, .up, .up], &state)
        #expect(state.walkthrough?.levelCursor == 0)
        harness.press(Array(repeating: .down, count: 9), &state)
        #expect(state.walkthrough?.levelCursor == 4)
        harness.press([.character("7")], &state)
        #expect(state.flash == Flash("Levels run from 0 (None) to 4 (Expert).", isError: true))
        #expect(state.walkthrough?.position == 0)
    }

    @Test("heatmap: the cursor stops at every edge and the view scrolls to keep it visible")
    func heatmapEdges() throws {
        let harness = try DemoHarness(actingAs: "hmarsh")
        var state = harness.start(size: ScreenSize(width: 80, height: 24))
        harness.press([.down, .down, .enter], &state)
        var heatmap = try #require(state.heatmap)
        #expect(heatmap.shown.rows.count == 7)
        harness.press([.up, .left, .character("k"), .character("h")], &state)
        heatmap = try #require(state.heatmap)
        #expect((heatmap.row, heatmap.column) == (0, 0))
        harness.press(Array(repeating: .right, count: 40) + [.pageDown, .pageDown], &state)
        heatmap = try #require(state.heatmap)
        #expect(heatmap.column == heatmap.shown.competencies.count - 1)
        #expect(heatmap.row == 6)
        let columns = HeatmapScreen.visibleColumns(state.size)
        #expect(heatmap.columnOffset == heatmap.shown.competencies.count - columns)
        #expect(heatmap.detail?.login == heatmap.shown.rows[6].person.login)
        harness.press([.character("g"), .home], &state)
        #expect(state.heatmap?.row == 0)
        #expect(state.heatmap?.column == 0)
        harness.press([.end], &state)
        #expect(state.heatmap?.column == (state.heatmap?.shown.competencies.count ?? 0) - 1)
        // Shrinking the terminal keeps the cursor in view.
        _ = Reducer.reduce(&state, .resize(ScreenSize(width: 80, height: 24)))
        harness.press(Array(repeating: .right, count: 40), &state)
        _ = Reducer.reduce(&state, .resize(ScreenSize(width: 60, height: 24)))
        _ = Reducer.reduce(&state, .resize(ScreenSize(width: 100, height: 30)))
        let resized = try #require(state.heatmap)
        #expect(resized.column >= resized.columnOffset)
        #expect(resized.column < resized.columnOffset + HeatmapScreen.visibleColumns(state.size))
    }

    @Test("heatmap toggles: self, lead, effective; framework filter cycles back to all")
    func heatmapToggles() throws {
        let harness = try DemoHarness(actingAs: "hmarsh")
        var state = harness.start()
        harness.press([.down, .down, .enter], &state)
        #expect(state.heatmap?.lens == .effective)
        harness.press([.character("t")], &state)
        #expect(state.heatmap?.lens == .selfAssessment)
        harness.press([.character("t"), .character("t")], &state)
        #expect(state.heatmap?.lens == .effective)
        var seen: [String?] = []
        for _ in 0..<3 {
            harness.press([.character("f")], &state)
            seen.append(state.heatmap?.frameworkFilter)
        }
        // No role in the project support office requires an SL competency.
        #expect(seen == ["DI", "PM", nil])
        harness.press([.character("f"), .character("f")], &state)
        let filtered = try #require(state.heatmap)
        #expect(filtered.shown.competencies.allSatisfy { harness.runtime.workspace.catalog.competencies[$0].id.hasPrefix("PM.") })
        harness.press([.character("/")] + harness.type("marsh") + [.enter], &state)
        #expect(state.heatmap?.shown.rows.map(\.person.login) == ["hmarsh"])
        harness.press([.escape], &state)
        #expect(state.heatmap?.shown.rows.count == 7)
        #expect(state.screenName == "heatmap")
    }

    @Test("validation: accept takes the self level, a digit sets another, the item leaves the queue")
    func validation() throws {
        let harness = try DemoHarness(actingAs: "hmarsh")
        var state = harness.start()
        harness.press([.down, .down, .down, .enter], &state)
        let queue = try #require(state.validation)
        let first = try #require(queue.items.first)
        var pure = state
        let id = harness.runtime.workspace.catalog.competencies[first.competency].id
        #expect(Reducer.reduce(&pure, .key(.character("a"))) == [.rate(login: first.person.login, competencyID: id, level: first.selfEvent.level, note: "")])
        harness.press([.character("n")] + harness.type("seen it in the board pack") + [.enter, .character("a")], &state)
        #expect(state.validation?.items.count == queue.items.count - 1)
        #expect(state.validation?.unsavedNotes == 0)
        let lead = try harness.runtime.workspace.store.ratingHistory(of: first.person.login, competencyID: id).first
        #expect(lead?.track == .lead)
        #expect(lead?.level == first.selfEvent.level)
        #expect(lead?.note == "seen it in the board pack")
        let second = try #require(state.validation?.items.first)
        harness.press([.character("1")], &state)
        let secondID = harness.runtime.workspace.catalog.competencies[second.competency].id
        #expect(try harness.runtime.workspace.store.ratingHistory(of: second.person.login, competencyID: secondID).first?.level == 1)
        #expect(state.flash?.text.hasPrefix("Saved your rating of") == true)
        #expect(state.flash?.text.hasSuffix("u takes it back.") == true)
    }

    @Test("training needs export: format, path, and the engine's CSV is written")
    func export() throws {
        let harness = try DemoHarness(actingAs: "pnair")
        var state = harness.start()
        harness.press([.down, .down, .down, .enter, .enter], &state)
        #expect(state.screenName == "trainingNeeds")
        harness.press([.character("e"), .character("c"), .control("u")] + harness.type(harness.file("needs.csv")) + [.enter], &state)
        let written = try #require(harness.contents("needs.csv"))
        #expect(written.hasPrefix("competency_id,competency_name,framework,login,"))
        #expect(state.flash?.text == "Exported 72 training needs to \(harness.file("needs.csv"))")
        harness.press([.character("e"), .character("x"), .control("u")] + harness.type(harness.file("excel.csv")) + [.enter], &state)
        #expect(harness.contents("excel.csv")?.hasPrefix("\u{FEFF}") == true)
        harness.press([.character("e"), .escape], &state)
        let needs = try #require(state.trainingNeeds)
        #expect(needs.export == nil)
    }

    /// The path the export asks about replacing, if it is asking.
    static func replacing(_ state: AppState) -> String? {
        guard case .confirmingReplace(_, _, let path, _)? = state.trainingNeeds?.export else { return nil }
        return path
    }

    @Test("exporting over an existing file asks first: n keeps it and goes back to the name, y replaces it")
    func exportAsksBeforeReplacing() throws {
        let harness = try DemoHarness(actingAs: "pnair")
        var state = harness.start()
        harness.press([.down, .down, .down, .enter, .enter], &state)
        let path = harness.file("kept.csv")
        try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: path))
        harness.press([.character("e"), .character("c"), .control("u")] + harness.type(path) + [.enter], &state)
        #expect(Self.replacing(state) == path)
        #expect(Renderer.render(state).line(Layout.messageRow(state.size)).hasSuffix("Replace it? y/n"))
        #expect(state.openEditor == nil)
        #expect(KeyHelp.hints(for: state).map(\.keys) == ["y", "n/Esc"])
        // n: nothing written, back to the name with the path still typed.
        harness.press([.character("n")], &state)
        #expect(harness.contents("kept.csv") == "keep me\n")
        #expect(Self.replacing(state) == nil)
        #expect(state.openEditor?.text == path)
        // Other keys while asking do nothing; y replaces it.
        harness.press([.enter, .character("z")], &state)
        #expect(Self.replacing(state) == path)
        #expect(harness.contents("kept.csv") == "keep me\n")
        harness.press([.character("y")], &state)
        #expect(harness.contents("kept.csv")?.hasPrefix("competency_id,") == true)
        #expect(state.flash?.text == "Exported 72 training needs to \(path)")
        #expect(try #require(state.trainingNeeds).export == nil)
    }

    @Test("the screen asks on exportWouldReplace, Esc goes back to the name, y sends the export with replacing set")
    func replacePromptEffects() throws {
        let harness = try DemoHarness(actingAs: "pnair")
        var state = harness.start()
        harness.press([.down, .down, .down, .enter, .enter, .character("e"), .character("j"), .control("u")] + harness.type("/tmp/x.json"), &state)
        let asked = Reducer.reduce(&state, .key(.enter))
        #expect(asked == [.export(ExportRequest(teamID: nil, format: .json, excel: false, path: "/tmp/x.json", replacing: false))])
        _ = Reducer.reduce(&state, .outcome(.exportWouldReplace(path: "/tmp/x.json")))
        #expect(Self.replacing(state) == "/tmp/x.json")
        #expect(Reducer.reduce(&state, .key(.escape)).isEmpty)
        #expect(state.openEditor?.text == "/tmp/x.json")
        _ = Reducer.reduce(&state, .key(.enter))
        _ = Reducer.reduce(&state, .outcome(.exportWouldReplace(path: "/tmp/x.json")))
        let effects = Reducer.reduce(&state, .key(.character("y")))
        #expect(effects == [.export(ExportRequest(teamID: nil, format: .json, excel: false, path: "/tmp/x.json", replacing: true))])
    }

    @Test("the TUI never exports over the database, its companions or a folder: it says why and writes nothing")
    func exportRefusesTheDatabase() throws {
        let harness = try DemoHarness(actingAs: "pnair")
        var state = harness.start()
        harness.press([.down, .down, .down, .enter, .enter], &state)
        let before = try Data(contentsOf: URL(fileURLWithPath: harness.path))
        for path in [harness.path, harness.path + "-wal", harness.path + "-journal", harness.folder.path] {
            harness.press([.character("e"), .character("c"), .control("u")] + harness.type(path) + [.enter], &state)
            #expect(Self.replacing(state) == nil, "\(path)")
            #expect(state.flash?.isError == true, "\(path)")
            #expect(state.flash?.text.contains("write to another file") == true, "\(path): \(state.flash?.text ?? "")")
            // Back at the name, as typed: Esc closes it.
            #expect(state.openEditor?.text == path, "\(path)")
            harness.press([.escape], &state)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: harness.path)) == before)
        #expect(!FileManager.default.fileExists(atPath: harness.path + "-journal"))
    }

    @Test("q goes back and quits on the first screen; Esc never quits; Ctrl-C always does")
    func quitting() throws {
        let harness = try DemoHarness(actingAs: "apatel")
        var state = harness.start()
        #expect(!harness.press([.escape], &state))
        #expect(state.screenName == "home")
        harness.press([.down, .enter], &state)
        #expect(state.screenName == "gapReport")
        #expect(!harness.press([.character("q")], &state))
        #expect(state.screenName == "home")
        #expect(harness.press([.character("q")], &state))
        var deep = harness.start()
        harness.press([.enter, .character("n")], &deep)
        // Ctrl-C in a field cancels the field, not the program; then it quits.
        #expect(!harness.press([.control("c")], &deep))
        #expect(deep.openEditor == nil)
        #expect(deep.screenName == "walkthrough")
        #expect(harness.press([.control("c")], &deep))
    }

    @Test("? opens help; any key closes it without acting")
    func help() throws {
        let harness = try DemoHarness(actingAs: "apatel")
        var state = harness.start()
        harness.press([.character("?")], &state)
        #expect(state.help != nil)
        harness.press([.character("q")], &state)
        #expect(state.help == nil)
        #expect(state.screenName == "home")
    }

    @Test("below 80x24 only q works")
    func tooSmall() throws {
        let harness = try DemoHarness(actingAs: "apatel")
        var state = harness.start()
        _ = Reducer.reduce(&state, .resize(ScreenSize(width: 60, height: 20)))
        harness.press([.enter, .down], &state)
        #expect(state.screenName == "home")
        #expect(harness.press([.character("q")], &state))
    }

    @Test("demo: the picker suggests staff, a lead and HR, and switching opens their home")
    func rolePicker() throws {
        let harness = try DemoHarness(actingAs: nil)
        var state = harness.start(rolePicker: true)
        let picker = try #require(state.rolePicker)
        #expect(picker.choices.prefix(3).map(\.description) == ["Staff member", "Team lead", "HR"])
        harness.press([.down, .enter], &state)
        #expect(state.session?.login == picker.choices[1].person.login)
        #expect(state.session?.ledTeams.isEmpty == false)
        harness.press([.character("u")], &state)
        #expect(state.screenName == "rolePicker")
        harness.press([.escape], &state)
        #expect(state.screenName == "home")
        harness.press([.character("u"), .character("/")] + harness.type("nair") + [.enter, .enter], &state)
        #expect(state.session?.login == "pnair")
        #expect(state.session?.canSeeOrganisation == true)
    }

    @Test("frameworks: browse into a framework, open a competency, search across all")
    func frameworks() throws {
        let harness = try DemoHarness(actingAs: "apatel")
        var state = harness.start()
        harness.press([.character("G"), .up, .up, .enter], &state)
        #expect(state.screenName == "frameworks")
        harness.press([.down, .enter, .enter], &state)
        let detail = try #require(state.text)
        #expect(detail.paragraphs.first?.text.hasPrefix("PM.GOV.1 ") == true)
        harness.press([.escape, .escape], &state)
        #expect(state.screenName == "frameworks")
        harness.press([.character("/")] + harness.type("risk analysis") + [.enter], &state)
        let browser = try #require(state.frameworks)
        #expect(browser.items(catalog: state.catalog) == [.competency(try #require(state.catalog.competencyIndex(of: "PM.RISK.1")))])
    }

    @Test("team picker: / narrows thousands of teams by name or id; Enter opens the match")
    func teamPickerSearch() throws {
        let harness = try DemoHarness(actingAs: "pnair")
        var state = harness.start()
        harness.press([.down, .down, .down, .enter], &state)
        let picker = try #require(state.teamPicker)
        #expect(picker.shown.count == 5)
        harness.press([.character("/")] + harness.type("custom") + [.enter], &state)
        let narrowed = try #require(state.teamPicker)
        #expect(narrowed.shown.map { narrowed.nodes[$0].team?.id } == ["customer-services"])
        harness.press([.enter], &state)
        let needs = try #require(state.trainingNeeds)
        #expect(needs.report.teamID == "customer-services")
    }

    @Test("shrinking the terminal keeps every list's selection on screen")
    func shrinkingLists() throws {
        let harness = try DemoHarness(actingAs: "pnair")
        var state = harness.start(size: ScreenSize(width: 160, height: 50))
        harness.press([.down, .down, .down, .enter, .enter, .character("G")], &state)
        _ = Reducer.reduce(&state, .resize(ScreenSize(width: 80, height: 24)))
        let needs = try #require(state.trainingNeeds)
        let rows = needs.listArea(state.size).height
        #expect(needs.list.selection == needs.lines.lines.count - 1)
        #expect(needs.list.offset <= needs.list.selection)
        #expect(needs.list.selection < needs.list.offset + rows)
        let frame = Renderer.render(state)
        let last = try #require(needs.lines.lines.last)
        let (group, need) = try #require(last.need)
        let person = needs.report.people[needs.report.groups[group].needs[need].personIndex]
        #expect((0..<frame.height).contains { frame.line($0).contains(person.login) })
    }

    @Test("a failed export shows its error even while the path field is open")
    func failedExport() throws {
        let harness = try DemoHarness(actingAs: "pnair")
        var state = harness.start()
        harness.press([.down, .down, .down, .enter, .enter, .character("e"), .character("c")], &state)
        _ = Reducer.reduce(&state, .failed("cannot write /nonexistent/x.csv: No such file or directory"))
        let frame = Renderer.render(state)
        #expect(frame.line(Layout.messageRow(state.size)).contains("cannot write /nonexistent/x.csv"))
        harness.press([.character("x")], &state)
        #expect(try #require(state.openEditor).text.hasSuffix("x"))
    }

    @Test("training-needs search finds people and competencies, n and N go between matches, Esc stops finding")
    func trainingNeedsSearch() throws {
        let harness = try DemoHarness(actingAs: "pnair")
        var state = harness.start()
        harness.press([.down, .down, .down, .enter, .enter], &state)
        let all = try #require(state.trainingNeeds)
        // Accents and case do not matter: "lovas" finds Håkon Løvås.
        harness.press([.character("/")] + harness.type("LOVAS") + [.enter], &state)
        let found = try #require(state.trainingNeeds)
        #expect(found.lines.lines.count == all.lines.lines.count)
        let people = found.matches.compactMap { found.lines.need(at: $0, in: found.report) }.map { found.report.people[$0.personIndex].login }
        #expect(!people.isEmpty)
        #expect(Set(people) == ["hlovas"])
        #expect(found.list.selection == found.matches.first)
        harness.press([.character("n")], &state)
        #expect(state.trainingNeeds?.list.selection == found.matches.dropFirst().first ?? found.matches.first)
        harness.press([.character("N"), .character("N")], &state)
        #expect(state.trainingNeeds?.list.selection == found.matches.last)
        #expect(Renderer.render(state).text.contains("match \"LOVAS\" (n/N)"))
        harness.press([.escape], &state)
        let back = try #require(state.trainingNeeds)
        #expect(back.matches.isEmpty)
        #expect(!back.search.isActive)
        #expect(state.screenName == "trainingNeeds")
    }

    @Test("competency text scrolls no further than its end, and G goes there")
    func competencyScroll() throws {
        let harness = try DemoHarness(actingAs: "apatel")
        var state = harness.start()
        harness.press([.down, .enter, .enter], &state)
        let start = try #require(state.text)
        let last = start.maximumScroll(ScreenContext(state))
        #expect(last > 0)
        harness.press(Array(repeating: .character("j"), count: 40), &state)
        #expect(try #require(state.text).scroll == last)
        harness.press([.character("k")], &state)
        #expect(try #require(state.text).scroll == max(0, last - 1))
        harness.press([.character("g"), .character("G")], &state)
        #expect(try #require(state.text).scroll == last)
    }

    @Test("the heatmap cursor stays on the same person and competency when a filter changes")
    func heatmapCursorFollowsPerson() throws {
        let harness = try DemoHarness(actingAs: "hmarsh")
        var state = harness.start()
        harness.press([.down, .down, .enter, .down, .down, .right, .right], &state)
        let before = try #require(state.heatmap)
        let login = before.shown.rows[before.row].person.login
        let competency = before.shown.competencies[before.column]
        harness.press([.character("/")] + harness.type("e") + [.enter], &state)
        let filtered = try #require(state.heatmap)
        #expect(filtered.shown.rows[filtered.row].person.login == login)
        harness.press([.escape, .character("f")], &state)
        let byFramework = try #require(state.heatmap)
        #expect(byFramework.frameworkFilter == "DI")
        #expect(byFramework.shown.rows[byFramework.row].person.login == login)
        #expect(byFramework.shown.competencies[byFramework.column] == competency)
    }

    @Test("switching demo user takes the database's current catalog")
    func switchingUserRefreshesCatalog() throws {
        let harness = try DemoHarness(actingAs: nil)
        var state = harness.start(rolePicker: true)
        state.catalog = Catalog(frameworks: [], roles: [])
        harness.press([.enter], &state)
        #expect(state.catalog.competencies.count == 60)
    }
}
