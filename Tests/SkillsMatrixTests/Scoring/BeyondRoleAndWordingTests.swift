import Foundation
import Testing
@testable import SkillsMatrix

/// Training needs without unrated requirements, ratings beyond one's role, and ratings
/// made against wording that a framework upgrade has changed.
@Suite("Training needs, beyond-role ratings and reworded competencies")
struct BeyondRoleAndWordingTests {
    @Test("training needs rank rated shortfalls only; unrated ones are counted, and listed only when asked for")
    func unratedLeftOut() throws {
        let report = Scoring.trainingNeeds(teamID: "data-team", assessments: ReportFixture.assessments)
        let all = ReportFixture.trainingNeeds
        let needs = report.groups.flatMap(\.needs)
        #expect(!needs.isEmpty)
        #expect(needs.allSatisfy { !$0.isUnrated && $0.gap > 0 })
        let unrated = all.groups.flatMap(\.needs).filter(\.isUnrated)
        #expect(!unrated.isEmpty)
        #expect(report.unratedCount == unrated.count && all.unratedCount == unrated.count)
        #expect(all.needCount == report.needCount + unrated.count)
        #expect(!report.includesUnrated && all.includesUnrated)
        // The rated needs are ranked with the same priorities either way: the coverage
        // bonus counts who meets a target, which an unrated requirement never does.
        let rated = all.groups.flatMap(\.needs).filter { !$0.isUnrated }
        #expect(Set(rated.map { "\($0.personIndex) \($0.priority)" }) == Set(needs.map { "\($0.personIndex) \($0.priority)" }))
        // The organisation-wide builder follows the same rule.
        var builder = TrainingNeedsBuilder()
        for (index, assessment) in ReportFixture.assessments.enumerated() { builder.add(assessment, at: index) }
        #expect(builder.report(teamID: nil, people: ReportFixture.people).needCount == report.needCount)
    }

    @Test("a rating of a competency the role does not require is kept as beyond the role, never scored")
    func beyondRole() throws {
        // xss is a helper (requires AA.X.1 only) and rated BB.Y.1 at 2.
        let xss = try #require(ReportFixture.assessments.first { $0.person.login == "xss" })
        #expect(xss.beyondRole.map(\.competency) == [Fixtures.index("BB.Y.1")])
        #expect(xss.requirements.map(\.competency) == [Fixtures.index("AA.X.1")])
        let alone = Fixtures.assess(Fixtures.person("x", role: "helper"), [Fixtures.rating("AA.X.1", self: 2)])
        #expect(xss.readiness == alone.readiness)
    }

    @Test("coverage counts a holder beyond their role at the team's highest target, and a leaver's impact sees them")
    func coverageBeyondRole() throws {
        let analyst = Fixtures.assess(Fixtures.person("ana"), [Fixtures.rating("BB.Y.1", self: 1)])
        // A helper (AA.X.1 only) rated BB.Y.1 at 4: the analyst's target is 4.
        let helper = Fixtures.assess(Fixtures.person("hel", role: "helper"), [Fixtures.rating("AA.X.1", self: 2), Fixtures.rating("BB.Y.1", self: 4)])
        let coverage = Scoring.coverage(teamID: "team", members: [analyst, helper])
        let entry = try #require(coverage.coverage(of: Fixtures.index("BB.Y.1")))
        #expect(entry.meeting.isEmpty)
        #expect(entry.beyondRole == ["hel"])
        #expect(entry.isSinglePointOfFailure && !entry.isUncovered)
        let impact = Scoring.impactOfLeaving("hel", teamID: "team", members: [analyst, helper])
        #expect(impact.lost.contains(Fixtures.index("BB.Y.1")))
        // Below the highest target it does not count.
        let weak = Fixtures.assess(Fixtures.person("hel", role: "helper"), [Fixtures.rating("BB.Y.1", self: 3)])
        #expect(try #require(Scoring.coverage(teamID: "team", members: [analyst, weak]).coverage(of: Fixtures.index("BB.Y.1"))).isUncovered)
    }

    @Test("a rating made before a change of wording is flagged with the version it was made against, on every track")
    func outdatedWording() throws {
        let changes = [
            WordingChange(fromVersion: "1.0", toVersion: "1.1", changedAt: Fixtures.daysAgo(20)),
            WordingChange(fromVersion: "1.1", toVersion: "1.2", changedAt: Fixtures.daysAgo(8)),
        ]
        let catalog = Fixtures.catalog.with(wordingChanges: ["AA.X.1": changes])
        let index = Fixtures.index("AA.X.1")
        #expect(catalog.outdatedWording(ofCompetency: index, ratedAt: Fixtures.daysAgo(30)) == 0)
        #expect(catalog.ratedAgainstVersion(ofCompetency: index, change: 0) == "1.0")
        #expect(catalog.outdatedWording(ofCompetency: index, ratedAt: Fixtures.daysAgo(10)) == 1)
        #expect(catalog.outdatedWording(ofCompetency: index, ratedAt: Fixtures.daysAgo(1)) == nil)
        #expect(catalog.localized(.nb).wordingChanges(ofCompetency: index) == changes)
        let person = Fixtures.person("ana")
        for (rating, expected) in [
            (Fixtures.rating("AA.X.1", self: 2, selfAge: 30), "1.0"),  // self only
            (Fixtures.rating("AA.X.1", self: 3, lead: 1, selfAge: 1, leadAge: 10), "1.1"),  // the lead rating counts
        ] {
            let assessed = Scoring.assess(person, ratings: [rating], catalog: catalog, now: Fixtures.now)
            let requirement = try #require(assessed.requirements.first { $0.competency == index })
            #expect(catalog.ratedAgainstVersion(ofCompetency: index, change: requirement.outdatedWording) == expected)
            let need = try #require(Scoring.trainingNeeds(teamID: nil, assessments: [assessed]).groups.first { $0.competency == index }?.needs.first)
            #expect(need.outdatedWording == requirement.outdatedWording)
        }
        let fresh = Scoring.assess(person, ratings: [Fixtures.rating("AA.X.1", self: 1, selfAge: 1)], catalog: catalog, now: Fixtures.now)
        #expect(fresh.requirements.allSatisfy { $0.outdatedWording == nil })
    }
}
