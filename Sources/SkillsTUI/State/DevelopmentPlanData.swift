import SkillsMatrix

/// What a person's development plan screen shows: their plan items, their gaps to plan
/// against, and the catalogue that builds them.
public struct DevelopmentPlanData: Hashable, Sendable {
    public var assessment: PersonAssessment
    /// Oldest first.
    public var items: [PlanItem]
    public var learning: LearningCatalogue
    /// The day target dates are judged against.
    public var today: CalendarDay
    /// Whether it is the acting user's own plan (who re-rates when an item is done).
    public var isOwn: Bool
    /// Whether the acting user may add items (the person and their leads), and move them
    /// on (those and hr).
    public var canAdd: Bool
    public var canMove: Bool

    public init(
        assessment: PersonAssessment, items: [PlanItem], learning: LearningCatalogue, today: CalendarDay, isOwn: Bool, canAdd: Bool,
        canMove: Bool
    ) {
        self.assessment = assessment
        self.items = items
        self.learning = learning
        self.today = today
        self.isOwn = isOwn
        self.canAdd = canAdd
        self.canMove = canMove
    }

    public var person: Person { assessment.person }
}
