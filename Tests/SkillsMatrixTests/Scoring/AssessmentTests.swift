import Foundation
import Testing
@testable import SkillsMatrix

@Suite("Gap, readiness, stale and disputed")
struct AssessmentTests {
    @Test("gap and weighted gap; unrated counts as 0 and is marked unrated")
    func gapsAndUnrated() {
        // analyst: AA.X.1 target 3 w3, AA.X.2 target 2 w1, BB.Y.1 target 4 w2
        let assessment = Fixtures.assess(Fixtures.person("ann"), [Fixtures.rating("AA.X.1", self: 1)])
        let byID = Dictionary(uniqueKeysWithValues: assessment.requirements.map { (Fixtures.catalog.competencies[$0.competency].id, $0) })
        #expect(byID["AA.X.1"]?.gap == 2)
        #expect(byID["AA.X.1"]?.weightedGap == 6)
        #expect(byID["AA.X.2"]?.gap == 2)
        #expect(byID["AA.X.2"]?.isUnrated == true)
        #expect(byID["AA.X.2"]?.effectiveLevel == nil)
        #expect(byID["BB.Y.1"]?.weightedGap == 8)
        #expect(assessment.unratedCount == 2)
        // readiness = 1 - (6 + 2 + 8) / (9 + 2 + 8) = 1 - 16/19
        #expect(abs(assessment.readiness - (1 - 16.0 / 19.0)) < 1e-12)
        #expect(assessment.totalWeightedGap == 16)
        #expect(assessment.totalWeightedTarget == 19)
    }

    @Test("the lead rating overrides the self rating; the two are never averaged")
    func leadOverridesSelf() {
        let assessment = Fixtures.assess(Fixtures.person("ann"), [Fixtures.rating("AA.X.1", self: 4, lead: 2)])
        let requirement = assessment.requirements[0]
        #expect(requirement.effectiveLevel == 2)
        #expect(requirement.effectiveTrack == .lead)
        #expect(requirement.gap == 1)
        #expect(requirement.selfRating?.level == 4)
    }

    @Test("exceeding the target gives gap 0, never a negative gap")
    func aboveTarget() {
        let assessment = Fixtures.assess(Fixtures.person("ann"), [Fixtures.rating("AA.X.2", self: 4)])
        #expect(assessment.requirements[1].gap == 0)
        #expect(assessment.requirements[1].meetsTarget)
    }

    @Test("readiness is 1 when every target is met and 0 with no ratings")
    func readinessBounds() {
        let full = Fixtures.assess(
            Fixtures.person("ann"),
            [Fixtures.rating("AA.X.1", self: 3), Fixtures.rating("AA.X.2", self: 2), Fixtures.rating("BB.Y.1", lead: 4)])
        #expect(full.readiness == 1)
        #expect(Fixtures.assess(Fixtures.person("bob"), []).readiness == 0)
    }

    @Test("weights change readiness: a critical gap costs three times a useful one")
    func weights() {
        let missingCritical = Fixtures.assess(
            Fixtures.person("ann"), [Fixtures.rating("AA.X.1", self: 2), Fixtures.rating("AA.X.2", self: 2), Fixtures.rating("BB.Y.1", self: 4)])
        let missingUseful = Fixtures.assess(
            Fixtures.person("ann"), [Fixtures.rating("AA.X.1", self: 3), Fixtures.rating("AA.X.2", self: 1), Fixtures.rating("BB.Y.1", self: 4)])
        #expect(missingCritical.totalWeightedGap == 3)
        #expect(missingUseful.totalWeightedGap == 1)
        #expect(abs(missingCritical.readiness - (1 - 3.0 / 19.0)) < 1e-12)
        #expect(abs(missingUseful.readiness - (1 - 1.0 / 19.0)) < 1e-12)
    }

    @Test("stale: the effective rating is older than the framework's review interval")
    func stale() {
        // AA reviews every 365 days, BB every 730.
        let assessment = Fixtures.assess(
            Fixtures.person("ann"),
            [
                Fixtures.rating("AA.X.1", self: 3, selfAge: 366),
                Fixtures.rating("AA.X.2", self: 2, selfAge: 364),
                Fixtures.rating("BB.Y.1", self: 4, selfAge: 700),
            ])
        #expect(assessment.requirements.map(\.isStale) == [true, false, false])
        #expect(assessment.staleCount == 1)
    }

    @Test("staleness follows the effective rating: an old lead rating is stale even after a fresh self rating")
    func staleFollowsLead() {
        let assessment = Fixtures.assess(
            Fixtures.person("ann"), [Fixtures.rating("AA.X.1", self: 3, lead: 2, selfAge: 1, leadAge: 400)])
        #expect(assessment.requirements[0].isStale)
    }

    @Test("disputed when self and lead differ by two or more", arguments: [
        (4, 2, true), (2, 4, true), (3, 2, false), (0, 4, true), (1, 1, false),
    ])
    func disputed(selfLevel: Int, leadLevel: Int, expected: Bool) {
        let assessment = Fixtures.assess(Fixtures.person("ann"), [Fixtures.rating("AA.X.1", self: selfLevel, lead: leadLevel)])
        #expect(assessment.requirements[0].isDisputed == expected)
    }

    @Test("one track alone is never disputed")
    func singleTrackNotDisputed() {
        #expect(!Scoring.isDisputed(self: Rating(level: 4, ratedAt: Fixtures.now), lead: nil))
        #expect(!Scoring.isDisputed(self: nil, lead: Rating(level: 0, ratedAt: Fixtures.now)))
    }

    @Test("a gap report sorts by weighted gap, largest first, keeping role order on ties")
    func sortOrder() {
        let assessment = Fixtures.assess(Fixtures.person("ann"), [Fixtures.rating("AA.X.1", self: 2), Fixtures.rating("BB.Y.1", self: 3)])
        // weighted gaps: AA.X.1 3, AA.X.2 2 (unrated), BB.Y.1 2
        #expect(assessment.byWeightedGap.map { Fixtures.catalog.competencies[$0.competency].id } == ["AA.X.1", "AA.X.2", "BB.Y.1"])
    }

    @Test("ratings of competencies the role does not require are ignored by the assessment")
    func unrelatedRatingsIgnored() {
        let assessment = Fixtures.assess(Fixtures.person("ann"), [Fixtures.rating("AA.X.3", self: 4)])
        #expect(assessment.requirements.count == 3)
        #expect(assessment.readiness == 0)
    }
}
