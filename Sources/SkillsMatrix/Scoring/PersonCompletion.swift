import Foundation

/// One person's progress in a review cycle.
public struct PersonCompletion: Hashable, Sendable {
    public let person: Person
    /// Items with a self rating made during the cycle.
    public let done: Int
    /// Items: the requirements of their role in the cycle's frameworks.
    public let total: Int
    /// Their newest self rating of anything, if any: when they last did their part.
    public let lastActivity: Date?
    /// Competencies (catalog positions) still to rate or re-confirm, in role order (empty
    /// when the counting was asked not to keep them).
    public let pending: [Int]

    public init(person: Person, done: Int, total: Int, lastActivity: Date?, pending: [Int]) {
        self.person = person
        self.done = done
        self.total = total
        self.lastActivity = lastActivity
        self.pending = pending
    }

    public var isComplete: Bool { done >= total }

    /// done / total, 1 when the cycle asks nothing of them.
    public var fraction: Double { total == 0 ? 1 : Double(done) / Double(total) }

    /// Not complete although the open cycle's due date has passed.
    public func isOverdue(in cycle: ReviewCycle, now: Date) -> Bool { !isComplete && cycle.isPastDue(at: now) }
}
