/// The development plans of the people in scope: every item with where it stands, and
/// what a lead and HR look at: uptake, overdue items and booked spend.
public struct DevelopmentPlansReport: Hashable, Sendable {
    /// One plan item and its holder.
    public struct Entry: Hashable, Sendable {
        public let person: Person
        public let item: PlanItem
        /// The catalogue price of one place, when the item is a catalogue item.
        public let cost: Int?
        public let isOverdue: Bool
    }

    public let teamID: String?
    /// Everyone in scope, with or without a plan.
    public let people: [Person]
    public let today: CalendarDay
    public let currency: String
    /// By team, login, then item number.
    public let entries: [Entry]
    /// Whether any cost summed in `bookedSpend` is indicative.
    public let hasIndicativeCosts: Bool

    public init(
        teamID: String?, people: [Person], today: CalendarDay, currency: String, entries: [Entry], hasIndicativeCosts: Bool
    ) {
        self.teamID = teamID
        self.people = people
        self.today = today
        self.currency = currency
        self.entries = entries
        self.hasIndicativeCosts = hasIndicativeCosts
    }

    /// People with at least one item that is not cancelled.
    public var peopleWithPlans: Int { Set(entries.filter { $0.item.state != .cancelled }.map(\.person.login)).count }
    /// peopleWithPlans / people, from 0 to 1.
    public var uptake: Double { people.isEmpty ? 0 : Double(peopleWithPlans) / Double(people.count) }
    public func count(_ state: PlanState) -> Int { entries.count { $0.item.state == state } }
    public var overdueCount: Int { entries.count(where: \.isOverdue) }
    /// Catalogue places booked or done: money committed.
    public var bookedSpend: Int {
        entries.filter { $0.item.state == .booked || $0.item.state == .done }.reduce(0) { $0 + ($1.cost ?? 0) }
    }
}

extension Scoring {
    /// The plans of `people` from their `items`; a place's cost is the catalogue's price
    /// per person (a plan holds one person's place, never a cohort).
    public static func developmentPlans(
        people: [Person], items: [PlanItem], learning: LearningCatalogue, teamID: String?, today: CalendarDay
    ) -> DevelopmentPlansReport {
        let byLogin = Dictionary(people.map { ($0.login, $0) }, uniquingKeysWith: { first, _ in first })
        var indicative = false
        let entries = items.compactMap { item -> DevelopmentPlansReport.Entry? in
            guard let person = byLogin[item.personLogin] else { return nil }
            let catalogueItem = item.learningItemID.flatMap(learning.item)
            if let catalogueItem, catalogueItem.cost.isIndicative, item.state == .booked || item.state == .done { indicative = true }
            return DevelopmentPlansReport.Entry(
                person: person, item: item, cost: catalogueItem?.cost.perPerson, isOverdue: item.isOverdue(today: today))
        }.sorted { left, right in
            (left.person.teamID, left.person.login, left.item.number) < (right.person.teamID, right.person.login, right.item.number)
        }
        return DevelopmentPlansReport(
            teamID: teamID, people: people, today: today, currency: learning.currency, entries: entries, hasIndicativeCosts: indicative)
    }
}
