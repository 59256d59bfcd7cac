import Foundation
@testable import SkillsMatrix

/// A small learning catalogue on the fixture catalog, and plans, certificates and marks
/// for `ReportFixture`'s team, whose expected numbers are worked out by hand.
///
/// Assessed needs of the team: loconnor AA.X.1 (2 -> 3) and AA.X.2 (1 -> 2); formula
/// AA.X.1 (0 -> 3) and BB.Y.1 (2 -> 4); abjornstad BB.Y.1 (1 -> 4). Unrated, left out:
/// abjornstad AA.X.2, loconnor BB.Y.1, plus AA.X.1.
enum DevelopmentFixture {
    /// alpha-course closes AA.X.1 (to 3) and AA.X.2; alpha-reading is free but reaches
    /// only 2; beta-cert reaches BB.Y.1 3, short of the target 4, so BB.Y.1 needs stay unmatched.
    static let learning = LearningCatalogue(
        version: "1.0", languages: [.en, .nb], currency: "GBP",
        items: [
            LearningItem(
                id: "alpha-course", title: LocalizedText([(.en, "Alpha course"), (.nb, "Alpha course")]), provider: "Alpha Ltd, via <tender>",
                format: .course, hours: 7, cost: LearningCost(perPerson: 400, cohort: .init(price: 1_000, size: 3), isIndicative: true),
                url: "https://example.org/alpha", lifts: [.init(competencyID: "AA.X.1", level: 3), .init(competencyID: "AA.X.2", level: 2)]),
            LearningItem(
                id: "alpha-reading", title: LocalizedText([(.en, "=Reading on alpha"), (.nb, "=Lesing om alfa")]), provider: "In-house",
                format: .reading, hours: 1.5, cost: LearningCost(perPerson: 0),
                lifts: [.init(competencyID: "AA.X.1", level: 2), .init(competencyID: "AA.X.2", level: 2)]),
            LearningItem(
                id: "beta-cert", title: LocalizedText([(.en, "Beta | certificate"), (.nb, "Beta | certificate")]), provider: "Beta Board",
                format: .certification, hours: 21, cost: LearningCost(perPerson: 900, isIndicative: true), url: "https://example.org/beta",
                lifts: [.init(competencyID: "BB.Y.1", level: 3)]),
        ])

    static var trainingPlan: TrainingPlan {
        Scoring.trainingPlan(needs: ReportFixture.trainingNeeds, catalog: Fixtures.catalog, learning: learning, budget: 500)
    }

    static let today = CalendarDay(containing: Fixtures.now)

    static func person(_ login: String) -> Person { ReportFixture.people.first { $0.login == login } ?? Fixtures.person(login) }

    static let certificates = [
        Certificate(
            number: 1, personLogin: "abjornstad", name: "Alpha Practitioner", issuer: "Alpha Board", credentialID: "AP-1", gained: today.adding(days: -1_000),
            expires: today.adding(days: 30), recordedBy: "abjornstad", recordedAt: Fixtures.daysAgo(1_000), supports: ["AA.X.1"]),
        Certificate(
            number: 2, personLogin: "formula", name: "=Beta, \"basic\"", issuer: "Beta Board", credentialID: "", gained: today.adding(days: -800),
            expires: today.adding(days: -5), recordedBy: "abjornstad", recordedAt: Fixtures.daysAgo(800), supports: ["BB.Y.1"]),
        Certificate(
            number: 3, personLogin: "loconnor", name: "Gamma Foundation", issuer: "Gamma", credentialID: "G-7", gained: today.adding(days: -20),
            expires: nil, recordedBy: "loconnor", recordedAt: Fixtures.daysAgo(20)),
    ]

    static var certificateReport: CertificateReport {
        Scoring.certificateReport(people: ReportFixture.people, certificates: certificates, teamID: "data-team", today: today, withinDays: 90)
    }

    static func event(_ state: PlanState, daysAgo: Double, target: Int? = nil, by actor: String, note: String = "") -> PlanEvent {
        PlanEvent(state: state, targetDate: target.map { today.adding(days: $0) }, note: note, actor: actor, at: Fixtures.daysAgo(daysAgo))
    }

    static let planItems = [
        PlanItem(
            number: 1, personLogin: "loconnor", competencyID: "AA.X.1", learningItemID: "alpha-course", text: "",
            events: [event(.planned, daysAgo: 30, target: 20, by: "abjornstad"), event(.booked, daysAgo: 10, by: "abjornstad", note: "Course on 5 May")]),
        PlanItem(
            number: 2, personLogin: "formula", competencyID: "AA.X.1", learningItemID: nil, text: "Pair with Åse, | twice",
            events: [event(.planned, daysAgo: 40, target: -3, by: "formula")]),
        PlanItem(
            number: 3, personLogin: "abjornstad", competencyID: "BB.Y.1", learningItemID: "beta-cert", text: "",
            events: [event(.planned, daysAgo: 300, target: -200, by: "abjornstad"), event(.done, daysAgo: 210, by: "abjornstad")]),
        PlanItem(
            number: 4, personLogin: "plus", competencyID: "AA.X.1", learningItemID: "alpha-reading", text: "",
            events: [event(.planned, daysAgo: 5, target: 60, by: "abjornstad"), event(.cancelled, daysAgo: 1, by: "abjornstad")]),
    ]

    static var plansReport: DevelopmentPlansReport {
        Scoring.developmentPlans(people: ReportFixture.people, items: planItems, learning: learning, teamID: "data-team", today: today)
    }

    static var peopleSearch: PeopleSearchResult {
        let index = Fixtures.index("AA.X.1")
        let marks: [String: Set<InterestMark>] = ["abjornstad": [.mentor], "loconnor": [.grow], "xss": [.mentor, .grow]]
        let candidates = ReportFixture.people.compactMap { person -> (person: Person, rating: CompetencyRating, marks: Set<InterestMark>)? in
            guard let rating = ReportFixture.ratings[person.login]?.first(where: { $0.competency == index }) else { return nil }
            return (person, rating, marks[person.login] ?? [])
        }
        return Scoring.peopleSearch(competency: index, minimumLevel: 2, teamID: nil, candidates: candidates)
    }
}
