/// One person who needs training in one competency.
public struct TrainingNeed: Hashable, Sendable {
    public let requirement: RequirementAssessment
    private let storedPersonIndex: Int32
    private let storedCoverageBonus: Int8

    /// Position of the person in `TrainingNeedsReport.people`.
    public var personIndex: Int { Int(storedPersonIndex) }
    /// 2 when nobody in the person's team meets the target for this competency,
    /// 1 when exactly one member does (a single point of failure), else 0.
    public var coverageBonus: Int { Int(storedCoverageBonus) }

    public init(personIndex: Int, requirement: RequirementAssessment, coverageBonus: Int) {
        self.requirement = requirement
        self.storedPersonIndex = Int32(clamping: personIndex)
        self.storedCoverageBonus = Int8(clamping: coverageBonus)
    }

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
    ///
    /// Teams and people are ranked once, up front, so that ordering the needs (half a
    /// million of them for 100,000 staff) compares integers rather than strings, and
    /// coverage is counted team by team in one array instead of a hash per requirement.
    /// - Complexity: O(r + p log p + n log n) for r requirements assessed, p people and n needs.
    public static func trainingNeeds(teamID: String?, assessments: [PersonAssessment]) -> TrainingNeedsReport {
        let people = assessments.map(\.person)
        let ranking = PeopleRanking(people)
        let competencyCount = 1 + assessments.reduce(-1) { result, assessment in
            assessment.requirements.reduce(result) { max($0, $1.competency) }
        }
        var needsByCompetency = [[TrainingNeed]](repeating: [], count: max(0, competencyCount))
        var meetingCount = [Int](repeating: 0, count: max(0, competencyCount))
        for members in ranking.membersByTeam {
            for personIndex in members {
                for requirement in assessments[personIndex].requirements where requirement.meetsTarget {
                    meetingCount[requirement.competency] += 1
                }
            }
            for personIndex in members {
                for requirement in assessments[personIndex].requirements where requirement.gap > 0 {
                    needsByCompetency[requirement.competency].append(
                        TrainingNeed(
                            personIndex: personIndex, requirement: requirement,
                            coverageBonus: coverageBonus(meetingCount: meetingCount[requirement.competency])))
                }
            }
            for personIndex in members {
                for requirement in assessments[personIndex].requirements { meetingCount[requirement.competency] = 0 }
            }
        }
        // Needs were appended team by team and member by member, that is in rank order.
        let groups = needsByCompetency.enumerated().compactMap { competency, needs in
            needs.isEmpty ? nil : TrainingNeedGroup(competency: competency, needs: orderedByUrgency(needs))
        }
        let totals = groups.map(\.totalPriority)
        let order = groups.indices.sorted { left, right in
            if totals[left] != totals[right] { return totals[left] > totals[right] }
            if groups[left].peopleCount != groups[right].peopleCount { return groups[left].peopleCount > groups[right].peopleCount }
            return groups[left].competency < groups[right].competency
        }
        return TrainingNeedsReport(teamID: teamID, people: people, groups: order.map { groups[$0] })
    }

    /// Sorts one competency's needs by priority, then gap, both descending, keeping the
    /// given order (person rank) among equals. Priorities and gaps take few values, so a
    /// counting sort does it in one pass; out-of-the-ordinary values fall back to a sort.
    /// - Complexity: O(n + k) for n needs and k distinct (priority, gap) pairs possible.
    static func orderedByUrgency(_ needs: [TrainingNeed]) -> [TrainingNeed] {
        let maximumPriority = needs.reduce(0) { max($0, $1.priority) }
        let maximumGap = needs.reduce(0) { max($0, $1.requirement.gap) }
        let bucketCount = (maximumPriority + 1) * (maximumGap + 1)
        guard bucketCount <= 4 * needs.count + 256, needs.allSatisfy({ $0.priority >= 0 }) else {
            return needs.enumerated().sorted { left, right in
                if left.element.priority != right.element.priority { return left.element.priority > right.element.priority }
                if left.element.requirement.gap != right.element.requirement.gap {
                    return left.element.requirement.gap > right.element.requirement.gap
                }
                return left.offset < right.offset
            }.map(\.element)
        }
        // Bucket 0 is the highest priority with the largest gap.
        func bucket(_ need: TrainingNeed) -> Int {
            (maximumPriority - need.priority) * (maximumGap + 1) + (maximumGap - need.requirement.gap)
        }
        var starts = [Int](repeating: 0, count: bucketCount + 1)
        for need in needs { starts[bucket(need) + 1] += 1 }
        for index in 1..<starts.count { starts[index] += starts[index - 1] }
        var ordered = needs
        for need in needs {
            let slot = bucket(need)
            ordered[starts[slot]] = need
            starts[slot] += 1
        }
        return ordered
    }
}

/// People ordered by team id and then login (then position, for duplicates), as training
/// needs list them, with each team's members gathered.
private struct PeopleRanking {
    /// Positions of each team's members, team by team in team id order, each team by login.
    let membersByTeam: [[Int]]

    /// Gathers teams, sorts the team ids, then each team's members: logins are only ever
    /// compared within a team, so ranking 100,000 people costs little more than a pass.
    /// - Complexity: O(p log m + t log t) for p people in t teams of at most m members.
    init(_ people: [Person]) {
        var teamNumber: [String: Int] = [:]
        var teamIDs: [String] = []
        var members: [[Int]] = []
        for (index, person) in people.enumerated() {
            if let known = teamNumber[person.teamID] {
                members[known].append(index)
            } else {
                teamNumber[person.teamID] = teamIDs.count
                teamIDs.append(person.teamID)
                members.append([index])
            }
        }
        var membersByTeam: [[Int]] = []
        membersByTeam.reserveCapacity(teamIDs.count)
        for team in teamIDs.indices.sorted(by: { teamIDs[$0] < teamIDs[$1] }) {
            let ordered = members[team].sorted { left, right in
                if people[left].login != people[right].login { return people[left].login < people[right].login }
                return left < right
            }
            membersByTeam.append(ordered)
        }
        self.membersByTeam = membersByTeam
    }
}
