/// One assessed need in a training plan: the training need and the competency it is in
/// (16 bytes). A training-needs list keeps the competency once per group; a plan's groups
/// are by catalogue item, and an item may close needs in several competencies.
public struct PlannedNeed: Hashable, Sendable, RequirementLevels {
    public let need: TrainingNeed
    private let storedCompetency: Int32

    public init(_ need: TrainingNeed, competency: Int) {
        self.need = need
        self.storedCompetency = Int32(clamping: competency)
    }

    /// Position of the competency in `Catalog.competencies`.
    public var competency: Int { Int(storedCompetency) }
    /// Position of the person in `TrainingPlan.people`.
    public var personIndex: Int { need.personIndex }
    public var priority: Int { need.priority }
    public var target: Int { need.target }
    public var weight: Int { need.weight }
    public var gap: Int { need.gap }
    public var selfLevel: Int? { need.selfLevel }
    public var leadLevel: Int? { need.leadLevel }
    public var isStale: Bool { need.isStale }
    public var isDisputed: Bool { need.isDisputed }
    public var outdatedWording: Int? { need.outdatedWording }
}
