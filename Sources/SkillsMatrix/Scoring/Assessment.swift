import Foundation

/// One requirement of a person's role, scored.
///
/// - gap = max(0, target - effective), where an unrated competency counts as 0;
/// - weighted gap = gap x weight;
/// - effective = the current lead rating if there is one, else the current self rating;
/// - disputed = both tracks rated and |self - lead| >= 2;
/// - stale = the effective rating is older than the framework's review interval, or it
///   cites a certificate that has expired.
///
/// An organisation of 100,000 people has over a million of these in memory while its
/// training needs are ranked, so the small numbers are stored narrow (40 bytes in all)
/// and read back as `Int`.
public struct RequirementAssessment: Hashable, Sendable, RequirementLevels {
    public let selfRating: Rating?
    public let leadRating: Rating?
    private let storedCompetency: Int32
    private let storedTarget: Int16
    private let storedWeight: Int16
    private let storedGap: Int16
    /// Bit 0 stale, bit 1 disputed, bits 2-7 the position + 1 of the first change of
    /// wording the effective rating predates (0: none): one byte keeps the layout at 40.
    private let flags: UInt8

    public var isStale: Bool { flags & 1 != 0 }
    public var isDisputed: Bool { flags & 2 != 0 }

    /// Position in `Catalog.competencies`.
    public var competency: Int { Int(storedCompetency) }
    public var target: Int { Int(storedTarget) }
    public var weight: Int { Int(storedWeight) }
    public var gap: Int { Int(storedGap) }

    /// - Parameters:
    ///   - evidenceExpired: the effective rating cites a certificate that has
    ///     expired, which makes it stale however recent it is.
    ///   - wordingChanges: the competency's changes of wording, oldest first.
    public init(
        competency: Int, target: Int, weight: Int, ratings: CompetencyRating?, reviewIntervalDays: Int, now: Date,
        evidenceExpired: Bool = false, wordingChanges: [WordingChange] = []
    ) {
        self.storedCompetency = Int32(clamping: competency)
        self.storedTarget = Int16(clamping: target)
        self.storedWeight = Int16(clamping: weight)
        self.selfRating = ratings?.selfRating
        self.leadRating = ratings?.leadRating
        let effective = ratings?.leadRating ?? ratings?.selfRating
        self.storedGap = Int16(clamping: Scoring.gap(target: target, level: effective?.level))
        let isStale = effective.map { evidenceExpired || Scoring.isStale($0, reviewIntervalDays: reviewIntervalDays, now: now) } ?? false
        let isDisputed = Scoring.isDisputed(self: ratings?.selfRating, lead: ratings?.leadRating)
        let outdated = effective.flatMap { rating in wordingChanges.firstIndex { $0.changedAt > rating.ratedAt } }
        self.flags = (isStale ? 1 : 0) | (isDisputed ? 2 : 0) | UInt8(min(63, (outdated ?? -1) + 1)) << 2
    }

    /// When the effective rating was made against older wording: the position of the
    /// first change of wording it predates (`Catalog.ratedAgainstVersion` names the version).
    public var outdatedWording: Int? { flags >> 2 == 0 ? nil : Int(flags >> 2) - 1 }

    /// The rating that counts: lead if present, else self, else nil (unrated).
    public var effectiveRating: Rating? { leadRating ?? selfRating }
    public var selfLevel: Int? { selfRating?.level }
    public var leadLevel: Int? { leadRating?.level }
    public var effectiveTrack: RatingTrack? {
        leadRating != nil ? .lead : (selfRating != nil ? .selfAssessment : nil)
    }
    public var meetsTarget: Bool { gap == 0 }
}

/// How ready a person is for their role, requirement by requirement.
public struct PersonAssessment: Hashable, Sendable {
    public let person: Person
    /// The requirements in role order.
    public let requirements: [RequirementAssessment]
    /// Current ratings of competencies the role does not require ("beyond my role"), in
    /// catalog order: they count in coverage and in who-knows-what searches, never in
    /// readiness or gaps.
    public let beyondRole: [CompetencyRating]

    public init(person: Person, requirements: [RequirementAssessment], beyondRole: [CompetencyRating] = []) {
        self.person = person
        self.requirements = requirements
        self.beyondRole = beyondRole
    }

    /// sum(weighted gap) over the requirements.
    public var totalWeightedGap: Int { requirements.reduce(0) { $0 + $1.weightedGap } }
    /// sum(target x weight): the weighted gap of someone with no ratings at all.
    public var totalWeightedTarget: Int { requirements.reduce(0) { $0 + $1.target * $1.weight } }

