/// People gathered by team, teams in id order: what orders every list "by team, then
/// login" without comparing a string per person.
enum TeamGrouping {
    /// The positions in `teamIDs` (one per person) grouped by team, the teams in id order
    /// and the positions within a team in the order given. One pass, then only the
    /// distinct team ids are sorted.
    static func membersByTeam(_ teamIDs: [String]) -> [[Int]] {
        var teamNumber: [String: Int] = [:]
        var distinct: [String] = []
        var members: [[Int]] = []
        for (index, teamID) in teamIDs.enumerated() {
            if let known = teamNumber[teamID] {
                members[known].append(index)
            } else {
                teamNumber[teamID] = distinct.count
                distinct.append(teamID)
                members.append([index])
            }
        }
        return distinct.indices.sorted { distinct[$0] < distinct[$1] }.map { members[$0] }
    }
}
