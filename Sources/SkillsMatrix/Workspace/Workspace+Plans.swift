import Foundation

/// A competency the person trained in after they last rated themselves in it: the
/// walk-through offers it first, and Home can say so.
public struct RerateSuggestion: Hashable, Sendable {
    /// Position in `Catalog.competencies`.
    public let competency: Int
    /// The plan item that was done.
    public let planItem: PlanItem
    public let doneAt: Date
    /// The self rating before the training, if there was one.
    public let selfRating: Rating?
    /// What the plan item was, as people read it: the catalogue item's title or the words.
    public let itemTitle: String

    public init(competency: Int, planItem: PlanItem, doneAt: Date, selfRating: Rating?, itemTitle: String) {
        self.competency = competency
        self.planItem = planItem
        self.doneAt = doneAt
        self.selfRating = selfRating
        self.itemTitle = itemTitle
    }
}

extension Workspace {
    /// The longest text a plan item, a plan note or a certificate field may hold.
    public static let maximumPlanTextLength = 500
    public static let maximumCertificateFieldLength = 200

    // MARK: - Development plans

    /// Adds an item to a development plan: the acting user's own, or (with `login`) a
    /// member of a team they lead. The item is a catalogue item that builds the competency,
    /// or `text` describing what the person will do, by `targetDate`.
    /// - Throws: `AccessDenied` for anyone but the person and their leads;
    ///   `SkillsError` for an unknown competency or item, an item that does not build the
    ///   competency, an empty or long text, or a target date before today.
    @discardableResult
    public func addPlanItem(
        competencyID: String, person login: String? = nil, learningItemID: String? = nil, text: String = "", targetDate: CalendarDay
    ) throws -> PlanItem {
        let person = try login.map { try self.person($0, for: .addToPlan) } ?? currentPerson()
        try AccessPolicy.check(.addPlanItem(person), by: actor)
        guard person.isActive else { throw SkillsError.inactivePerson(person.login) }
        let competency = try self.competency(competencyID)
        let trimmed = text.trimmingWhitespace()
        try checkPlanText(trimmed, what: "a plan item's description")
        if let learningItemID {
            guard let item = learning.item(learningItemID) else { throw SkillsError.unknownLearningItem(learningItemID) }
            guard item.level(lifting: competency.id) != nil else {
                throw SkillsError.itemDoesNotLift(item: item.id, competency: competency.id, lifts: item.lifts.map(\.competencyID))
            }
        } else if trimmed.isEmpty {
            throw SkillsError.emptyText(what: "the description of a plan item without a catalogue item")
        }
        try checkTargetDate(targetDate)
        let event = PlanEvent(state: .planned, targetDate: targetDate, note: "", actor: actor.login, at: clock())
        let number = try store.addPlanItem(
            PlanItem(
                number: 0, personLogin: person.login, competencyID: competency.id, learningItemID: learningItemID, text: trimmed,
                events: [event]),
            actor: actor.realLogin)
        guard let item = try store.planItem(number) else { throw SkillsError.unknownPlanItem(number) }
        return item
    }

    /// Moves plan item `number` on: booked, done or cancelled (never back), optionally
    /// with a new target date and a note. The person, their leads and hr may.
    @discardableResult
    public func movePlanItem(_ number: Int, to state: PlanState, targetDate: CalendarDay? = nil, note: String = "") throws -> PlanItem {
        let item = try planItem(number)
        guard let person = try store.person(login: item.personLogin) else { throw SkillsError.unknownPlanItem(number) }
        try AccessPolicy.check(.movePlanItem(person), by: actor)
        guard item.state.canMove(to: state) else { throw SkillsError.planStateChange(item: number, from: item.state, to: state) }
        let trimmed = note.trimmingWhitespace()
        try checkPlanText(trimmed, what: "a plan note")
        if let targetDate { try checkTargetDate(targetDate) }
        try store.appendPlanEvent(
            PlanEvent(state: state, targetDate: targetDate, note: trimmed, actor: actor.login, at: clock()), toItem: number,
            personLogin: person.login, actor: actor.realLogin)
        return try planItem(number)
    }

    /// Plan item `number`, if the acting user may see its holder.
    /// - Throws: `SkillsError.unknownPlanItem` to those who see everyone; to anyone else
    ///   `AccessDenied`, whether it exists or not.
    public func planItem(_ number: Int) throws -> PlanItem {
        if let item = try store.planItem(number), let person = try store.person(login: item.personLogin),
            AccessPolicy.allows(.viewPerson(person), actor)
        {
            return item
        }
        if AccessPolicy.seesEveryone(actor) { throw SkillsError.unknownPlanItem(number) }
        throw AccessDenied(login: actor.login, refusal: .planItem(number))
    }

