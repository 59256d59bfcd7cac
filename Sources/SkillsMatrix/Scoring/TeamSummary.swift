/// A team in a list of teams: how many active members it has and how ready they are.
public struct TeamSummary: Hashable, Sendable {
    public let team: Team
    /// Active members of the team itself, not of the teams below it.
    public let members: Int
    /// The members' mean readiness; nil for a team without members.
    public let readiness: Double?

    public init(team: Team, members: Int, readiness: Double?) {
        self.team = team
        self.members = members
        self.readiness = readiness
    }
}

extension Scoring {
    /// Each team's member count and mean readiness, from its members' assessments.
    /// - Complexity: O(people + teams).
    public static func teamSummaries(_ teams: [Team], members: [(teamID: String, readiness: Double)]) -> [TeamSummary] {
        var totals: [String: (count: Int, sum: Double)] = [:]
        for member in members {
            let total = totals[member.teamID, default: (0, 0)]
            totals[member.teamID] = (total.count + 1, total.sum + member.readiness)
        }
        return teams.map { team in
            let total = totals[team.id]
            return TeamSummary(team: team, members: total?.count ?? 0, readiness: total.map { $0.sum / Double($0.count) })
        }
    }
}
