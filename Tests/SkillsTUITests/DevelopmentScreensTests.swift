import Foundation
@testable import SkillsMatrix
import Testing
@testable import SkillsTUI

/// The screens of learning and development: the costed training plan, a person's plan
/// and the overview of plans, who knows what, and the walk-through asking again after
/// training. Through the demo organisation and the real engine, key by key.
@MainActor
@Suite("Development: plans, the costed plan, who knows what")
struct DevelopmentScreensTests {
    /// Opens the Home menu item whose label starts with `label` (from the top of the menu).
    static func open(_ label: String, _ harness: DemoHarness, _ state: inout AppState) throws {
        let home = try #require(state.home)
        let items = HomeScreen.items(session: state.session, data: home.data, isDemo: state.isDemo, language: .en)
        let index = try #require(items.firstIndex { $0.label.hasPrefix(label) }, "no \(label) in \(items.map(\.label))")
        harness.press([.home] + Array(repeating: .down, count: index) + [.enter], &state)
    }

    static func labels(_ state: AppState) throws -> [String] {
        let home = try #require(state.home)
        return HomeScreen.items(session: state.session, data: home.data, isDemo: state.isDemo, language: .en).map(\.label)
    }

    /// Moves a list screen's cursor to line `index` from the top.
    static func moveTo(_ index: Int, _ harness: DemoHarness, _ state: inout AppState) {
        harness.press([.home] + Array(repeating: .down, count: index), &state)
    }

    @Test("Home offers each person what is of use: their plan and who knows what; the plans of their teams to leads; uptake to hr")
    func homeMenu() throws {
        let staff = try DemoHarness(actingAs: "apatel")
        let staffLabels = try Self.labels(staff.start())
        #expect(staffLabels.contains("My development plan") && staffLabels.contains("Who knows what"))
        #expect(!staffLabels.contains { $0.hasPrefix("Development plans") || $0.hasPrefix("Training needs") })
        let lead = try DemoHarness(actingAs: "hmarsh")
        #expect(try Self.labels(lead.start()).contains("Development plans of my teams"))
        let hr = try DemoHarness(actingAs: "pnair")
        let hrLabels = try Self.labels(hr.start())
        #expect(hrLabels.contains("Development plans: uptake and booked spend"))
        #expect(hrLabels.contains("Training needs and the costed plan"))
    }

