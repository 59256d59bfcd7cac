import Foundation
import Testing
@testable import SkillsMatrix

/// How assessed needs become a costed plan: which item closes which need, one place per
/// person and item, cohort prices, and what is set aside.
@Suite("Training plan")
struct TrainingPlanTests {
    let catalog = Fixtures.catalog

    static func item(
        _ id: String, price: Int, hours: Double = 7, cohort: LearningCost.Cohort? = nil, lifts: [(String, Int)]
    ) -> LearningItem {
        LearningItem(
            id: id, title: LocalizedText(id), provider: "P", format: .course, hours: hours,
            cost: LearningCost(perPerson: price, cohort: cohort, isIndicative: true),
            lifts: lifts.map { LearningItem.Lift(competencyID: $0.0, level: $0.1) })
    }

    static func learning(_ items: [LearningItem]) -> LearningCatalogue {
        LearningCatalogue(version: "t", currency: "GBP", items: items)
    }

    /// Needs of people in one team from (login, ratings); all analysts unless given.
    func needs(_ people: [(String, [CompetencyRating])], role: String = "analyst") -> TrainingNeedsReport {
        Scoring.trainingNeeds(
            teamID: "team", assessments: people.map { Fixtures.assess(Fixtures.person($0.0, role: role), $0.1) })
    }

    @Test("an item's price line says one hour, not one hours, in both languages")
    func priceLineHours() {
        let one = Self.item("one", price: 0, hours: 1, lifts: [])
        let seven = Self.item("seven", price: 300, hours: 7, lifts: [])
        #expect(PlanScreenWords.english.priceLine(one, currency: "GBP").hasPrefix("1 hour; "))
        #expect(PlanScreenWords.english.priceLine(seven, currency: "GBP").hasPrefix("7 hours; "))
        #expect(PlanScreenWords.bokmal.priceLine(one, currency: "GBP").hasPrefix("1 time; "))
        #expect(PlanScreenWords.bokmal.priceLine(seven, currency: "GBP").hasPrefix("7 timer; "))
    }

    @Test("the fixture team: one place closes two needs; unrated left out; needs no item closes listed with the nearest item")
    func fixturePlan() throws {
        let plan = DevelopmentFixture.trainingPlan
        let learning = DevelopmentFixture.learning
        #expect(plan.unratedCount == 3)
        #expect(plan.assessedNeedCount == 5)
        #expect(plan.groups.count == 1)
        let group = try #require(plan.groups.first)
        #expect(learning.items[group.item].id == "alpha-course")
        #expect(group.headcount == 2)
        #expect(group.needCount == 3)
        let loconnor = try #require(group.seats.first { plan.people[$0.personIndex].login == "loconnor" })
        #expect(Set(group.needs(of: loconnor).map { catalog.competencies[$0.competency].id }) == ["AA.X.1", "AA.X.2"])
        #expect(group.cost == 800)
        #expect(plan.unmatched.map { plan.people[$0.need.personIndex].login }.sorted() == ["abjornstad", "formula"])
        #expect(plan.unmatched.allSatisfy { $0.nearestItem == 2 && $0.nearestLevel == 3 })
        // Every assessed need is somewhere: closed, unmatched or in hand.
        let assessed = ReportFixture.trainingNeeds.groups.flatMap(\.needs).filter { !$0.isUnrated }
        #expect(assessed.count == plan.matchedNeedCount + plan.unmatched.count + plan.inHand.count)
    }

    @Test("an item that builds two competencies beats two cheaper items that cost more together")
    func oneItemForTwoNeeds() throws {
        let learning = Self.learning([
            Self.item("x1-only", price: 300, lifts: [("AA.X.1", 3)]),
            Self.item("x2-only", price: 300, lifts: [("AA.X.2", 3)]),
            Self.item("both", price: 500, lifts: [("AA.X.1", 3), ("AA.X.2", 3)]),
        ])
        let report = needs([("ann", [Fixtures.rating("AA.X.1", self: 1), Fixtures.rating("AA.X.2", self: 1)])])
        let plan = Scoring.trainingPlan(needs: report, catalog: catalog, learning: learning)
        #expect(plan.groups.map { learning.items[$0.item].id } == ["both"])
        let group = try #require(plan.groups.first)
        #expect(group.needs(of: group.seats[0]).count == 2)
        #expect(plan.totalCost == 500)
    }

