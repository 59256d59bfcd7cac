extension Workspace {
    // MARK: - Validation

    /// The people whose self ratings wait for the acting lead, in the teams they lead (or
    /// one of them), in the order the queue lists them. Reads people, not ratings: the
    /// first page of a whole organisation's queue comes from the first few of them.
    public func validationScope(team teamID: String? = nil) throws -> ValidationScope {
        let teams = try validationTeams(teamID)
        let people = try store.people(inTeams: teams).filter { $0.login != actor.login }
        return ValidationScope(teamID: teamID, people: people.sortedForListing())
    }

    /// The first `count` people of `validationScope(team:)`, in the same order, read
    /// without reading and ordering all of them: for the head of a 100,000-person council
    /// it reads everyone's login and name, orders the few that can come first, and reads
    /// only those in full. The scope says how many there are in all (`isComplete`).
    public func validationScope(team teamID: String? = nil, first count: Int) throws -> ValidationScope {
        let teams = try validationTeams(teamID)
        let named = try store.loginsAndNames(inTeams: teams).filter { $0.login != actor.login }
        let first = named.listingOrder(first: count).map { named[$0].login }
        let byLogin = Dictionary(try store.people(logins: first).map { ($0.login, $0) }, uniquingKeysWith: { first, _ in first })
        return ValidationScope(teamID: teamID, people: first.compactMap { byLogin[$0] }, inAll: named.count)
    }

    /// The self ratings waiting for the acting lead from `people` (a run of a
    /// `ValidationScope`), person by person in the given order, each person's disputes
    /// first, then catalog order.
    /// - Throws: `AccessDenied` for anyone not in a team the acting user leads.
    public func validationItems(for people: ArraySlice<Person>) throws -> [ValidationItem] {
        for person in people { try AccessPolicy.check(.validate(teamID: person.teamID), by: actor) }
        let byLogin = Dictionary(people.map { ($0.login, $0) }, uniquingKeysWith: { first, _ in first })
        let items = try validationItems(try store.pendingValidations(ofPeople: people.map(\.login), excluding: actor.login), people: byLogin)
        let rank = Dictionary(people.enumerated().map { ($0.element.login, $0.offset) }, uniquingKeysWith: { first, _ in first })
        return items.sorted { left, right in
            let leftRank = rank[left.person.login] ?? 0
            let rightRank = rank[right.person.login] ?? 0
            if leftRank != rightRank { return leftRank < rightRank }
            if left.isDisputed != right.isDisputed { return left.isDisputed }
            return left.competency < right.competency
        }
    }

    /// Every self rating waiting for the acting lead, in the teams they lead (or one of
    /// them), in `order`. For a whole organisation this reads half a million ratings:
    /// `validationScope` and `validationItems(for:)` read it a page at a time.
    public func validationQueue(team teamID: String? = nil, order: ValidationOrder = .byPerson) throws -> [ValidationItem] {
        let teams = try validationTeams(teamID)
        let people = Dictionary(try store.people(inTeams: teams).map { ($0.login, $0) }, uniquingKeysWith: { first, _ in first })
        let items = try validationItems(try store.pendingValidations(inTeams: teams, excluding: actor.login), people: people)
        return Scoring.orderValidationQueue(items, by: order)
    }

    /// How many self ratings wait for the acting lead, and how many are disputed (the
    /// home screen's and the queue's count). Counts without reading them, but for the
    /// head of a large council it still looks at every rating: front ends ask for it
    /// after their first frame.
    public func validationCount(team teamID: String? = nil) throws -> ValidationCount {
        let count = try store.pendingValidationCount(inTeams: try validationTeams(teamID), excluding: actor.login)
        return ValidationCount(waiting: count.waiting, disputed: count.disputed)
    }

    private func validationItems(_ pending: [(event: RatingEvent, lead: Rating?)], people: [String: Person]) throws -> [ValidationItem] {
        pending.compactMap { pending -> ValidationItem? in
            guard let person = people[pending.event.personLogin], let competency = catalog.competencyIndex(of: pending.event.competencyID)
            else { return nil }
            return ValidationItem(
                person: person, competency: competency, selfEvent: pending.event, leadRating: pending.lead,
                target: catalog.requirements(ofRole: person.roleID).first { $0.competency == competency }?.target)
        }
    }

    private func validationTeams(_ teamID: String?) throws -> [String] {
        guard let teamID else { return actor.ledTeamIDs.sorted() }
        _ = try team(teamID)
        try AccessPolicy.check(.validate(teamID: teamID), by: actor)
        return [teamID]
    }
}