    /// readiness = 1 - sum(weighted gap) / sum(target x weight), from 0 (nothing) to 1 (every target met).
    /// A role with no requirements is fully ready.
    public var readiness: Double {
        let total = totalWeightedTarget
        guard total > 0 else { return 1 }
        return 1 - Double(totalWeightedGap) / Double(total)
    }

    public var staleCount: Int { requirements.count { $0.isStale } }
    public var disputedCount: Int { requirements.count { $0.isDisputed } }
    public var unratedCount: Int { requirements.count { $0.selfRating == nil && $0.leadRating == nil } }
    public var selfRatedCount: Int { requirements.count { $0.selfRating != nil } }

    /// The requirements ordered for a gap report: largest weighted gap first, then the
    /// role's own order (stable), so the most urgent work reads first.
    public var byWeightedGap: [RequirementAssessment] {
        requirements.enumerated()
            .sorted { ($0.element.weightedGap, -$0.offset) > ($1.element.weightedGap, -$1.offset) }
            .map(\.element)
    }
}

/// The scoring formulas, as pure functions. Nothing here reads a clock or a database.
public enum Scoring {
    /// gap = max(0, target - level), with an unrated competency (nil) counting as level 0.
    public static func gap(target: Int, level: Int?) -> Int { max(0, target - (level ?? 0)) }

    /// A rating is stale once it is older than `reviewIntervalDays` whole days.
    public static func isStale(_ rating: Rating, reviewIntervalDays: Int, now: Date) -> Bool {
        now.timeIntervalSince(rating.ratedAt) > Double(reviewIntervalDays) * 86_400
    }

    /// Disputed: both tracks rated and they differ by `disputeThreshold` levels or more.
    public static func isDisputed(self selfRating: Rating?, lead leadRating: Rating?) -> Bool {
        guard let selfRating, let leadRating else { return false }
        return abs(selfRating.level - leadRating.level) >= disputeThreshold
    }

    /// How far apart self and lead ratings are when they are disputed (the store counts
    /// disputes in SQL with the same number).
    public static let disputeThreshold = 2

    /// Scores `person` against their role.
    /// - Parameters:
    ///   - ratings: the person's current ratings, in any order; those of competencies
    ///     their role does not require are kept apart, as `beyondRole`.
    ///   - now: the moment against which staleness is judged.
    ///   - expiredEvidence: the person's current ratings that cite an expired certificate.
    /// - Complexity: O(r x q) for r ratings and q requirements: both are a dozen or two
    ///   per person, where a linear search beats building a dictionary.
    public static func assess(
        _ person: Person, ratings: [CompetencyRating], catalog: Catalog, now: Date, expiredEvidence: [ExpiredEvidence] = []
    ) -> PersonAssessment {
        let requirements = catalog.requirements(ofRole: person.roleID)
        var assessed: [RequirementAssessment] = []
        score(requirements, ratings: ratings, catalog: catalog, now: now, expiredEvidence: expiredEvidence, into: &assessed)
        var beyondRole: [CompetencyRating] = []
        for rating in ratings where rating.selfRating != nil || rating.leadRating != nil {
            if !requirements.contains(where: { $0.competency == rating.competency }) { beyondRole.append(rating) }
        }
        if beyondRole.count > 1 { beyondRole.sort { $0.competency < $1.competency } }
        return PersonAssessment(person: person, requirements: assessed, beyondRole: beyondRole)
    }

    /// Scores a role's `requirements` against a person's current `ratings` (in any
    /// order), replacing what `scored` held: the rules of `assess` without building a
    /// `PersonAssessment`, so that a scan of a whole organisation can reuse one buffer.
    /// - Complexity: O(r x q) for r ratings and q requirements.
    public static func score(
        _ requirements: [Catalog.ResolvedRequirement], ratings: [CompetencyRating], catalog: Catalog, now: Date,
        expiredEvidence: [ExpiredEvidence] = [], into scored: inout [RequirementAssessment]
    ) {
        scored.removeAll(keepingCapacity: true)
        scored.reserveCapacity(requirements.count)
        for requirement in requirements {
            let rating = ratings.first { $0.competency == requirement.competency }
            let effectiveTrack: RatingTrack = rating?.leadRating != nil ? .lead : .selfAssessment
            let evidenceExpired = !expiredEvidence.isEmpty
                && expiredEvidence.contains { $0.competency == requirement.competency && $0.track == effectiveTrack }
            scored.append(
                RequirementAssessment(
                    competency: requirement.competency, target: requirement.target, weight: requirement.weight,
                    ratings: rating,
                    reviewIntervalDays: catalog.reviewIntervalDays(ofCompetency: requirement.competency),
                    now: now, evidenceExpired: evidenceExpired,
                    wordingChanges: catalog.wordingChanges(ofCompetency: requirement.competency)))
        }
    }
}
