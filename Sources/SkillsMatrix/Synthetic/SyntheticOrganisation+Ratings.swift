import Foundation

extension SyntheticOrganisation {
    /// Yearly review cycles of history; the newest is the one that ended a month ago.
    static let reviewCycles = 4
    static let cycleDays = 365
    /// The newest cycle's self-assessment window opens this many days before `asOf`; its
    /// lead window follows, and ends 30 days before `asOf`.
    static let newestCycleStartDaysAgo = 150
    static let windowDays = 60

    /// Calls `body` with every rating event, person by person in `people` order, and each
    /// person's history oldest first: cycle by cycle, the self-assessment window and then
    /// the lead window. So every person x competency x track history reaches the store in
    /// time order, as the current-rating triggers expect, and each person's rows land
    /// together, which keeps the table's index and `current_ratings` appending at their
    /// ends instead of reaching back across the whole database on every review cycle.
    ///
    /// Per requirement of a person's role, about 90% are self-rated and about half also
    /// rated by a lead (who leads has nobody above, so the head of the organisation has no
    /// lead ratings); about 14% of newest self ratings come from an older cycle (and so
    /// may be stale), about 6% of pairs are disputed, and a rating has 1 to 3 events.
    /// - Complexity: O(people x requirements x cycles); only one person's plans are held.
    public func forEachRatingEvent(_ body: (SyntheticRatingEvent) throws -> Void) rethrows {
        let day: Int64 = 86_400
        let windowSeconds = Int64(Self.windowDays) * day
        let slots = Int64(maximumRequirements)
        let staff = Int64(people.count)
        let newestStart = Int64(asOf.timeIntervalSince1970) - Int64(Self.newestCycleStartDaysAgo) * day
        var plans: [SyntheticRatingPlan] = []
        for person in people.indices {
            let ability = SyntheticRatingPlan.ability(seed: options.seed, person: person)
            let requirements = requirementsOfPerson[person]
            plans.removeAll(keepingCapacity: true)
            for (position, requirement) in requirements.enumerated() {
                plans.append(
                    SyntheticRatingPlan(seed: options.seed, person: person, position: position, target: requirement.target, ability: ability))
            }
            for cycle in 0..<Self.reviewCycles {
                let cycleStart = newestStart - Int64((Self.reviewCycles - 1 - cycle) * Self.cycleDays) * day
                for (trackIndex, track) in RatingTrack.allCases.enumerated() {
                    let rater = track == .selfAssessment ? person : Int(leadRaterOfPerson[person])
                    guard rater >= 0 else { continue }
                    let windowStart = cycleStart + Int64(trackIndex) * windowSeconds
                    for (position, requirement) in requirements.enumerated() {
                        guard let level = plans[position].level(on: track, inCycle: cycle) else { continue }
                        // Each person has a slot in the window, in order, and each requirement a moment in it.
                        let offset = ((Int64(person) * slots + Int64(position)) * windowSeconds) / (staff * slots)
                        try body(
                            SyntheticRatingEvent(
                                person: person, competency: requirement.competency, level: level, track: track, rater: rater,
                                note: plans[position].note(track: trackIndex, cycle: cycle),
                                frameworkVersion: frameworkVersionOfCompetency[requirement.competency],
                                ratedAt: Date(timeIntervalSince1970: TimeInterval(windowStart + offset))))
                    }
                }
            }
        }
    }

    /// The most requirements any role has: the number of time slots each person gets.
    var maximumRequirements: Int { max(1, requirementsOfPerson.lazy.map(\.count).max() ?? 1) }
}
