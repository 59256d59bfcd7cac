import Foundation

/// How one review cycle counts: who is in it and which of their requirements are its
/// items, worked out once so that 100,000 people are counted with array look-ups.
public struct CycleRules: Sendable {
    public let cycle: ReviewCycle
    /// For each competency (by catalog position), whether its framework is in the cycle.
    private let competencyInScope: [Bool]
    /// Team ids in scope (chosen teams and every team below them); nil for everyone.
    private let teamsInScope: Set<String>?

    public init(cycle: ReviewCycle, catalog: Catalog, teams: TeamTree) {
        self.cycle = cycle
        let frameworks = Set(cycle.frameworkIDs)
        self.competencyInScope = catalog.frameworkIndexOfCompetency.map { frameworks.contains(catalog.frameworks[$0].id) }
        self.teamsInScope = cycle.coversOrganisation ? nil : Set(cycle.teamIDs.flatMap { teams.subtree(of: $0) })
    }

    /// Whether `person` is assessed in the cycle: active and in a team in scope.
    public func includes(_ person: Person) -> Bool {
        person.isActive && (teamsInScope?.contains(person.teamID) ?? true)
    }

    /// Whether the cycle's frameworks hold the competency at catalog position `competency`.
    public func covers(competency: Int) -> Bool {
        competency >= 0 && competency < competencyInScope.count && competencyInScope[competency]
    }

    /// Whether a self rating counts for the cycle: made after it opened and, once it is
    /// closed, before it closed. While it is open there is no upper bound: a workspace's
    /// `now` is when it was opened, and a rating a TUI session records after that moment
    /// is made during the cycle all the same.
    public func counts(_ rating: Rating?) -> Bool {
        guard let rating, rating.ratedAt >= cycle.opensAt else { return false }
        return cycle.closedAt.map { rating.ratedAt <= $0 } ?? true
    }

    /// The person's progress: their role's requirements in the cycle's frameworks, and
    /// which of them have a self rating made during the cycle.
    /// - Parameter keepingPending: list the items still to do (a report of 100,000 people
    ///   needs only the counts).
    /// - Complexity: O(q x r) for q requirements and r ratings, a dozen or two each.
    public func completion(
        of person: Person, ratings: [CompetencyRating], catalog: Catalog, now: Date, keepingPending: Bool = true
    ) -> PersonCompletion {
        var done = 0
        var total = 0
        var pending: [Int] = []
        for requirement in catalog.requirements(ofRole: person.roleID) where covers(competency: requirement.competency) {
            total += 1
            let rating = ratings.first { $0.competency == requirement.competency }
            if counts(rating?.selfRating) {
                done += 1
            } else if keepingPending {
                pending.append(requirement.competency)
            }
        }
        var lastActivity: Date?
        for rating in ratings {
            if let rated = rating.selfRating?.ratedAt, lastActivity.map({ rated > $0 }) ?? true { lastActivity = rated }
        }
        return PersonCompletion(person: person, done: done, total: total, lastActivity: lastActivity, pending: pending)
    }
}
