import Foundation
import Testing
@testable import SkillsMatrix

@Suite("Coverage, what-if, training needs, calibration, heatmap")
struct TeamScoringTests {
    /// ann and bob are analysts, cat is a helper (needs AA.X.1 at 2).
    /// AA.X.1: ann 3 (meets 3), bob 2 (short of 3), cat 2 (meets 2) -> 2 of 3 meet.
    /// AA.X.2: ann 2 (meets), bob unrated -> 1 of 2 meet: a single point of failure.
    /// BB.Y.1: ann 1, bob 3 -> nobody meets 4.
    let team: [PersonAssessment] = [
        Fixtures.assess(Fixtures.person("ann"), [Fixtures.rating("AA.X.1", self: 3), Fixtures.rating("AA.X.2", self: 2), Fixtures.rating("BB.Y.1", self: 1)]),
        Fixtures.assess(Fixtures.person("bob"), [Fixtures.rating("AA.X.1", self: 4, lead: 2), Fixtures.rating("BB.Y.1", self: 3)]),
        Fixtures.assess(Fixtures.person("cat", role: "helper"), [Fixtures.rating("AA.X.1", lead: 2)]),
    ]

    @Test("coverage counts members who require and who meet each competency")
    func coverage() {
        let coverage = Scoring.coverage(teamID: "team", members: team)
        #expect(coverage.memberCount == 3)
        let aa1 = coverage.coverage(of: Fixtures.index("AA.X.1"))
        #expect(aa1?.requiredBy == ["ann", "bob", "cat"])
        #expect(aa1?.meeting == ["ann", "cat"])
        #expect(aa1?.isSinglePointOfFailure == false)
        #expect(coverage.singlePointsOfFailure.map(\.competency) == [Fixtures.index("AA.X.2")])
        #expect(coverage.uncovered.map(\.competency) == [Fixtures.index("BB.Y.1")])
        // AA.X.3 is required by nobody, so it has no row.
        #expect(coverage.coverage(of: Fixtures.index("AA.X.3")) == nil)
    }

    @Test("what if ann leaves: AA.X.2 loses its only holder and AA.X.1 drops to one")
    func whatIfLeaves() {
        let impact = Scoring.impactOfLeaving("ann", teamID: "team", members: team)
        #expect(impact.lost == [Fixtures.index("AA.X.2")])
        #expect(impact.newSinglePointsOfFailure == [Fixtures.index("AA.X.1")])
        #expect(impact.after.memberCount == 2)
        let harmless = Scoring.impactOfLeaving("bob", teamID: "team", members: team)
        #expect(harmless.lost.isEmpty)
        #expect(harmless.newSinglePointsOfFailure.isEmpty)
    }

    @Test("training needs: a row per person with a gap; priority = weighted gap + coverage bonus")
    func trainingNeeds() {
        // bob's AA.X.2 is unrated: by default not a need, only counted.
        let rated = Scoring.trainingNeeds(teamID: "team", assessments: team)
        #expect(rated.needCount == 3 && rated.unratedCount == 1)
        #expect(rated.groups.map { Fixtures.catalog.competencies[$0.competency].id } == ["BB.Y.1", "AA.X.1"])
        let report = Scoring.trainingNeeds(teamID: "team", assessments: team, includeUnrated: true)
        // Needs: bob AA.X.1 gap 1 w3 (2 meet: +0) = 3; bob AA.X.2 gap 2 w1 (1 meets: +1) = 3;
        // ann BB.Y.1 gap 3 w2 (nobody meets: +2) = 8; bob BB.Y.1 gap 1 w2 (+2) = 4.
        #expect(report.needCount == 4)
        #expect(report.groups.map { Fixtures.catalog.competencies[$0.competency].id } == ["BB.Y.1", "AA.X.1", "AA.X.2"])
        let first = report.groups[0]
        #expect(first.totalPriority == 12)
        #expect(first.needs.map { report.people[$0.personIndex].login } == ["ann", "bob"])
        #expect(first.needs.map(\.priority) == [8, 4])
        #expect(first.needs.map(\.coverageBonus) == [2, 2])
        #expect(report.groups[2].needs[0].coverageBonus == 1)
        // AA.X.1 (3, one person) ranks above AA.X.2 (3, one person) by catalog order.
        #expect(report.groups[1].totalPriority == 3)
        #expect(report.groups[2].totalPriority == 3)
    }