    @Test("the cheapest cover may be two items when they cost less than one; cost ties go to fewer hours")
    func cheapestCover() throws {
        let learning = Self.learning([
            Self.item("both", price: 700, lifts: [("AA.X.1", 3), ("AA.X.2", 3)]),
            Self.item("x1-long", price: 200, hours: 30, lifts: [("AA.X.1", 3)]),
            Self.item("x1-short", price: 200, hours: 3, lifts: [("AA.X.1", 3)]),
            Self.item("x2-only", price: 300, lifts: [("AA.X.2", 3)]),
        ])
        let report = needs([("ann", [Fixtures.rating("AA.X.1", self: 1), Fixtures.rating("AA.X.2", self: 1)])])
        let plan = Scoring.trainingPlan(needs: report, catalog: catalog, learning: learning)
        #expect(Set(plan.groups.map { learning.items[$0.item].id }) == ["x1-short", "x2-only"])
        #expect(plan.totalCost == 500)
    }

    @Test("an item closes a need only when it lifts to the target; one that falls short is the nearest")
    func closesOnlyToTarget() throws {
        let learning = Self.learning([Self.item("to-two", price: 100, lifts: [("AA.X.1", 2)])])
        let report = needs([("ann", [Fixtures.rating("AA.X.1", self: 1)])])
        let plan = Scoring.trainingPlan(needs: report, catalog: catalog, learning: learning)
        #expect(plan.groups.isEmpty)
        let unmatched = try #require(plan.unmatched.first)
        #expect(unmatched.nearestItem == 0)
        #expect(unmatched.nearestLevel == 2)
        // An item no higher than the person's level is no nearest item at all.
        let atTwo = needs([("bob", [Fixtures.rating("AA.X.1", self: 2)])])
        #expect(Scoring.trainingPlan(needs: atTwo, catalog: catalog, learning: learning).unmatched.first?.nearestItem == nil)
    }

    @Test("a group's cost uses cohorts where they are cheaper, and single places for the rest")
    func cohortPricing() throws {
        let learning = Self.learning([Self.item("course", price: 100, cohort: .init(price: 450, size: 5), lifts: [("AA.X.1", 3)])])
        let people = (1...7).map { ("p\($0)", [Fixtures.rating("AA.X.1", self: 1)]) }
        let plan = Scoring.trainingPlan(needs: needs(people), catalog: catalog, learning: learning)
        let group = try #require(plan.groups.first)
        #expect(group.headcount == 7)
        #expect(group.cost == 450 + 200)
        #expect(group.cohorts == 1)
    }

    @Test("needs in hand are set aside, not bought again")
    func inHand() throws {
        let learning = Self.learning([Self.item("course", price: 100, lifts: [("AA.X.1", 3)])])
        let report = needs([("ann", [Fixtures.rating("AA.X.1", self: 1)]), ("bob", [Fixtures.rating("AA.X.1", self: 1)])])
        let plan = Scoring.trainingPlan(
            needs: report, catalog: catalog, learning: learning, inHand: [PersonCompetency(login: "ann", competency: Fixtures.index("AA.X.1"))])
        #expect(plan.inHand.map { plan.people[$0.personIndex].login } == ["ann"])
        #expect(plan.groups.first?.seats.map { plan.people[$0.personIndex].login } == ["bob"])
    }

