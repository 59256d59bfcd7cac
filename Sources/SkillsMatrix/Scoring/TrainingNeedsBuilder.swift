/// Collects training needs person by person and ranks them (requirements rated short of
/// target; unrated ones only when asked for), holding only what ranking
/// needs: each need as 12 bytes, and per team and competency how many members meet the
/// target. A whole organisation is read person by person into it, so the assessments of
/// 100,000 people never exist at once.
///
/// Ranking: groups by total priority, then by number of people, then catalog order;
/// within a group by priority, then gap, then team and login. Coverage is judged within
/// each person's own team, over everyone added from that team.
public struct TrainingNeedsBuilder: Sendable {
    /// Needs by competency, their coverage bonus not yet known.
    private var needsByCompetency: [[TrainingNeed]] = []
    /// Dense team number of each need's person, parallel to `needsByCompetency`.
    private var teamOfNeed: [[Int32]] = []
    /// Members meeting target, by team number x competency count + competency.
    private var meeting: [UInt32] = []
    private var competencyCount = 0
    private var teamNumbers: [String: Int32] = [:]
    private var lastTeam: (id: String, number: Int32)?
    /// The team number of the person added at each position (-1: nobody).
    private var teamOfPosition: [Int32] = []
    private let includeUnrated: Bool
    private var unratedCount = 0

    /// - Parameter includeUnrated: list requirements nobody has rated as needs too; by
    ///   default they are counted (`TrainingNeedsReport.unratedCount`) but not listed.
    public init(includeUnrated: Bool = false) {
        self.includeUnrated = includeUnrated
    }

    /// Adds the person at position `personIndex` of the report's people.
    public mutating func add(_ assessment: PersonAssessment, at personIndex: Int) {
        add(assessment.requirements, teamID: assessment.person.teamID, at: personIndex)
    }

    /// Adds the scored requirements (`Scoring.score`) of the person at position
    /// `personIndex` of the report's people, a member of team `teamID`.
    public mutating func add(_ requirements: [RequirementAssessment], teamID: String, at personIndex: Int) {
        let team: Int32
        // Members of one team often come one after another: no hashing for those.
        if let lastTeam, lastTeam.id == teamID {
            team = lastTeam.number
        } else if let known = teamNumbers[teamID] {
            team = known
        } else {
            team = Int32(teamNumbers.count)
            teamNumbers[teamID] = team
            meeting.append(contentsOf: repeatElement(0, count: competencyCount))
        }
        lastTeam = (teamID, team)
        if personIndex >= teamOfPosition.count {
            teamOfPosition.append(contentsOf: repeatElement(-1, count: personIndex + 1 - teamOfPosition.count))
        }
        teamOfPosition[personIndex] = team
        for requirement in requirements {
            if requirement.competency >= competencyCount { growCompetencies(to: requirement.competency + 1) }
            if requirement.meetsTarget {
                meeting[Int(team) * competencyCount + requirement.competency] += 1
            } else if requirement.isUnrated && !includeUnrated {
                unratedCount += 1
            } else {
                if requirement.isUnrated { unratedCount += 1 }
                needsByCompetency[requirement.competency].append(
                    TrainingNeed(personIndex: personIndex, requirement: requirement, coverageBonus: 0))
                teamOfNeed[requirement.competency].append(team)
            }
        }
    }

    /// Widens the coverage table when a competency beyond those seen so far turns up.
    private mutating func growCompetencies(to count: Int) {
        var widened = [UInt32](repeating: 0, count: teamNumbers.count * count)
        for team in 0..<teamNumbers.count {
            for competency in 0..<competencyCount {
                widened[team * count + competency] = meeting[team * competencyCount + competency]
            }
        }
        meeting = widened
        needsByCompetency.append(contentsOf: repeatElement([], count: count - competencyCount))
        teamOfNeed.append(contentsOf: repeatElement([], count: count - competencyCount))
        competencyCount = count
    }

    /// The ranked report over `people`, the people added, by position.
    public func report(teamID: String?, people: [Person]) -> TrainingNeedsReport {
        report(teamID: teamID, positions: people.map(Optional.some))
    }

