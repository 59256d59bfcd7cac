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
    /// The validation queue: each current self rating with no newer lead rating.
    /// Disputes come first, then people by name, then competencies in catalog order.
    /// - Parameters:
    ///   - people: the members whose ratings the lead may validate.
    ///   - currentEvents: the newest self and lead events of those members.
    public static func validationQueue(people: [Person], currentEvents: [RatingEvent], catalog: Catalog) -> [ValidationItem] {
        let peopleByLogin = Dictionary(people.map { ($0.login, $0) }, uniquingKeysWith: { first, _ in first })
        struct Key: Hashable {
            var login: String
            var competency: String
        }
        var leads: [Key: RatingEvent] = [:]
        for event in currentEvents where event.track == .lead {
            leads[Key(login: event.personLogin, competency: event.competencyID)] = event
        }
        var items: [ValidationItem] = []
        for event in currentEvents where event.track == .selfAssessment {
            guard let person = peopleByLogin[event.personLogin], let competency = catalog.competencyIndex(of: event.competencyID)
            else { continue }
            let lead = leads[Key(login: event.personLogin, competency: event.competencyID)]
            if let lead, lead.ratedAt >= event.ratedAt { continue }
            items.append(
                ValidationItem(
                    person: person, competency: competency, selfEvent: event,
                    leadRating: lead.map { Rating(level: $0.level, ratedAt: $0.ratedAt) },
                    target: catalog.requirements(ofRole: person.roleID).first { $0.competency == competency }?.target))
        }
        return items.sorted { left, right in
            if left.isDisputed != right.isDisputed { return left.isDisputed }
            if left.person.name != right.person.name { return left.person.name < right.person.name }
            if left.person.login != right.person.login { return left.person.login < right.person.login }
            return left.competency < right.competency
        }
    }
}
