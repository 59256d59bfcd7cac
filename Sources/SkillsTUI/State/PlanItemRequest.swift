import SkillsMatrix

/// A development plan item as the person (or their lead) put it together in the TUI.
public struct PlanItemRequest: Hashable, Sendable {
    /// Whose plan: nil for the acting user's own.
    public var login: String?
    public var competencyID: String
    /// A learning catalogue item, or nil for one described in words.
    public var learningItemID: String?
    public var text: String
    public var targetDate: CalendarDay

    public init(login: String?, competencyID: String, learningItemID: String?, text: String, targetDate: CalendarDay) {
        self.login = login
        self.competencyID = competencyID
        self.learningItemID = learningItemID
        self.text = text
        self.targetDate = targetDate
    }
}
