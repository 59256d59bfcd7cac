/// How well a team covers one competency that at least one member's role requires.
public struct CompetencyCoverage: Hashable, Sendable {
    public let competency: Int
    /// Logins of members whose role requires the competency.
    public let requiredBy: [String]
    /// Logins of those members who meet their target (effective level >= target).
    public let meeting: [String]
    /// Logins of members whose role does not require it but who are rated at or above
    /// the highest target any member's role sets for it: they could stand in.
    public let beyondRole: [String]

    public init(competency: Int, requiredBy: [String], meeting: [String], beyondRole: [String] = []) {
        self.competency = competency
        self.requiredBy = requiredBy
        self.meeting = meeting
        self.beyondRole = beyondRole
    }

    /// Everyone who holds it at the level the team needs: those meeting their target,
    /// then those holding it beyond their role.
    public var holders: [String] { meeting + beyondRole }
    /// Exactly one member holds it: if they leave, nobody does.
    public var isSinglePointOfFailure: Bool { holders.count == 1 }
    /// Required in the team, but nobody holds it at the level needed.
    public var isUncovered: Bool { holders.isEmpty }
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
    /// Coverage of a team: for each competency required by any member, who requires it,
    /// who meets their own target for it, and who holds it beyond their role at the
    /// highest target set for it in the team. Members are `assessments`; inactive people
    /// should already be left out.
    /// - Complexity: O(total requirements + c log c) for c distinct competencies.
    public static func coverage(teamID: String, members assessments: [PersonAssessment]) -> TeamCoverage {
        var requiredBy: [Int: [String]] = [:]
        var meeting: [Int: [String]] = [:]
        var highestTarget: [Int: Int] = [:]
        for assessment in assessments {
            for requirement in assessment.requirements {
                requiredBy[requirement.competency, default: []].append(assessment.person.login)
                highestTarget[requirement.competency] = max(highestTarget[requirement.competency] ?? 0, requirement.target)
                if requirement.meetsTarget { meeting[requirement.competency, default: []].append(assessment.person.login) }
            }
        }
        var beyondRole: [Int: [String]] = [:]
        for assessment in assessments {
            for rating in assessment.beyondRole {
                guard let target = highestTarget[rating.competency], let level = (rating.leadRating ?? rating.selfRating)?.level,
                    level >= target
                else { continue }
                beyondRole[rating.competency, default: []].append(assessment.person.login)
            }
        }
        let competencies = requiredBy.keys.sorted().map { competency in
            CompetencyCoverage(
                competency: competency, requiredBy: requiredBy[competency] ?? [], meeting: meeting[competency] ?? [],
                beyondRole: beyondRole[competency] ?? [])
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
            let remaining = after.coverage(of: old.competency)?.holders.count ?? 0
            if !old.holders.isEmpty, remaining == 0 { lost.append(old.competency) }
            if old.holders.count >= 2, remaining == 1 { newSingles.append(old.competency) }
        }
        return LeaverImpact(login: login, before: before, after: after, lost: lost, newSinglePointsOfFailure: newSingles)
    }
}
