/// Where a development plan item stands. Items move forward only: planned -> booked ->
/// done, or they are cancelled; nothing moves back, because each move is a recorded event
/// that HR's spend and a lead's overdue list are built from.
public enum PlanState: String, CaseIterable, Hashable, Sendable, Comparable {
    case planned, booked, done, cancelled

    /// Planned or booked: still to happen, and overdue once its target date has passed.
    public var isOpen: Bool { self == .planned || self == .booked }

    /// The states this one may move to.
    public var next: [PlanState] {
        switch self {
        case .planned: return [.booked, .done, .cancelled]
        case .booked: return [.done, .cancelled]
        case .done, .cancelled: return []
        }
    }

    public func canMove(to state: PlanState) -> Bool { next.contains(state) }

    /// Every value as typed on the command line, for messages.
    public static var valueList: String { allCases.map(\.rawValue).joined(separator: ", ") }

    public static func < (lhs: PlanState, rhs: PlanState) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