    @Test("groups rank by priority covered, then headcount, then catalogue order; seats by priority")
    func ranking() throws {
        let learning = Self.learning([
            Self.item("second-in-catalogue", price: 10, lifts: [("AA.X.2", 3)]),
            Self.item("first-by-priority", price: 10, lifts: [("AA.X.1", 3)]),
        ])
        let report = needs([
            ("ann", [Fixtures.rating("AA.X.1", self: 2), Fixtures.rating("AA.X.2", self: 1)]),
            ("bob", [Fixtures.rating("AA.X.1", self: 0)]),
        ])
        let plan = Scoring.trainingPlan(needs: report, catalog: catalog, learning: learning)
        #expect(plan.groups.map { learning.items[$0.item].id } == ["first-by-priority", "second-in-catalogue"])
        let seats = try #require(plan.groups.first?.seats)
        #expect(seats.map { plan.people[$0.personIndex].login } == ["bob", "ann"])
        #expect(seats[0].priority >= seats[1].priority)
    }

    @Test("a place is 16 bytes: a whole organisation's plan holds 400,000 of them")
    func compactSeat() {
        #expect(MemoryLayout<TrainingPlanSeat>.stride <= 16)
        let seat = TrainingPlanSeat(personIndex: 99_999, priority: 14, needRange: 400_000..<400_003)
        #expect(seat.personIndex == 99_999)
        #expect(seat.priority == 14)
        #expect(seat.needRange == 400_000..<400_003)
    }

    @Test("with a budget the plan says how many places of each group to buy, from the top")
    func withBudget() throws {
        let plan = DevelopmentFixture.trainingPlan
        let budget = try #require(plan.budget)
        #expect(budget.budget == 500)
        #expect(budget.seatsBought == [1])
        #expect(budget.cost == 400)
        #expect(budget.priority == plan.groups[0].seats[0].priority)
        #expect(budget.method == .exact)
    }
}

/// The per-person cover against brute force: the cheapest set of items closing every need.
@Suite("Training plan: cheapest cover")
struct CheapestCoverTests {
    @Test("on 300 random catalogues and people, the items chosen cost what the cheapest subset costs")
    func matchesBruteForce() throws {
        var random = SplitMix64(seed: 21)
        let ids = ["AA.X.1", "AA.X.2", "AA.X.3", "BB.Y.1"]
        let catalog = Fixtures.catalog
        for _ in 0..<300 {
            let items = (0..<random.int(in: 1...7)).map { index in
                TrainingPlanTests.item(
                    "i\(index)", price: 50 * random.int(in: 0...8), hours: Double(random.int(in: 1...9)),
                    lifts: ids.filter { _ in random.chance(0.45) }.map { ($0, random.int(in: 1...4)) })
            }.filter { !$0.lifts.isEmpty }
            guard !items.isEmpty else { continue }
            let learning = TrainingPlanTests.learning(items)
            let lifts = LiftIndex(catalog: catalog, learning: learning)
            let needs = ids.filter { _ in random.chance(0.6) }.compactMap { id -> PlannedNeed? in
                let target = random.int(in: 1...4)
                let requirement = RequirementAssessment(
                    competency: catalog.competencyIndex(of: id) ?? 0, target: target, weight: 1,
                    ratings: CompetencyRating(competency: 0, selfRating: Rating(level: 0, ratedAt: Fixtures.now)), reviewIntervalDays: 365,
                    now: Fixtures.now)
                let need = PlannedNeed(
                    TrainingNeed(personIndex: 0, requirement: requirement, coverageBonus: 0), competency: requirement.competency)
                return lifts.closing(need).isEmpty ? nil : need
            }
            var cover = CoverSearch(lifts: lifts)
            let assigned = cover.assign(needs)
            // Every need is closed by the item it was given.
            #expect(zip(assigned, needs).allSatisfy { $0.0 >= 0 && lifts.closes($0.0, $0.1) })
            let cost = Set(assigned).reduce(0) { $0 + lifts.costs[$1] }
            var best = Int.max
            for mask in 0..<(1 << items.count) {
                let chosen = items.indices.filter { mask & (1 << $0) != 0 }
                guard needs.allSatisfy({ need in chosen.contains { lifts.closes($0, need) } }) else { continue }
                best = min(best, chosen.reduce(0) { $0 + lifts.costs[$1] })
            }
            #expect(cost == (needs.isEmpty ? 0 : best), "\(items.map { ($0.id, $0.cost.perPerson, $0.lifts) }) needs \(needs.map(\.target))")
        }
    }
}
