import Foundation

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

    public init(person: Person, competency: Int, selfEvent: RatingEvent, leadRating: Rating?, target: Int?) {
        self.person = person
        self.competency = competency
        self.selfEvent = selfEvent
        self.leadRating = leadRating
        self.target = target
    }

    /// Disputed: the lead's last word and the new self rating differ by two or more.
    public var isDisputed: Bool {
        Scoring.isDisputed(self: selfRating, lead: leadRating)
    }

    public var selfRating: Rating { Rating(level: selfEvent.level, ratedAt: selfEvent.ratedAt) }

    /// Stale: the self rating is older than its framework's review interval.
    public func isStale(catalog: Catalog, now: Date) -> Bool {
        Scoring.isStale(selfRating, reviewIntervalDays: catalog.reviewIntervalDays(ofCompetency: competency), now: now)
    }
}

/// The people a lead validates, in the order the queue lists them (by name, see
/// `CollationKey`): a whole organisation's queue is read from it a page of people at a
/// time (`Workspace.validationItems(for:)`), so the first page shows at once however
/// long the queue is.
public struct ValidationScope: Sendable {
    /// One team, or nil for every team the lead leads.
    public let teamID: String?
    /// Active members of those teams, the lead left out, in listing order: all of them,
    /// or the first of them (`isComplete`).
    public let people: [Person]
    /// How many people the scope has in all.
    public let inAll: Int

    public init(teamID: String?, people: [Person], inAll: Int? = nil) {
        self.teamID = teamID
        self.people = people
        self.inAll = max(inAll ?? people.count, people.count)
    }

    /// Whether `people` is everyone, or only the first of them.
    public var isComplete: Bool { people.count == inAll }
}

/// How many self ratings wait, and how many of them are disputed.
public struct ValidationCount: Hashable, Sendable {
    public let waiting: Int
    public let disputed: Int

    public init(waiting: Int, disputed: Int) {
        self.waiting = waiting
        self.disputed = disputed
    }
}

/// The orders a validation queue can be read in.
public enum ValidationOrder: String, Hashable, Sendable, CaseIterable {
    /// Person by person, by name; each person's disputes first, then catalog order. The
    /// order a queue is read in a page at a time.
    case byPerson
    /// Every dispute first, then the rest, each by person.
    case disputesFirst
    /// Competency by competency (catalog order), then by person.
    case byCompetency
    /// The longest-waiting self ratings first.
    case oldestFirst

    public var label: String { label(in: .en) }

    /// "by person", "disputes first" in `language`.
    public func label(in language: Language) -> String {
        let words = language.messages.screen
        switch self {
        case .byPerson: return words.orderByPerson
        case .disputesFirst: return words.orderDisputesFirst
        case .byCompetency: return words.orderByCompetency
        case .oldestFirst: return words.orderOldestFirst
        }
    }
}

extension Scoring {
    /// Orders a validation queue. Names compare by `CollationKey`, computed once per person.
    /// - Complexity: O(n log n) on integer keys after one pass to rank the people.
    public static func orderValidationQueue(_ items: [ValidationItem], by order: ValidationOrder = .byPerson) -> [ValidationItem] {
        // Rank each person once: sorting half a million items by name compared strings
        // half a million times log n.
        var rankOfLogin: [String: Int] = [:]
        let people = Dictionary(items.map { ($0.person.login, $0.person) }, uniquingKeysWith: { first, _ in first })
        for (rank, person) in people.values.sortedForListing().enumerated() {
            rankOfLogin[person.login] = rank
        }
        let ranks = items.map { rankOfLogin[$0.person.login] ?? 0 }
        let indices = items.indices.sorted { left, right in
            let a = items[left]
            let b = items[right]
            switch order {
            case .byPerson:
                if ranks[left] != ranks[right] { return ranks[left] < ranks[right] }
                if a.isDisputed != b.isDisputed { return a.isDisputed }
            case .disputesFirst:
                if a.isDisputed != b.isDisputed { return a.isDisputed }
                if ranks[left] != ranks[right] { return ranks[left] < ranks[right] }
            case .byCompetency:
                if a.competency != b.competency { return a.competency < b.competency }
                if ranks[left] != ranks[right] { return ranks[left] < ranks[right] }
            case .oldestFirst:
                if a.selfEvent.ratedAt != b.selfEvent.ratedAt { return a.selfEvent.ratedAt < b.selfEvent.ratedAt }
                if ranks[left] != ranks[right] { return ranks[left] < ranks[right] }
            }
            if a.competency != b.competency { return a.competency < b.competency }
            return left < right
        }
        return indices.map { items[$0] }
    }
}
