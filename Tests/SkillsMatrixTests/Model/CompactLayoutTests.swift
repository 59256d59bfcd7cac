import Testing
@testable import SkillsMatrix

/// An organisation of 100,000 people holds over a million ratings and assessed
/// requirements at once; these sizes are what keeps its training-needs report under the
/// 300 MB budget. A field added carelessly shows up here first.
@Suite("Compact value layouts")
struct CompactLayoutTests {
    @Test("ratings, assessed requirements and needs stay small")
    func sizes() {
        #expect(MemoryLayout<Rating?>.stride <= 16)
        #expect(MemoryLayout<CompetencyRating>.stride <= 32)
        #expect(MemoryLayout<RequirementAssessment>.stride <= 40)
        #expect(MemoryLayout<TrainingNeed>.stride <= 12)
    }

    @Test("the narrow storage reads back as the Int the API promises")
    func roundTrips() {
        var rating = Rating(level: 3, ratedAt: Fixtures.now)
        rating.level = 4
        #expect(rating.level == 4)
        var competencyRating = CompetencyRating(competency: 70_000, selfRating: rating)
        #expect(competencyRating.competency == 70_000)
        competencyRating.competency = 2
        let requirement = RequirementAssessment(
            competency: 2, target: 4, weight: 3, ratings: competencyRating, reviewIntervalDays: 365, now: Fixtures.now)
        #expect(requirement.competency == 2)
        #expect(requirement.target == 4)
        #expect(requirement.weight == 3)
        #expect(requirement.gap == 0)
        #expect(TrainingNeed(personIndex: 123_456, requirement: requirement, coverageBonus: 2).personIndex == 123_456)
    }
}