    /// The ranked report over the people at `positions`; nil marks a position nobody was
    /// added at (an inactive person in a scan by login), which the report leaves out.
    ///
    /// Each group is ordered by one integer key per need (priority and gap descending,
    /// then the person's rank by team id and login), so nothing compares strings per need.
    /// - Complexity: O(p log m + t log t + n log n) for p people in t teams of at most m
    ///   members and n needs.
    public func report(teamID: String?, positions: consuming [Person?]) -> TrainingNeedsReport {
        var people: [Person] = []
        people.reserveCapacity(positions.count)
        var teams: [Int32] = []
        teams.reserveCapacity(positions.count)
        var index = [Int32](repeating: -1, count: positions.count)
        for position in positions.indices {
            // Moved out, not copied: a copy of 100,000 people is half a million retains.
            guard let person = positions[position].take() else { continue }
            index[position] = Int32(people.count)
            people.append(person)
            teams.append(position < teamOfPosition.count ? teamOfPosition[position] : -1)
        }
        // Teams are numbered as people are added; a person never added (-1) has no needs
        // to rank, so is in no team here.
        var ids = [String](repeating: "", count: teamNumbers.count)
        for (id, number) in teamNumbers { ids[Int(number)] = id }
        let rank = Self.ranks(people, teams: TeamGrouping.membersByTeam(numbers: teams, ids: ids))
        // Each competency's needs are ranked on their own: on every core, in order.
        let competencies = (0..<competencyCount).filter { !needsByCompetency[$0].isEmpty }
        let peopleCount = people.count
        var groups = ParallelMap.map(competencies.count, serialBelow: 2) { [self, index] position in
            let competency = competencies[position]
            return TrainingNeedGroup(competency: competency, needs: rankedNeeds(of: competency, index: index, rank: rank, peopleCount: peopleCount))
        }
        groups.sort { left, right in
            if left.totalPriority != right.totalPriority { return left.totalPriority > right.totalPriority }
            if left.peopleCount != right.peopleCount { return left.peopleCount > right.peopleCount }
            return left.competency < right.competency
        }
        return TrainingNeedsReport(
            teamID: teamID, people: people, groups: groups, includesUnrated: includeUnrated, unratedCount: unratedCount)
    }

    /// The needs of one competency, their people at their final positions (`index`), most
    /// urgent first.
    private func rankedNeeds(of competency: Int, index: [Int32], rank: [Int32], peopleCount: Int) -> [TrainingNeed] {
        let pending = needsByCompetency[competency]
        let teams = teamOfNeed[competency]
        var keyed: [UInt64] = []
        keyed.reserveCapacity(pending.count)
        var needs: [TrainingNeed] = []
        needs.reserveCapacity(pending.count)
        var fitsKey = peopleCount < 1 << 20
        for (offset, need) in pending.enumerated() {
            let count = Int(meeting[Int(teams[offset]) * competencyCount + competency])
            let ranked = need.with(personIndex: Int(index[need.personIndex]), coverageBonus: Scoring.coverageBonus(meetingCount: count))
            needs.append(ranked)
            if ranked.priority > 255 || ranked.gap > 255 { fitsKey = false }
            // Highest priority and gap first: stored inverted; then rank, then position.
            let urgency = UInt64(255 - min(255, max(0, ranked.priority))) << 8 | UInt64(255 - min(255, ranked.gap))
            keyed.append(urgency << 40 | UInt64(rank[ranked.personIndex]) << 20 | UInt64(offset))
        }
        // 8 bits each for priority and gap, 20 each for rank and position cover every
        // organisation up to a million people; beyond that, compare tuples.
        if fitsKey, pending.count < 1 << 20 {
            keyed.sort()
            return keyed.map { needs[Int($0 & 0xF_FFFF)] }
        }
        return needs.indices.sorted { left, right in
            let (one, other) = (needs[left], needs[right])
            if one.priority != other.priority { return one.priority > other.priority }
            if one.gap != other.gap { return one.gap > other.gap }
            return (rank[one.personIndex], left) < (rank[other.personIndex], right)
        }.map { needs[$0] }
    }

    /// Each person's rank by team id, then login, then position (for duplicates).
    ///
    /// Teams are gathered and their ids sorted once; within a team, members are already
    /// in login order when `people` is (as the organisation scan and team reports give
    /// them), which one pass checks, so logins are compared only when they are not.
    /// - Parameter teams: the people's positions grouped by team, teams in id order
    ///   (`TeamGrouping`).
    static func ranks(_ people: [Person], teams: [[Int]]) -> [Int32] {
        let logins = people.map(\.login)
        let inLoginOrder = zip(logins, logins.dropFirst()).allSatisfy { $0 <= $1 }
        var rank = [Int32](repeating: 0, count: people.count)
        var next: Int32 = 0
        for team in teams {
            // Members were gathered in position order, which breaks ties between equal logins.
            let ordered = inLoginOrder ? team : team.sorted { left, right in
                if logins[left] != logins[right] { return logins[left] < logins[right] }
                return left < right
            }
            for index in ordered {
                rank[index] = next
                next += 1
            }
        }
        return rank
    }
}
