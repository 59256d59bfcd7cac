import Foundation
@testable import SkillsMatrix

/// A small team on the fixture catalog whose cells cover every band and flag, with
/// names that test escaping and spreadsheet safety. The clock is `Fixtures.now`.
enum ReportFixture {
    static let team = Team(id: "data-team", name: "Data & <Insight> Team", leadLogins: ["abjornstad"])

    static let people = [
        Person(login: "abjornstad", name: "Åse Bjørnstad", teamID: "data-team", roleID: "analyst"),
        Person(login: "loconnor", name: "Liam O'Connor", teamID: "data-team", roleID: "analyst"),
        Person(login: "xss", name: "<script>alert(\"hi\")</script>", teamID: "data-team", roleID: "helper"),
        Person(login: "formula", name: "=HYPERLINK(\"http://x\",\"y\")", teamID: "data-team", roleID: "analyst"),
        Person(login: "plus", name: "+1 Tab\tand, comma", teamID: "data-team", roleID: "helper"),
    ]

    /// AA.X.1 target 3 (analyst) / 2 (helper); AA.X.2 target 2; BB.Y.1 target 4.
    static let ratings: [String: [CompetencyRating]] = [
        // Meets AA.X.1 (the only analyst who does: a single point of failure), disputed BB.Y.1.
        "abjornstad": [Fixtures.rating("AA.X.1", self: 3, lead: 3), Fixtures.rating("BB.Y.1", self: 4, lead: 1)],
        // One short on AA.X.1, stale on AA.X.2 (self only, 400 days old), BB.Y.1 unrated.
        "loconnor": [Fixtures.rating("AA.X.1", self: 2), Fixtures.rating("AA.X.2", self: 1, selfAge: 400)],
        // Rated a competency the role does not require.
        "xss": [Fixtures.rating("AA.X.1", self: 2), Fixtures.rating("BB.Y.1", self: 2)],
        // Three short on AA.X.1, two short on BB.Y.1.
        "formula": [Fixtures.rating("AA.X.1", self: 0), Fixtures.rating("AA.X.2", self: 2), Fixtures.rating("BB.Y.1", lead: 2)],
        "plus": [],
    ]

    static var assessments: [PersonAssessment] { people.map { Fixtures.assess($0, ratings[$0.login] ?? []) } }

    static var heatmap: Heatmap { Scoring.heatmap(team: team, assessments: assessments, ratings: ratings, catalog: Fixtures.catalog, now: Fixtures.now) }

    /// With the unrated requirements listed, so that the golden files show how they are marked.
    static var trainingNeeds: TrainingNeedsReport { Scoring.trainingNeeds(teamID: team.id, assessments: assessments, includeUnrated: true) }

    // MARK: - Review cycles

    /// A cycle over framework AA, opened 30 days ago and due 5 days ago: still open, so
    /// whoever has not finished is overdue.
    static let cycle = ReviewCycle(
        name: "Spring \"review\", team A", teamIDs: [team.id], frameworkIDs: ["AA"], opensAt: Fixtures.daysAgo(30),
        dueAt: Fixtures.daysAgo(5), openedBy: "hr")

    static var completion: CompletionReport {
        let rules = CycleRules(cycle: cycle, catalog: Fixtures.catalog, teams: TeamTree([team]))
        let completions = people.sorted { $0.login < $1.login }.map {
            rules.completion(of: $0, ratings: ratings[$0.login] ?? [], catalog: Fixtures.catalog, now: Fixtures.now)
        }
        return CompletionReport(cycle: cycle, teamID: team.id, people: CompletionReport.ordered(completions), now: Fixtures.now)
    }

    /// The team at a closed cycle (everyone unrated but abjornstad) and now.
    static var trend: TrendReport {
        var before = CycleSnapshotBuilder(catalog: Fixtures.catalog, keepsPeople: false)
        var now = CycleSnapshotBuilder(catalog: Fixtures.catalog, keepsPeople: false)
        for assessment in assessments {
            let earlier = assessment.person.login == "abjornstad" ? ratings["abjornstad"] ?? [] : [Fixtures.rating("AA.X.1", self: 1)]
            before.add(Fixtures.assess(assessment.person, earlier), completion: nil)
            now.add(assessment, completion: completion.people.first { $0.person.login == assessment.person.login })
        }
        let figures = [before, now].map { $0.snapshot().first { $0.kind == .team }?.figures }
        var closed = cycle
        closed.name = "Winter"
        closed.closedAt = Fixtures.daysAgo(40)
        return TrendReport(
            points: [
                .init(label: "Winter", at: Fixtures.daysAgo(40), cycle: closed), .init(label: "now", at: Fixtures.now, cycle: cycle),
            ],
            series: [.init(kind: .team, subject: team.id, figures: figures), .init(kind: .person, subject: "plus", figures: [nil, figures[1]])])
    }

    /// Six pairs by abjornstad (one disputed), two by another lead (hidden: under 5).
    static var calibration: CalibrationReport {
        let pairs = (0..<6).map {
            CalibrationPair(login: "p\($0)", teamID: team.id, competency: 0, selfLevel: 3, leadLevel: $0 == 0 ? 1 : 3, leadRater: "abjornstad")
        } + (0..<2).map { CalibrationPair(login: "q\($0)", teamID: "other", competency: 1, selfLevel: 2, leadLevel: 3, leadRater: "=lead") }
        let figures = Scoring.calibrationFigures(pairs)
        let earlier = CalibrationFigure(pairs: 5, selfMinusLead: 5, disputes: 0)
        return CalibrationReport(
            teamIDs: nil, cycles: ["Winter"],
            organisation: .init(subject: "", current: figures.organisation, history: [earlier]),
            leads: figures.leads.keys.sorted().map { .init(subject: $0, current: figures.leads[$0] ?? .init(), history: [$0 == "abjornstad" ? earlier : nil]) },
            competencies: figures.competencies.keys.sorted().map {
                .init(subject: Fixtures.catalog.competencies[$0].id, current: figures.competencies[$0] ?? .init(), history: [nil])
            },
            teams: figures.teams.keys.sorted().map { .init(subject: $0, current: figures.teams[$0] ?? .init(), history: [earlier]) })
    }

    /// Rating events with notes that must be escaped or neutralised.
    static let events: [RatingEvent] = [
        RatingEvent(
            personLogin: "abjornstad", competencyID: "AA.X.1", level: 3, track: .selfAssessment, raterLogin: "abjornstad",
            note: "Ledet workshop for «Prosjektveiviseren», 3 dager", frameworkVersion: "1.0", ratedAt: Fixtures.daysAgo(10)),
        RatingEvent(
            personLogin: "loconnor", competencyID: "AA.X.1", level: 2, track: .selfAssessment, raterLogin: "loconnor",
            note: "=cmd|' /C calc'!A0", frameworkVersion: "1.0", ratedAt: Fixtures.daysAgo(8)),
        RatingEvent(
            personLogin: "loconnor", competencyID: "AA.X.1", level: 1, track: .lead, raterLogin: "abjornstad",
            note: "Said \"later\",\nthen did it", frameworkVersion: "1.0", ratedAt: Fixtures.daysAgo(5)),
        RatingEvent(
            personLogin: "formula", competencyID: "BB.Y.1", level: 2, track: .lead, raterLogin: "abjornstad",
            note: "@SUM(1+1) -2+3", frameworkVersion: "2.0", ratedAt: Fixtures.daysAgo(1)),
    ]
}
