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

    static var heatmap: Heatmap { Scoring.heatmap(team: team, assessments: assessments, ratings: ratings) }

    /// With the unrated requirements listed, so that the golden files show how they are marked.
    static var trainingNeeds: TrainingNeedsReport { Scoring.trainingNeeds(teamID: team.id, assessments: assessments, includeUnrated: true) }

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
