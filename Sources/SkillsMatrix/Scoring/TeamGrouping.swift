/// People gathered by team, teams in id order: what orders every list "by team, then
/// login" without comparing a string per person.
enum TeamGrouping {
    /// The positions in `teamIDs` (one per person) grouped by team, the teams in id order
    /// and the positions within a team in the order given. One pass, then only the
    /// distinct team ids are sorted.
    static func membersByTeam(_ teamIDs: [String]) -> [[Int]] {
        var teamNumber: [String: Int32] = [:]
        var distinct: [String] = []
        let numbers = teamIDs.map { teamID in
            if let known = teamNumber[teamID] { return known }
            let number = Int32(distinct.count)
            teamNumber[teamID] = number
            distinct.append(teamID)
            return number
        }
        return membersByTeam(numbers: numbers, ids: distinct)
    }

    /// The same, for people whose teams are already numbered: `numbers` holds each
    /// person's team number, an index into `ids`, or -1 to leave them out. No string is
    /// hashed.
    static func membersByTeam(numbers: [Int32], ids: [String]) -> [[Int]] {
        var members = [[Int]](repeating: [], count: ids.count)
        for (index, number) in numbers.enumerated() where number >= 0 { members[Int(number)].append(index) }
        return ids.indices.sorted { ids[$0] < ids[$1] }.map { members[$0] }
    }
}
