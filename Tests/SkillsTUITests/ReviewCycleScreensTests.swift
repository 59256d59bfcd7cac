import Foundation
@testable import SkillsMatrix
import Testing
@testable import SkillsTUI

/// The review cycle in the TUI: the open cycle on Home, "still level N" in the
/// self-assessment, completion by team and person, calibration and the trend. Through the
/// demo organisation (one closed cycle, one open) and the real engine, key by key; the
/// numbers each screen shows are the engine's reports, as the command line prints them.
@MainActor
@Suite("Review cycles: Home, re-confirming, completion, calibration, trend")
struct ReviewCycleScreensTests {
    static let newEntries = ["Review cycle completion", "Calibration: self against lead ratings", "Trend over review cycles"]

    @Test("Home shows the open cycle's due date and the person's done / due, as the engine counts them")
    func homeShowsTheCycle() throws {
        for login in ["apatel", "hmarsh", "pnair"] {
            let harness = try DemoHarness(actingAs: login)
            let state = harness.start()
            let home = try #require(state.home)
            let progress = try #require(home.data.cycle, "\(login) sees no cycle on Home")
            let mine = try #require(try harness.runtime.workspace.myCompletion())
            #expect(progress.cycle == mine.cycle && progress.completion == mine.completion)
            let text = Renderer.render(state).text
            #expect(text.contains("Review cycle \(mine.cycle.name) · "))
            #expect(text.contains("\(mine.completion.done) of \(mine.completion.total) done"))
        }
    }

    @Test("the new Home entries come after every existing one, for staff none, for leads and hr all three")
    func homeMenu() throws {
        let staffLabels = try DevelopmentScreensTests.labels(try DemoHarness(actingAs: "apatel").start())
        #expect(!staffLabels.contains { label in Self.newEntries.contains { label.hasPrefix($0) } })
        for login in ["hmarsh", "pnair"] {
            let labels = try DevelopmentScreensTests.labels(try DemoHarness(actingAs: login).start())
            let frameworks = try #require(labels.firstIndex(of: "Frameworks"))
            for entry in Self.newEntries {
                let index = try #require(labels.firstIndex { $0.hasPrefix(entry) }, "\(login): no \(entry) in \(labels)")
                #expect(index > frameworks, "\(login): \(entry) comes before existing entries")
            }
        }
    }

    @Test("c is offered on exactly the steps whose rating predates the open cycle, in the status bar and help")
    func reconfirmKeyOnEveryStep() throws {
        let harness = try DemoHarness(actingAs: "apatel")
        var state = harness.start()
        harness.press([.enter], &state)
        let walk = try #require(state.walkthrough)
        #expect(walk.walkthrough.steps.contains { $0.awaitsReconfirmation })
        for position in walk.walkthrough.steps.indices {
            var screen = walk
            screen.position = position
            state.replaceTop(screen)
            let step = walk.walkthrough.steps[position]
            let hints = KeyHelp.hints(for: state)
            let hint = hints.first { $0.keys == "c" }
            if step.awaitsReconfirmation {
                let level = try #require(step.ratings?.selfRating?.level)
                #expect(hint?.action == "still level \(level)" && hint?.isShort == true, "step \(position): \(hints)")
            } else {
                #expect(hint == nil, "step \(position) offers c: \(hints)")
            }
        }
    }

    @Test("c records the same level again now: the item counts for the cycle, Home's done goes up, u takes it back")
    func reconfirm() throws {
        let harness = try DemoHarness(actingAs: "apatel")
        var state = harness.start()
        let before = try #require(try harness.runtime.workspace.myCompletion()).completion
        harness.press([.enter], &state)
        let walk = try #require(state.walkthrough)
        let position = try #require(walk.walkthrough.steps.firstIndex { $0.awaitsReconfirmation })
        harness.press([.character("g")] + Array(repeating: .character("s"), count: position), &state)
        #expect(state.walkthrough?.position == position)
        let step = walk.walkthrough.steps[position]
        let id = state.catalog.competencies[step.competency].id
        let level = try #require(step.ratings?.selfRating?.level)
        harness.press([.character("c")], &state)

        let after = try #require(state.walkthrough)
        #expect(after.walkthrough.steps[position].countsForCycle && !after.walkthrough.steps[position].awaitsReconfirmation)
        #expect(after.position == position + 1)
        let flash = try #require(state.flash)
        #expect(flash.text.hasPrefix("\(id) still \(level) ") && flash.text.contains("counted for the cycle"))
        let stored = try #require(try harness.runtime.workspace.walkthrough(.role).steps.first { $0.competency == step.competency }?.ratings?.selfRating)
        #expect(stored.level == level && stored.ratedAt == DemoHarness.now)
        let counted = try #require(try harness.runtime.workspace.myCompletion()).completion
        #expect(counted.done == before.done + 1)

        // Back home, the count follows.
        harness.press([.escape], &state)
        #expect(try #require(state.home).data.cycle?.completion.done == before.done + 1)

        // Taken back: the older rating is current again, and waits again.
        harness.press([.enter, .character("u")], &state)
        let undone = try #require(state.walkthrough)
        let again = try #require(undone.walkthrough.steps.first { $0.competency == step.competency })
        #expect(again.awaitsReconfirmation)
        #expect(try #require(try harness.runtime.workspace.myCompletion()).completion.done == before.done)
        #expect(undone.position == position + 1, "the undo moved the walk-through")

        // On the last page too, taking back a re-confirmation keeps the place.
        let steps = undone.walkthrough.steps
        let final = try #require(steps.lastIndex { $0.awaitsReconfirmation })
        harness.press([.character("g")] + Array(repeating: .character("s"), count: final) + [.character("c")], &state)
        harness.press(Array(repeating: .character("s"), count: steps.count - final - 1), &state)
        #expect(try #require(state.walkthrough).isFinished)
        #expect(try #require(state.walkthrough).walkthrough.steps[final].countsForCycle)
        harness.press([.character("u")], &state)
        let last = try #require(state.walkthrough)
        #expect(last.isFinished)
        #expect(last.walkthrough.steps[final].awaitsReconfirmation)
    }

