import Foundation

/// One recorded change of a plan item: it was made (planned), booked, done or
/// cancelled, perhaps with a new target date. Events are append-only.
public struct PlanEvent: Hashable, Sendable {
    public var state: PlanState
    /// A new target date given with the change; nil keeps the one before.
    public var targetDate: CalendarDay?
    public var note: String
    /// The login whose rights made the change.
    public var actor: String
    public var at: Date

    public init(state: PlanState, targetDate: CalendarDay?, note: String, actor: String, at: Date) {
        self.state = state
        self.targetDate = targetDate
        self.note = note
        self.actor = actor
        self.at = at
    }
}
