/// A self rating waiting for a lead to look at it.
public struct ValidationItem: Hashable, Sendable {
    public let person: Person
    /// Position in `Catalog.competencies`.
    public let competency: Int
    /// The newest self rating, with its note.
    public let selfEvent: RatingEvent
    /// The lead's current rating, older than the self rating (or none).
    public let leadRating: Rating?
    /// The person's target, when their role requires the competency.
    public let target: Int?

    /// Disputed: the lead's last word and the new self rating differ by two or more.
    public var isDisputed: Bool {
        Scoring.isDisputed(self: Rating(level: selfEvent.level, ratedAt: selfEvent.ratedAt), lead: leadRating)
    }
}

extension Scoring {
    /// The order of a validation queue: disputes first, then people by name, then
    /// competencies in catalog order. (Which ratings await a lead is the store's
    /// `pendingValidations`, one query.)
    public static func orderValidationQueue(_ items: [ValidationItem]) -> [ValidationItem] {
        items.sorted { left, right in
            if left.isDisputed != right.isDisputed { return left.isDisputed }
            if left.person.name != right.person.name { return left.person.name < right.person.name }
            if left.person.login != right.person.login { return left.person.login < right.person.login }
            return left.competency < right.competency
        }
    }
}
