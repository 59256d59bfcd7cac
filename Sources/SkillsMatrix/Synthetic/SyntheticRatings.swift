import Foundation

/// One generated rating event, with people and competencies by position rather than by
/// login and id, so that millions of them can be streamed into the store cheaply.
public struct SyntheticRatingEvent: Hashable, Sendable {
    /// Position in `SyntheticOrganisation.people`.
    public var person: Int
    /// Position in `Catalog.competencies`.
    public var competency: Int
    public var level: Int
    public var track: RatingTrack
    /// Position in `SyntheticOrganisation.people`: the person for a self rating, their lead for a lead rating.
    public var rater: Int
    public var note: String
    public var frameworkVersion: String
    public var ratedAt: Date
}

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

/// The rating history of one person x requirement, derived from the seed and those two
/// positions alone, so every pass over the cycles sees the same plan without storing it.
struct SyntheticRatingPlan {
    /// Newest level per track; nil when never rated on it.
    var selfLevel: Int?
    var leadLevel: Int?
    /// Review cycles (0 = oldest) of the first and the newest event per track.
    var selfCycles: ClosedRange<Int>
    var leadCycles: ClosedRange<Int>
    /// 0 or 1: how fast earlier ratings climb to the newest.
    var drift: Int
    var noteSeed: UInt64

    /// A person's general standing against their targets: -1, 0 or +1.
    static func ability(seed: UInt64, person: Int) -> Int {
        var random = SplitMix64(seed: seed, keys: 3, UInt64(person))
        return random.weightedIndex([0.25, 0.55, 0.2]) - 1
    }

    init(seed: UInt64, person: Int, position: Int, target: Int, ability: Int) {
        var random = SplitMix64(seed: seed, keys: 2, UInt64(person), UInt64(position))
        let levels = ProficiencyScale.levels
        func clamped(_ level: Int) -> Int { min(levels.upperBound, max(levels.lowerBound, level)) }
        let actual = clamped(target + ability + random.weightedIndex([0.08, 0.27, 0.5, 0.15]) - 2)
        // Self ratings run higher than leads' (the reason the tracks are kept apart).
        let selfRated = random.chance(0.9)
        let leadRated = selfRated && random.chance(0.55)
        var selfLevel = clamped(actual + random.weightedIndex([0.1, 0.6, 0.3]) - 1)
        let leadLevel = clamped(actual + random.weightedIndex([0.15, 0.75, 0.1]) - 1)
        if leadRated, random.chance(0.06) {
            selfLevel = leadLevel + 2 <= levels.upperBound ? leadLevel + 2 : leadLevel - 2
        }
        let newestCycle = SyntheticOrganisation.reviewCycles - 1
        let selfNewest = max(0, newestCycle - random.weightedIndex([0.86, 0.09, 0.05]))
        let selfCount = min(selfNewest + 1, 1 + random.weightedIndex([0.35, 0.4, 0.25]))
        let leadNewest = random.chance(0.9) ? selfNewest : max(0, selfNewest - 1)
        let leadCount = min(leadNewest + 1, 1 + random.weightedIndex([0.65, 0.35]))
        self.selfLevel = selfRated ? selfLevel : nil
        self.leadLevel = leadRated ? leadLevel : nil
        self.selfCycles = (selfNewest - selfCount + 1)...selfNewest
        self.leadCycles = (leadNewest - leadCount + 1)...leadNewest
        self.drift = random.int(in: 0...1)
        self.noteSeed = random.next()
    }

    /// The level of the event on `track` in `cycle`, or nil when there is none: the newest
    /// event holds the current level, earlier ones a level or two lower.
    func level(on track: RatingTrack, inCycle cycle: Int) -> Int? {
        let (newest, cycles) = track == .selfAssessment ? (selfLevel, selfCycles) : (leadLevel, leadCycles)
        guard let newest, cycles.contains(cycle) else { return nil }
        return max(0, newest - (cycles.upperBound - cycle + drift) / 2)
    }

    /// About one event in seven carries an evidence note.
    func note(track: Int, cycle: Int) -> String {
        let bits = SplitMix64.mix(noteSeed &+ UInt64(cycle * 2 + track))
        guard bits % 100 < 15 else { return "" }
        return SyntheticNames.notes[Int((bits >> 32) % UInt64(SyntheticNames.notes.count))]
    }
}
