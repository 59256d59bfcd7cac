/// How well a team covers one competency that at least one member's role requires.
public struct CompetencyCoverage: Hashable, Sendable {
    public let competency: Int
    /// Logins of members whose role requires the competency.
    public let requiredBy: [String]
    /// Logins of those members who meet their target (effective level >= target).
    public let meeting: [String]

    /// Exactly one member holds it: if they leave, nobody does.
    public var isSinglePointOfFailure: Bool { meeting.count == 1 }
    /// Required in the team, but nobody meets the target.
    public var isUncovered: Bool { meeting.isEmpty }
}

/// Coverage of every competency required in a team.
public struct TeamCoverage: Hashable, Sendable {
    public let teamID: String
    public let memberCount: Int
    /// In catalog order.
    public let competencies: [CompetencyCoverage]

    public var singlePointsOfFailure: [CompetencyCoverage] { competencies.filter(\.isSinglePointOfFailure) }
    public var uncovered: [CompetencyCoverage] { competencies.filter(\.isUncovered) }

    public func coverage(of competency: Int) -> CompetencyCoverage? {
        competencies.first { $0.competency == competency }
    }
}

/// What the team would lose if one person left.
public struct LeaverImpact: Hashable, Sendable {
    public let login: String
    public let before: TeamCoverage
    public let after: TeamCoverage
    /// Competencies somebody met before and nobody meets after.
    public let lost: [Int]
    /// Competencies two people met before and only one meets after.
    public let newSinglePointsOfFailure: [Int]
}

extension Scoring {
    /// Coverage of a team: for each competency required by any member, who requires it
    /// and who meets their own target for it. Members are `assessments`; inactive people
    /// should already be left out.
    /// - Complexity: O(total requirements + c log c) for c distinct competencies.
    public static func coverage(teamID: String, members assessments: [PersonAssessment]) -> TeamCoverage {
        var requiredBy: [Int: [String]] = [:]
        var meeting: [Int: [String]] = [:]
        for assessment in assessments {
            for requirement in assessment.requirements {
                requiredBy[requirement.competency, default: []].append(assessment.person.login)
                if requirement.meetsTarget { meeting[requirement.competency, default: []].append(assessment.person.login) }
            }
        }
        let competencies = requiredBy.keys.sorted().map { competency in
            CompetencyCoverage(
                competency: competency, requiredBy: requiredBy[competency] ?? [], meeting: meeting[competency] ?? [])
        }
        return TeamCoverage(teamID: teamID, memberCount: assessments.count, competencies: competencies)
    }

    /// Recomputes coverage without `login` and lists what would be lost.
    public static func impactOfLeaving(_ login: String, teamID: String, members assessments: [PersonAssessment]) -> LeaverImpact {
        let before = coverage(teamID: teamID, members: assessments)
        let after = coverage(teamID: teamID, members: assessments.filter { $0.person.login != login })
        var lost: [Int] = []
        var newSingles: [Int] = []
        for old in before.competencies {
            let remaining = after.coverage(of: old.competency)?.meeting.count ?? 0
            if !old.meeting.isEmpty, remaining == 0 { lost.append(old.competency) }
            if old.meeting.count >= 2, remaining == 1 { newSingles.append(old.competency) }
        }
        return LeaverImpact(login: login, before: before, after: after, lost: lost, newSinglePointsOfFailure: newSingles)
    }
}