    @Test("a lead adds to a team member's plan: a catalogue item with a target day, then one in words; both stored in the lead's name")
    func leadAddsItems() throws {
        let harness = try DemoHarness(actingAs: "hmarsh")
        var state = harness.start()
        try Self.open("Development plans of my teams", harness, &state)
        let overview = try #require(state.developmentPlans)
        let line = try #require(overview.lines.firstIndex { line in
            if case .entry(let index) = line { return overview.report.entries[index].person.login == "apatel" }
            return false
        })
        Self.moveTo(line, harness, &state)
        harness.press([.enter], &state)
        let plan = try #require(state.developmentPlan)
        #expect(plan.data.person.login == "apatel" && plan.data.canAdd && plan.data.canMove && !plan.data.isOwn)
        let before = plan.data.items.count

        // 1: the competency, its largest gaps first.
        harness.press([.character("a")], &state)
        let choices = try #require(state.developmentPlan).competencyChoices
        #expect(zip(choices, choices.dropFirst()).allSatisfy { $0.weightedGap >= $1.weightedGap })
        let risk = try #require(choices.firstIndex { state.catalog.competencies[$0.competency].id == "PM.RISK.1" })
        harness.press(Array(repeating: .down, count: risk) + [.enter], &state)
        // 2: the items that build it, then "in words" last.
        let items = try #require(state.developmentPlan).itemChoices(choices[risk].competency, state.catalog)
        #expect(!items.isEmpty && items.allSatisfy { $0.level(lifting: "PM.RISK.1") != nil })
        let workshop = try #require(items.firstIndex { $0.id == "pm-risk-1-risk-workshop" })
        harness.press(Array(repeating: .down, count: workshop) + [.enter], &state)
        // 3: the day, as typed.
        #expect(state.openEditor?.prompt == "Done by (YYYY-MM-DD)")
        harness.press([.control("u")] + harness.type("2027-02-15") + [.enter], &state)
        var stored = try harness.runtime.workspace.planItems(of: "apatel")
        #expect(stored.count == before + 1)
        let added = try #require(stored.last)
        #expect(added.learningItemID == "pm-risk-1-risk-workshop" && added.competencyID == "PM.RISK.1")
        #expect(added.targetDate?.description == "2027-02-15" && added.state == .planned && added.createdBy == "hmarsh")
        #expect(state.developmentPlan?.data.items.last == added)
        #expect(state.flash?.text == "Added plan item \(added.number): PM.RISK.1 Risk workshop on a live project, by 2027-02-15.")

        // The same in words: the last choice, then what they will do, then the day offered.
        harness.press([.character("a"), .enter, .character("G"), .enter], &state)
        #expect(state.openEditor?.prompt == "What will Anita Patel do?")
        harness.press(harness.type("Shadow the service desk for a morning") + [.enter, .enter], &state)
        stored = try harness.runtime.workspace.planItems(of: "apatel")
        let words = try #require(stored.last)
        #expect(stored.count == before + 2)
        #expect(words.learningItemID == nil && words.text == "Shadow the service desk for a morning")
        #expect(words.competencyID == state.catalog.competencies[choices[0].competency].id)
        #expect(words.targetDate == CalendarDay(containing: DemoHarness.now).adding(days: 91))
    }

    @Test("a day that is not one, or is past, is refused with the field kept as typed; Esc steps back; nothing is stored")
    func refusedDays() throws {
        let harness = try DemoHarness(actingAs: "apatel")
        var state = harness.start()
        try Self.open("My development plan", harness, &state)
        let before = try harness.runtime.workspace.planItems(of: "apatel")
        harness.press([.character("a"), .enter, .enter, .control("u")] + harness.type("31/03/2027") + [.enter], &state)
        #expect(state.flash?.isError == true && state.flash?.text.contains("\"31/03/2027\" is not a day") == true)
        #expect(state.openEditor?.text == "31/03/2027")
        harness.press([.control("u")] + harness.type("2026-01-05") + [.enter], &state)
        #expect(state.flash?.text.contains("the target date 2026-01-05 is before today") == true)
        #expect(state.openEditor?.text == "2026-01-05")
        #expect(try harness.runtime.workspace.planItems(of: "apatel") == before)
        // Esc from the day goes back to the items, Esc again to the competencies, and again out.
        harness.press([.escape], &state)
        let back = try #require(state.developmentPlan).dialog
        #expect({ if case .item? = back { true } else { false } }(), "\(String(describing: back))")
        harness.press([.escape, .escape], &state)
        #expect(try #require(state.developmentPlan).dialog == nil)
        #expect(state.screenName == "developmentPlan")
    }

    @Test("items move forward only: b books, x asks first, d is done; a done item moves no more; w re-rates it, asked first with why")
    func moveOnAndRerate() throws {
        let harness = try DemoHarness(actingAs: "apatel")
        var state = harness.start()
        try Self.open("My development plan", harness, &state)
        let item = try #require(state.developmentPlan?.selectedItem)
        #expect(item.state == .planned)
        harness.press([.character("b")], &state)
        #expect(try harness.runtime.workspace.planItem(item.number).state == .booked)
        harness.press([.character("x")], &state)
        #expect(state.developmentPlan?.dialog == .confirmingCancel(number: item.number))
        harness.press([.character("n"), .character("d")], &state)
        #expect(try harness.runtime.workspace.planItem(item.number).state == .done)
        #expect(state.flash?.text.contains("Rate \(item.competencyID) again now that you have trained: w opens it.") == true)
        harness.press([.character("b")], &state)
        #expect(state.flash?.isError == true && state.flash?.text == "Plan item \(item.number) is done: it is final and cannot move.")
        #expect(try harness.runtime.workspace.planItem(item.number).events.map(\.state) == [.planned, .booked, .done])

        harness.press([.character("w")], &state)
        let walk = try #require(state.walkthrough)
        #expect(state.catalog.competencies[try #require(walk.step).competency].id == item.competencyID)
        #expect(walk.walkthrough.rerate.contains(walk.position))
        #expect(Renderer.render(state).text.contains("You finished \"Risk workshop on a live project\" (plan item \(item.number))"))
        harness.press([.character("3")], &state)
        #expect(state.walkthrough?.walkthrough.rerate.isEmpty == true)
        harness.press([.escape, .escape], &state)
        #expect(try Self.labels(state).allSatisfy { !$0.contains("to rate again") })
    }

    @Test("the walk-through opens at what the person trained in, says so, and Home counts it until it is rated")
    func walkthroughAsksFirst() throws {
        let harness = try DemoHarness(actingAs: "gbrown")
        var state = harness.start()
        #expect(try Self.labels(state)[0].hasSuffix(": 1 to rate again"))
        harness.press([.enter], &state)
        let walk = try #require(state.walkthrough)
        #expect(state.catalog.competencies[try #require(walk.step).competency].id == "DI.FND.4")
        #expect(walk.walkthrough.trainedIn[walk.position]?.itemTitle == "NCSC Top Tips for Staff")
        #expect(state.flash?.text.hasPrefix("1 competency to rate again first") == true)
        #expect(Renderer.render(state).text.contains("You finished \"NCSC Top Tips for Staff\""))
        harness.press([.character("2"), .escape], &state)
        #expect(try Self.labels(state).allSatisfy { !$0.contains("to rate again") })
    }

    @Test("hr books and closes items but adds none; the overview sums up teams, keeps the overdue on o, and follows a change")
    func hrOverview() throws {
        let harness = try DemoHarness(actingAs: "pnair")
        var state = harness.start()
        try Self.open("Development plans", harness, &state)
        let overview = try #require(state.developmentPlans)
        #expect(overview.showsTeams)
        #expect(overview.lines.prefix(overview.report.teams.count).allSatisfy { if case .team = $0 { true } else { false } })
        let overdue = overview.report.overdueCount
        #expect(overdue >= 1)
        harness.press([.character("o")], &state)
        let entries = try #require(state.developmentPlans).lines.compactMap { line -> Int? in if case .entry(let index) = line { index } else { nil } }
        #expect(entries.count == overdue && entries.allSatisfy { overview.report.entries[$0].isOverdue })
        // The first overdue item's person: hr may move it on, not add.
        let first = try #require(state.developmentPlans?.lines.firstIndex { if case .entry = $0 { true } else { false } })
        let entry = try #require(entries.first.map { overview.report.entries[$0] })
        Self.moveTo(first, harness, &state)
        harness.press([.enter], &state)
        let plan = try #require(state.developmentPlan)
        #expect(plan.data.person.login == entry.person.login && !plan.data.canAdd && plan.data.canMove)
        #expect(KeyHelp.hint(for: .character("a"), in: state) == nil)
        let line = try #require(plan.data.items.firstIndex { $0.number == entry.item.number })
        Self.moveTo(line, harness, &state)
        harness.press([.character("x"), .character("y")], &state)
        #expect(try harness.runtime.workspace.planItem(entry.item.number).state == .cancelled)
        // Back on the overview, it has followed: one overdue fewer.
        harness.press([.escape], &state)
        #expect(state.developmentPlans?.report.overdueCount == overdue - 1)
    }

    @Test("the costed plan from the training needs: the engine's plan; a budget sets what to buy, a bad amount stays to correct, empty clears it")
    func trainingPlanBudget() throws {
        let harness = try DemoHarness(actingAs: "pnair")
        var state = harness.start()
        try Self.open("Training needs", harness, &state)
        harness.press([.enter, .character("p")], &state)
        let screen = try #require(state.trainingPlan)
        #expect(screen.plan == (try harness.runtime.workspace.trainingPlan()))
        #expect(screen.lines.filter { if case .group = $0 { true } else { false } }.count == screen.plan.groups.count)
        #expect(screen.lines.contains(.unmatchedHeading) && screen.lines.contains(.inHandHeading))
        harness.press([.character("b")] + harness.type("lots") + [.enter], &state)
        #expect(state.flash?.isError == true && state.flash?.text.contains("\"lots\" is not an amount") == true)
        #expect(state.openEditor?.text == "lots")
        harness.press([.control("u")] + harness.type("£5,000") + [.enter], &state)
        let budgeted = try #require(state.trainingPlan)
        #expect(budgeted.plan == (try harness.runtime.workspace.trainingPlan(budget: 5_000)))
        let budget = try #require(budgeted.plan.budget)
        #expect(budget.cost <= 5_000 && budget.seatsBought.reduce(0, +) < budgeted.plan.placeCount)
        #expect(Renderer.render(state).text.contains("Budget £5,000: buy \(budget.seatsBought.reduce(0, +)) of \(budgeted.plan.placeCount) places"))
        // The people under each item, with whether their place is bought.
        harness.press([.character("v")], &state)
        let seats = try #require(state.trainingPlan).lines.filter { if case .seat = $0 { true } else { false } }
        #expect(seats.count == budgeted.plan.groups.reduce(0) { $0 + $1.headcount })
        #expect(Renderer.render(state).text.contains("later") || budget.seatsBought.reduce(0, +) == budgeted.plan.placeCount)
        harness.press([.character("b"), .control("u"), .enter], &state)
        #expect(try #require(state.trainingPlan).plan.budget == nil)
        // Enter: the item in full.
        harness.press([.home, .enter], &state)
        #expect(state.text?.heading == "Catalogue item")
    }

    @Test("who knows what: from Home or w on a competency; 1-4 set the level; o keeps the mentors; m and w are one's own marks")
    func peopleSearch() throws {
        let harness = try DemoHarness(actingAs: "hmarsh")
        var state = harness.start()
        try Self.open("Who knows what", harness, &state)
        #expect(state.frameworks?.findsPeople == true)
        harness.press([.character("/")] + harness.type("PM.RISK.1") + [.enter, .enter], &state)
        let search = try #require(state.peopleSearch)
        #expect(search.result.minimumLevel == 3)
        #expect(search.result == (try harness.runtime.workspace.peopleSearch(competencyID: "PM.RISK.1", minimumLevel: 3)))
        harness.press([.character("1")], &state)
        let wider = try #require(state.peopleSearch)
        #expect(wider.result.minimumLevel == 1 && wider.result.entries.count >= search.result.entries.count)
        harness.press([.character("o")], &state)
        let mentors = try #require(state.peopleSearch)
        #expect(mentors.shown.count == wider.result.mentorCount && mentors.shown.allSatisfy { mentors.result.entries[$0].marks.contains(.mentor) })
        harness.press([.character("o"), .character("m")], &state)
        #expect(try harness.runtime.workspace.marks()["PM.RISK.1"] == [.mentor])
        #expect(state.peopleSearch?.ownMarks == [.mentor])
        #expect(state.peopleSearch?.result.entries.contains { $0.person.login == "hmarsh" && $0.marks.contains(.mentor) } == true)
        harness.press([.character("m")], &state)
        #expect(try harness.runtime.workspace.marks()["PM.RISK.1"] ?? [] == [])
        #expect(state.peopleSearch?.ownMarks == [])
        harness.press([.character("w")], &state)
        #expect(try harness.runtime.workspace.marks()["PM.RISK.1"] == [.grow])

        // From the frameworks browser: w on a competency. (Esc first clears the search there.)
        harness.press([.escape, .escape, .escape], &state)
        try Self.open("Frameworks", harness, &state)
        harness.press([.character("/")] + harness.type("DI.FND.4") + [.enter, .character("w")], &state)
        #expect(state.peopleSearch.map { state.catalog.competencies[$0.result.competency].id } == "DI.FND.4")
    }

    @Test("in Bokmål: adding an item asks in Norwegian, takes the day as 31.03.2027, and items move with Norwegian answers")
    func planInBokmal() throws {
        let harness = try DemoHarness(actingAs: "apatel", language: .nb)
        var state = harness.start()
        try Self.open("My development plan", harness, &state)
        harness.press([.character("a")], &state)
        #expect(state.screen?.messageLine(ScreenContext(state)) == .question("Nytt planpunkt, 1 av 3: kompetansen (↑↓ og Enter; Esc avbryter)"))
        harness.press([.enter], &state)
        #expect(state.screen?.messageLine(ScreenContext(state)) == .question("2 av 3: et læringstilbud, eller siste linje for egne ord (Enter; Esc tilbake)"))
        harness.press([.enter], &state)
        let editor = try #require(state.openEditor)
        #expect(editor.prompt == "Fullført innen (DD.MM.ÅÅÅÅ)")
        #expect(editor.text.wholeMatch(of: /\d\d\.\d\d\.\d{4}/) != nil, "\(editor.text)")
        harness.press([.control("u")] + harness.type("31/03/2027") + [.enter], &state)
        #expect(state.flash?.isError == true && state.flash?.text.hasPrefix("«31/03/2027» er ikke en dag: skriv den som DD.MM.ÅÅÅÅ") == true)
        harness.press([.control("u")] + harness.type("31.03.2027") + [.enter], &state)
        #expect(state.flash?.text.hasPrefix("La til planpunkt") == true, "\(String(describing: state.flash))")
        let added = try #require(try harness.runtime.workspace.planItems(of: "apatel").max { $0.number < $1.number })
        #expect(added.targetDate == CalendarDay(iso: "2027-03-31"))
        let plan = try #require(state.developmentPlan)
        #expect(plan.selectedItem?.number == added.number)
        harness.press([.character("x")], &state)
        let question = try #require(state.screen?.messageLine(ScreenContext(state)))
        #expect(String(describing: question).contains("Avlyse planpunkt \(added.number) ("), "\(question)")
        harness.press([.character("n"), .character("d")], &state)
        #expect(state.flash?.text == "Planpunkt \(added.number) er fullført. Vurder \(added.competencyID) på nytt nå som du har fått opplæring: w åpner den.")
        harness.press([.character("b")], &state)
        #expect(state.flash?.text == "Planpunkt \(added.number) er fullført: det er avsluttet og kan ikke flyttes.")
        let frame = Renderer.render(state).text
        #expect(frame.contains("fullført") && frame.contains("31.03.2027") && !frame.contains("done"))
    }

    @Test("a target day is typed as ISO or as Bokmål writes it; anything else is not a day")
    func typedDays() {
        #expect(DevelopmentPlanScreen.day(typed: "2027-03-31") == CalendarDay(iso: "2027-03-31"))
        #expect(DevelopmentPlanScreen.day(typed: " 31.03.2027 ") == CalendarDay(iso: "2027-03-31"))
        #expect(DevelopmentPlanScreen.day(typed: "1.3.2027") == CalendarDay(iso: "2027-03-01"))
        for wrong in ["31/03/2027", "31.13.2027", "31.03.27", "3.2027", "", "..2027"] { #expect(DevelopmentPlanScreen.day(typed: wrong) == nil, "\(wrong)") }
    }
}
