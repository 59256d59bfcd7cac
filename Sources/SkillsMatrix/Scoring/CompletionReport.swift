import Foundation

/// Who has done how much of a review cycle: per person, and summed per team.
public struct CompletionReport: Hashable, Sendable {
    /// Completion of one team's members.
    public struct TeamCompletion: Hashable, Sendable {
        public let teamID: String
        public let people: Int
        public let done: Int
        public let total: Int
        /// Members not complete after the due date.
        public let overdue: Int
        public let complete: Int

        public var fraction: Double { total == 0 ? 1 : Double(done) / Double(total) }
    }

    public let cycle: ReviewCycle
    /// nil for everyone the reader may see in the cycle.
    public let teamID: String?
    /// Ordered by team id, then login.
    public let people: [PersonCompletion]
    /// The moment overdue is judged at.
    public let now: Date

    public init(cycle: ReviewCycle, teamID: String?, people: [PersonCompletion], now: Date) {
        self.cycle = cycle
        self.teamID = teamID
        self.people = people
        self.now = now
    }

    public var done: Int { people.reduce(0) { $0 + $1.done } }
    public var total: Int { people.reduce(0) { $0 + $1.total } }
    public var completeCount: Int { people.count { $0.isComplete } }
    public var overdue: [PersonCompletion] { people.filter { $0.isOverdue(in: cycle, now: now) } }

    /// One row per team, in team id order (people are already ordered by team).
    public var teams: [TeamCompletion] {
        var result: [TeamCompletion] = []
        var start = people.startIndex
        while start < people.endIndex {
            let teamID = people[start].person.teamID
            var end = start
            while end < people.endIndex, people[end].person.teamID == teamID { end += 1 }
            let members = people[start..<end]
            result.append(
                TeamCompletion(
                    teamID: teamID, people: members.count, done: members.reduce(0) { $0 + $1.done },
                    total: members.reduce(0) { $0 + $1.total }, overdue: members.count { $0.isOverdue(in: cycle, now: now) },
                    complete: members.count { $0.isComplete }))
            start = end
        }
        return result
    }

    /// Orders completions given in login order by team id, keeping login order within a
    /// team: one pass to gather each team's members, then only the team ids are sorted, so
    /// 100,000 people cost no string comparison each.
    public static func ordered(_ completionsInLoginOrder: [PersonCompletion]) -> [PersonCompletion] {
        var result: [PersonCompletion] = []
        result.reserveCapacity(completionsInLoginOrder.count)
        for team in TeamGrouping.membersByTeam(completionsInLoginOrder.map(\.person.teamID)) {
            for index in team { result.append(completionsInLoginOrder[index]) }
        }
        return result
    }
}