    @Test("coverage bonus is judged within each person's own team")
    func bonusPerTeam() {
        let people = [
            Fixtures.assess(Fixtures.person("ann", team: "north"), [Fixtures.rating("AA.X.1", self: 3)]),
            Fixtures.assess(Fixtures.person("bob", team: "south"), [Fixtures.rating("AA.X.1", self: 1)]),
        ]
        let report = Scoring.trainingNeeds(teamID: nil, assessments: people)
        let need = report.groups.first { $0.competency == Fixtures.index("AA.X.1") }?.needs.first
        #expect(report.people[need!.personIndex].login == "bob")
        // ann meets AA.X.1 but in another team: bob's team has nobody, so +2.
        #expect(need?.coverageBonus == 2)
    }

    @Test("calibration is the mean of self minus lead over pairs where both exist")
    func calibration() {
        let calibration = Scoring.calibration(
            teamID: "team",
            memberRatings: [
                [Fixtures.rating("AA.X.1", self: 4, lead: 2), Fixtures.rating("AA.X.2", self: 3)],
                [Fixtures.rating("AA.X.1", self: 1, lead: 2), Fixtures.rating("AA.X.3", self: 3, lead: 3)],
            ])
        #expect(calibration.pairCount == 3)
        #expect(calibration.meanSelfMinusLead == (2.0 - 1.0 + 0.0) / 3.0)
        #expect(Scoring.calibration(teamID: "none", memberRatings: [[Fixtures.rating("AA.X.1", self: 2)]]).meanSelfMinusLead == nil)
    }

    @Test("heatmap cells band by gap under each lens, and show ratings a role does not require")
    func heatmap() {
        let ratings = [
            "ann": [Fixtures.rating("AA.X.1", self: 3), Fixtures.rating("AA.X.2", self: 2), Fixtures.rating("BB.Y.1", self: 1)],
            "bob": [Fixtures.rating("AA.X.1", self: 4, lead: 2), Fixtures.rating("BB.Y.1", self: 3)],
            "cat": [Fixtures.rating("AA.X.1", lead: 2), Fixtures.rating("BB.Y.1", self: 4)],
        ]
        let map = Scoring.heatmap(team: Team(id: "team", name: "Team"), assessments: team, ratings: ratings, catalog: Fixtures.catalog, now: Fixtures.now)
        #expect(map.competencies == [Fixtures.index("AA.X.1"), Fixtures.index("AA.X.2"), Fixtures.index("BB.Y.1")])
        #expect(map.rows.map(\.person.login) == ["ann", "bob", "cat"])
        let bob = map.rows[1].cells
        #expect(bob[0].band(.selfAssessment) == .met)
        #expect(bob[0].band(.lead) == .oneShort)
        #expect(bob[0].band(.effective) == .oneShort)
        #expect(bob[1].band(.effective) == .unrated)
        #expect(bob[2].band(.effective) == .oneShort)
        #expect(map.rows[0].cells[2].band(.effective) == .threeOrMoreShort)
        let cat = map.rows[2].cells
        #expect(cat[2].band(.effective) == .notRequired)
        #expect(cat[2].level(.effective) == 4)
        #expect(cat[0].band(.selfAssessment) == .unrated)
        let filtered = map.filtered(framework: "BB", catalog: Fixtures.catalog)
        #expect(filtered.competencies == [Fixtures.index("BB.Y.1")])
        #expect(filtered.rows[1].cells.count == 1)
    }

    @Test("gap bands", arguments: [(0, GapBand.met), (1, .oneShort), (2, .twoShort), (3, .threeOrMoreShort), (4, .threeOrMoreShort)])
    func bands(gap: Int, band: GapBand) {
        #expect(GapBand(gap: gap) == band)
    }
}
