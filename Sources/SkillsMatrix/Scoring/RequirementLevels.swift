/// The numbers every report prints for one requirement of one person: what an assessed
/// requirement and a training need (which keeps only these, compactly) have in common,
/// so that both are printed by the same code.
public protocol RequirementLevels {
    var target: Int { get }
    var weight: Int { get }
    var gap: Int { get }
    var selfLevel: Int? { get }
    var leadLevel: Int? { get }
    var isStale: Bool { get }
    var isDisputed: Bool { get }
    /// The first change of wording the effective rating predates, if any.
    var outdatedWording: Int? { get }
}

extension RequirementLevels {
    /// Types that keep no rating dates (a planned need) know of no change of wording.
    public var outdatedWording: Int? { nil }
    /// The level that counts: lead if rated, else self, else nil (unrated).
    public var effectiveLevel: Int? { leadLevel ?? selfLevel }
    public var isUnrated: Bool { selfLevel == nil && leadLevel == nil }
    public var weightedGap: Int { gap * weight }
}