    /// One person's plan items (the acting user's when `login` is nil), oldest first.
    public func planItems(of login: String? = nil) throws -> [PlanItem] {
        let person = try login.map(person) ?? currentPerson()
        return try store.planItems(of: [person.login])
    }

    /// The plans of one person, one team, or everyone the acting user may see (hr and
    /// admins: the organisation; a lead: their teams and themselves; staff: themselves),
    /// with uptake, overdue items and booked spend.
    public func developmentPlans(team teamID: String? = nil, person login: String? = nil) throws -> DevelopmentPlansReport {
        let people = try login.map { [try person($0)] } ?? staff(team: teamID)
        let items = try store.planItems(of: people.count > 1_000 && AccessPolicy.seesEveryone(actor) ? nil : people.map(\.login))
        return Scoring.developmentPlans(people: people, items: items, learning: learning, teamID: teamID, today: today)
    }

    /// Competencies the acting user trained in (a plan item done) after their last self
    /// rating of it, newest training first: the walk-through asks these first.
    public func rerateSuggestions() throws -> [RerateSuggestion] {
        let person = try currentPerson()
        let ratings = try store.currentRatings(of: person.login)
        var suggestions: [RerateSuggestion] = []
        for item in try store.planItems(of: [person.login]) {
            guard let doneAt = item.doneAt, item.state == .done, let competency = catalog.competencyIndex(of: item.competencyID) else {
                continue
            }
            let selfRating = ratings.first { $0.competency == competency }?.selfRating
            if let selfRating, selfRating.ratedAt >= doneAt { continue }
            if suggestions.contains(where: { $0.competency == competency }) { continue }
            suggestions.append(
                RerateSuggestion(competency: competency, planItem: item, doneAt: doneAt, selfRating: selfRating, itemTitle: item.title(in: learning)))
        }
        return suggestions.sorted { ($0.doneAt, $1.competency) > ($1.doneAt, $0.competency) }
    }

    private func checkPlanText(_ text: String, what: String) throws {
        guard text.count <= Self.maximumPlanTextLength else {
            throw SkillsError.textTooLong(what: what, length: text.count, maximum: Self.maximumPlanTextLength)
        }
    }

    private func checkTargetDate(_ day: CalendarDay) throws {
        guard day >= today else { throw SkillsError.targetDateInPast(day.description, today: today.description) }
    }

    /// Needs already in hand in `report`: those a booked plan item will close, or one done
    /// since the person last rated themselves (awaiting a re-rate). A booked catalogue item
    /// closes every need of the person it lifts to target, not only the one it was planned for.
    func needsInHand(_ report: TrainingNeedsReport) throws -> Set<PersonCompetency> {
        let logins = report.people.map(\.login)
        let items = try store.planItems(of: AccessPolicy.seesEveryone(actor) && logins.count > 1_000 ? nil : logins)
        var open: [String: [PlanItem]] = [:]
        for item in items where item.state == .booked || item.state == .done { open[item.personLogin, default: []].append(item) }
        guard !open.isEmpty else { return [] }
        // When each person with a done item last rated themselves, by competency: a done
        // item answers a need until the person re-rates. Few people, so read one by one.
        var selfRatedAt: [String: [Int: Date]] = [:]
        for (login, held) in open where held.contains(where: { $0.state == .done }) {
            var dates: [Int: Date] = [:]
            for rating in try store.currentRatings(of: login) { dates[rating.competency] = rating.selfRating?.ratedAt }
            selfRatedAt[login] = dates
        }
        var inHand: Set<PersonCompetency> = []
        for group in report.groups {
            let competency = catalog.competencies[group.competency]
            for need in group.needs {
                let login = report.people[need.personIndex].login
                guard let held = open[login] else { continue }
                let answered = held.contains { item in
                    let closes = item.competencyID == competency.id
                        || (item.learningItemID.flatMap { learning.item($0)?.level(lifting: competency.id) } ?? 0) >= need.target
                    guard closes else { return false }
                    return item.state == .booked
                        || (item.doneAt ?? .distantPast) > (selfRatedAt[login]?[group.competency] ?? .distantPast)
                }
                if answered { inHand.insert(PersonCompetency(login: login, competency: group.competency)) }
            }
        }
        return inHand
    }
}
