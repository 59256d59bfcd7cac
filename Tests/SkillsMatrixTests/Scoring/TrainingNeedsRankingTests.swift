import Foundation
import Testing
@testable import SkillsMatrix

/// `Scoring.trainingNeeds` ranks with integers and counting sorts for speed; these tests
/// hold it to the plain definition (hash by team and competency, sort by comparing team
/// ids and logins), written out here as the reference, on many random organisations.
@Suite("Training needs ranking matches its definition")
struct TrainingNeedsRankingTests {
    /// The ranking as documented, computed the obvious way (the engine's first version).
    /// - Parameter includeUnrated: whether an unrated requirement is a need too (by
    ///   default only requirements rated short of target are).
    static func reference(_ assessments: [PersonAssessment], includeUnrated: Bool = false) -> [[(login: String, team: String, priority: Int, gap: Int)]] {
        struct Key: Hashable {
            var team: String
            var competency: Int
        }
        var meeting: [Key: Int] = [:]
        for assessment in assessments {
            for requirement in assessment.requirements where requirement.meetsTarget {
                meeting[Key(team: assessment.person.teamID, competency: requirement.competency), default: 0] += 1
            }
        }
        var byCompetency: [Int: [(index: Int, person: Person, priority: Int, gap: Int)]] = [:]
        for (index, assessment) in assessments.enumerated() {
            for requirement in assessment.requirements where requirement.gap > 0 && (includeUnrated || !requirement.isUnrated) {
                let bonus = Scoring.coverageBonus(
                    meetingCount: meeting[Key(team: assessment.person.teamID, competency: requirement.competency)] ?? 0)
                byCompetency[requirement.competency, default: []].append(
                    (index, assessment.person, requirement.weightedGap + bonus, requirement.gap))
            }
        }
        let groups = byCompetency.map { competency, needs in
            (
                competency: competency,
                needs: needs.sorted { left, right in
                    if left.priority != right.priority { return left.priority > right.priority }
                    if left.gap != right.gap { return left.gap > right.gap }
                    if left.person.teamID != right.person.teamID { return left.person.teamID < right.person.teamID }
                    if left.person.login != right.person.login { return left.person.login < right.person.login }
                    return left.index < right.index
                }
            )
        }.sorted { left, right in
            let leftTotal = left.needs.reduce(0) { $0 + $1.priority }
            let rightTotal = right.needs.reduce(0) { $0 + $1.priority }
            if leftTotal != rightTotal { return leftTotal > rightTotal }
            if left.needs.count != right.needs.count { return left.needs.count > right.needs.count }
            return left.competency < right.competency
        }
        return groups.map { group in group.needs.map { ($0.person.login, $0.person.teamID, $0.priority, $0.gap) } }
    }

    static func actual(_ assessments: [PersonAssessment], includeUnrated: Bool = false) -> [[(login: String, team: String, priority: Int, gap: Int)]] {
        let report = Scoring.trainingNeeds(teamID: nil, assessments: assessments, includeUnrated: includeUnrated)
        return report.groups.map { group in
            group.needs.map { need in
                let person = report.people[need.personIndex]
                return (person.login, person.teamID, need.priority, need.gap)
            }
        }
    }

    static func same(_ left: [[(login: String, team: String, priority: Int, gap: Int)]], _ right: [[(login: String, team: String, priority: Int, gap: Int)]]) -> Bool {
        left.count == right.count
            && zip(left, right).allSatisfy { leftGroup, rightGroup in
                leftGroup.count == rightGroup.count
                    && zip(leftGroup, rightGroup).allSatisfy {
                        $0.login == $1.login && $0.team == $1.team && $0.priority == $1.priority && $0.gap == $1.gap
                    }
            }
    }

    /// A random organisation on the fixture catalog: teams interleaved, logins out of
    /// order and sometimes repeated, ratings anywhere from none to above target.
    static func randomAssessments(seed: UInt64, people: Int) -> [PersonAssessment] {
        var random = SplitMix64(seed: seed)
        let competencies = ["AA.X.1", "AA.X.2", "AA.X.3", "BB.Y.1"]
        return (0..<people).map { _ in
            let login = "p\(random.int(in: 0...(people * 3 / 4)))"
            let person = Fixtures.person(login, team: "team-\(random.int(in: 0...5))", role: random.chance(0.7) ? "analyst" : "helper")
            let ratings = competencies.compactMap { id -> CompetencyRating? in
                guard random.chance(0.8) else { return nil }
                return Fixtures.rating(
                    id, self: random.chance(0.9) ? random.int(in: 0...4) : nil, lead: random.chance(0.5) ? random.int(in: 0...4) : nil)
            }
            return Fixtures.assess(person, ratings)
        }
    }

    @Test("random organisations rank exactly as the definition says", arguments: 0..<40)
    func randomOrganisations(seed: Int) {
        let assessments = Self.randomAssessments(seed: UInt64(seed), people: 5 + seed * 7)
        #expect(Self.same(Self.actual(assessments), Self.reference(assessments)))
        #expect(Self.same(Self.actual(assessments, includeUnrated: true), Self.reference(assessments, includeUnrated: true)))
    }

    @Test("priorities beyond the usual range take the general sort and rank the same")
    func largeWeights() {
        let heavy = Catalog(
            frameworks: Fixtures.catalog.frameworks,
            roles: [
                RoleProfile(
                    id: "analyst", name: "Heavy", description: "",
                    requirements: [
                        Requirement(competencyID: "AA.X.1", target: 4, weight: 900),
                        Requirement(competencyID: "AA.X.2", target: 3, weight: 1),
                    ])
            ])
        var random = SplitMix64(seed: 99)
        let assessments = (0..<60).map { number in
            Scoring.assess(
                Fixtures.person("h\(number % 45)", team: "team-\(number % 4)"),
                ratings: [
                    CompetencyRating(
                        competency: Fixtures.index("AA.X.1"), selfRating: Rating(level: random.int(in: 0...4), ratedAt: Fixtures.now))
                ], catalog: heavy, now: Fixtures.now)
        }
        #expect(Self.same(Self.actual(assessments), Self.reference(assessments)))
    }
}
