/// The development plans of the people in scope: every item with where it stands, and
/// what a lead and HR look at: uptake, overdue items and booked spend.
public struct DevelopmentPlansReport: Hashable, Sendable {
    /// One plan item and its holder.
    public struct Entry: Hashable, Sendable {
        public let person: Person
        public let item: PlanItem
        /// The catalogue price of one place, when the item is a catalogue item.
        public let cost: Int?
        /// Whether that price is indicative rather than quoted.
        public let costIsIndicative: Bool
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
    public var bookedSpend: Int { Self.bookedSpend(entries) }

    static func bookedSpend(_ entries: some Sequence<Entry>) -> Int { booked(entries).reduce(0) { $0 + ($1.cost ?? 0) } }

    /// The entries whose place is bought: booked or done.
    static func booked(_ entries: some Sequence<Entry>) -> [Entry] { entries.filter { $0.item.state == .booked || $0.item.state == .done } }

    /// Uptake, overdue items and booked spend of each team in scope, by team id: where hr
    /// looks first, to see which teams have taken plans up and which have not.
    public var teams: [TeamSummary] {
        let entriesByTeam = Dictionary(grouping: entries, by: \.person.teamID)
        return Dictionary(grouping: people, by: \.teamID).map { teamID, members in
            let teamEntries = entriesByTeam[teamID] ?? []
            return TeamSummary(
                teamID: teamID, people: members.count,
                peopleWithPlans: Set(teamEntries.filter { $0.item.state != .cancelled }.map(\.person.login)).count,
                overdue: teamEntries.count(where: \.isOverdue), bookedSpend: Self.bookedSpend(teamEntries),
                hasIndicativeCosts: Self.booked(teamEntries).contains(where: \.costIsIndicative))
        }.sorted { $0.teamID < $1.teamID }
    }

    /// One team's line of `teams`.
    public struct TeamSummary: Hashable, Sendable {
        public let teamID: String
        public let people: Int
        public let peopleWithPlans: Int
        public let overdue: Int
        public let bookedSpend: Int
        /// Whether any cost summed in `bookedSpend` is indicative.
        public let hasIndicativeCosts: Bool
    }
}

extension Scoring {
    /// The plans of `people` from their `items`; a place's cost is the catalogue's price
    /// per person (a plan holds one person's place, never a cohort).
    public static func developmentPlans(
        people: [Person], items: [PlanItem], learning: LearningCatalogue, teamID: String?, today: CalendarDay
    ) -> DevelopmentPlansReport {
        let byLogin = Dictionary(people.map { ($0.login, $0) }, uniquingKeysWith: { first, _ in first })
        let entries = items.compactMap { item -> DevelopmentPlansReport.Entry? in
            guard let person = byLogin[item.personLogin] else { return nil }
            let catalogueItem = item.learningItemID.flatMap(learning.item)
            return DevelopmentPlansReport.Entry(
                person: person, item: item, cost: catalogueItem?.cost.perPerson, costIsIndicative: catalogueItem?.cost.isIndicative ?? false,
                isOverdue: item.isOverdue(today: today))
        }.sorted { left, right in
            (left.person.teamID, left.person.login, left.item.number) < (right.person.teamID, right.person.login, right.item.number)
        }
        return DevelopmentPlansReport(
            teamID: teamID, people: people, today: today, currency: learning.currency, entries: entries,
            hasIndicativeCosts: DevelopmentPlansReport.booked(entries).contains(where: \.costIsIndicative))
    }
}
