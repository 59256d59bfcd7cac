/// One person who needs training in one competency.
public struct TrainingNeed: Hashable, Sendable {
    /// Position of the person in `TrainingNeedsReport.people`.
    public let personIndex: Int
    public let requirement: RequirementAssessment
    /// 2 when nobody in the person's team meets the target for this competency,
    /// 1 when exactly one member does (a single point of failure), else 0.
    public let coverageBonus: Int

    /// priority = weighted gap + coverage bonus.
    public var priority: Int { requirement.weightedGap + coverageBonus }
}

/// Everyone who needs one competency, most urgent first.
public struct TrainingNeedGroup: Hashable, Sendable {
    public let competency: Int
    public let needs: [TrainingNeed]
    public var totalPriority: Int { needs.reduce(0) { $0 + $1.priority } }
    public var peopleCount: Int { needs.count }
}

/// A ranked training-needs list for a team or the whole organisation.
public struct TrainingNeedsReport: Hashable, Sendable {
    /// nil for the whole organisation.
    public let teamID: String?
    /// Everyone in scope, including those with no needs.
    public let people: [Person]
    /// Ranked: the largest total priority first.
    public let groups: [TrainingNeedGroup]

    public var needCount: Int { groups.reduce(0) { $0 + $1.needs.count } }
}

extension Scoring {
    /// The coverage bonus for a competency that `meetingCount` team members meet.
    public static func coverageBonus(meetingCount: Int) -> Int {
        switch meetingCount {
        case 0: return 2
        case 1: return 1
        default: return 0
        }
    }

    /// Builds the training-needs list: one row per (competency, person with gap > 0),
    /// grouped by competency.
    ///
    /// Ranking: groups by total priority, then by number of people, then catalog order;
    /// within a group by priority, then gap, then team and login. Coverage is judged
    /// within each person's own team, over everyone in `assessments` from that team.
    /// - Complexity: O(n log n) in the number of requirements assessed.
    public static func trainingNeeds(teamID: String?, assessments: [PersonAssessment]) -> TrainingNeedsReport {
        struct TeamCompetency: Hashable {
            var team: String
            var competency: Int
        }
        var meetingCount: [TeamCompetency: Int] = [:]
        for assessment in assessments {
            for requirement in assessment.requirements where requirement.meetsTarget {
                meetingCount[TeamCompetency(team: assessment.person.teamID, competency: requirement.competency), default: 0] += 1
            }
        }
        var needsByCompetency: [Int: [TrainingNeed]] = [:]
        for (personIndex, assessment) in assessments.enumerated() {
            for requirement in assessment.requirements where requirement.gap > 0 {
                let key = TeamCompetency(team: assessment.person.teamID, competency: requirement.competency)
                needsByCompetency[requirement.competency, default: []].append(
                    TrainingNeed(
                        personIndex: personIndex, requirement: requirement,
                        coverageBonus: coverageBonus(meetingCount: meetingCount[key] ?? 0)))
            }
        }
        let people = assessments.map(\.person)
        let groups = needsByCompetency.map { competency, needs in
            TrainingNeedGroup(
                competency: competency,
                needs: needs.sorted { left, right in
                    if left.priority != right.priority { return left.priority > right.priority }
                    if left.requirement.gap != right.requirement.gap { return left.requirement.gap > right.requirement.gap }
                    let leftPerson = people[left.personIndex]
                    let rightPerson = people[right.personIndex]
                    if leftPerson.teamID != rightPerson.teamID { return leftPerson.teamID < rightPerson.teamID }
                    return leftPerson.login < rightPerson.login
                })
        }
        .sorted { left, right in
            let leftTotal = left.totalPriority
            let rightTotal = right.totalPriority
            if leftTotal != rightTotal { return leftTotal > rightTotal }
            if left.peopleCount != right.peopleCount { return left.peopleCount > right.peopleCount }
            return left.competency < right.competency
        }
        return TrainingNeedsReport(teamID: teamID, people: people, groups: groups)
    }
}
