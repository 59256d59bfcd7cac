/// The rating history of one person x requirement, derived from the seed and those two
/// positions alone: it depends on no other draw, so the events can be produced in any
/// order (person by person, as now) without changing a single rating.
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
        let levels = ProficiencyScale.levelRange
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