    @Test("completion by team is the engine's report; Enter on every team lists exactly its people; o lists the overdue")
    func completion() throws {
        for login in ["pnair", "hmarsh"] {
            let harness = try DemoHarness(actingAs: login)
            var state = harness.start()
            try DevelopmentScreensTests.open("Review cycle completion", harness, &state)
            let screen = try #require(state.completion)
            let report = try harness.runtime.workspace.completion()
            #expect(screen.report == report && screen.teams == report.teams)
            if login == "hmarsh" {
                let led = try #require(state.session).ledTeams.map(\.id)
                #expect(Set(screen.teams.map(\.teamID)).isSubset(of: Set(led)))
            } else {
                #expect(screen.teams.count > 1)
            }
            for (index, team) in screen.teams.enumerated() {
                DevelopmentScreensTests.moveTo(index, harness, &state)
                harness.press([.enter], &state)
                let people = try #require(state.completionPeople)
                #expect(people.teamID == team.teamID)
                let shown = people.people.map { report.people[$0] }
                #expect(shown.count == team.people && shown.allSatisfy { $0.person.teamID == team.teamID })
                #expect(shown.reduce(0) { $0 + $1.done } == team.done && shown.reduce(0) { $0 + $1.total } == team.total)
                harness.press([.escape], &state)
                #expect(state.completion != nil)
            }
            harness.press([.character("o")], &state)
            if report.overdue.isEmpty {
                #expect(state.completion != nil && state.flash?.text.hasPrefix("Nobody is overdue") == true)
            } else {
                let overdue = try #require(state.completionPeople)
                #expect(overdue.people.map { report.people[$0] } == report.overdue)
            }
        }
    }

    @Test("a lead sees a member's re-confirmation in the completion view")
    func leadSeesReconfirmation() throws {
        let harness = try DemoHarness(actingAs: "apatel")
        var state = harness.start()
        harness.press([.enter, .character("c")], &state)
        #expect(state.flash?.text.contains(" still ") == true)
        _ = EventLoop.dispatch(harness.runtime.perform(.switchUser("hmarsh")), into: &state, performer: harness.runtime)
        try DevelopmentScreensTests.open("Review cycle completion", harness, &state)
        let screen = try #require(state.completion)
        let anita = try #require(screen.report.people.first { $0.person.login == "apatel" })
        let fresh = try DemoHarness(actingAs: "hmarsh")
        let untouched = try #require(try fresh.runtime.workspace.completion().people.first { $0.person.login == "apatel" })
        #expect(anita.done == untouched.done + 1)
    }

    @Test("calibration is the engine's report: every section with its rows, Tab from heading to heading; a lead sees their teams")
    func calibration() throws {
        for login in ["pnair", "hmarsh"] {
            let harness = try DemoHarness(actingAs: login)
            var state = harness.start()
            try DevelopmentScreensTests.open("Calibration", harness, &state)
            let screen = try #require(state.calibration)
            let report = try harness.runtime.workspace.calibrationReport()
            #expect(screen.report == report)
            let rows = report.leads.count + report.competencies.count + report.teams.count
            let empty = [report.leads, report.competencies, report.teams].count { $0.isEmpty }
            #expect(screen.lines.count == 3 + rows + empty)
            if login == "hmarsh" { #expect(report.teamIDs == (try #require(state.session)).ledTeams.map(\.id).sorted()) }
            for section in [CalibrationScreen.Section.competencies, .teams, .leads] {
                harness.press([.tab], &state)
                let now = try #require(state.calibration)
                #expect(now.lines[now.list.selection] == .heading(section))
            }
            let text = Renderer.render(state).text
            #expect(text.contains("Organisation: \(report.organisation.current.pairs) pairs"))
        }
    }

    @Test("trend: a line per series with then → now; Enter shows each point's figures and what changed")
    func trend() throws {
        let harness = try DemoHarness(actingAs: "pnair")
        var state = harness.start()
        try DevelopmentScreensTests.open("Trend over review cycles", harness, &state)
        let screen = try #require(state.trend)
        let report = try harness.runtime.workspace.trend()
        #expect(screen.report == report && report.points.count >= 2)
        for (index, series) in report.series.enumerated() {
            let cells = screen.cells(series, ScreenContext(state))
            let before = try #require(series.figures[report.points.count - 2])
            let now = try #require(series.figures[report.points.count - 1])
            #expect(cells[2] == "\(RequirementFields.percent(before.readiness ?? 0))→\(RequirementFields.percent(now.readiness ?? 0))")
            #expect(cells[1] == Sparkline.of(series.figures.map { $0?.readiness }))
            DevelopmentScreensTests.moveTo(index, harness, &state)
            harness.press([.enter], &state)
            let page = try #require(state.text)
            let words = page.paragraphs.map(\.text).joined(separator: "\n")
            for point in report.points { #expect(words.contains("\(point.label) (\(DateText.day(point.at))): readiness")) }
            for id in (series.changes?.worse ?? []) + (series.changes?.opened ?? []) + (series.changes?.closed ?? []) { #expect(words.contains("· \(id) ")) }
            harness.press([.escape], &state)
        }
    }

    @Test("the organisation-wide views load off the input loop, with Loading… on the message line")
    func loadsOffTheLoop() {
        for request in [Request.completion, .calibration, .trend] {
            #expect(request.pace == .loading && request.loadingMessage(.en) != "Loading")
        }
    }
}
