import Foundation

/// Which competencies a self-assessment walks through.
public enum WalkthroughScope: Hashable, Sendable {
    /// The requirements of the person's role, in role order.
    case role
    /// Every competency of one framework, in framework order.
    case framework(String)

    /// How the scope is stored with the saved position.
    public var key: String {
        switch self {
        case .role: return "role"
        case .framework(let id): return "framework:\(id)"
        }
    }
}

/// A self-assessment walk-through: the competencies in order, the person's current
/// ratings of them, and where they stopped last time.
public struct Walkthrough: Hashable, Sendable {
    public struct Step: Hashable, Sendable {
        /// Position in `Catalog.competencies`.
        public let competency: Int
        /// The role's target, when the role requires it.
        public let target: Int?
        public var ratings: CompetencyRating?
        /// The evidence note of the current self rating, if it has one.
        public var selfNote: String?
    }

    public let scope: WalkthroughScope
    public let person: Person
    public var steps: [Step]
    /// The position to resume at, when the person stopped part-way; nil when they never
    /// started or already went through to the end.
    public let resumePosition: Int?
    /// Positions of steps whose competency the person trained in (a plan item done) since
    /// they last rated it, newest training first: offer these first, and ask to re-rate.
    public var rerate: [Int] = []

    public var answeredCount: Int { steps.count { $0.ratings?.selfRating != nil } }
}

/// The current self and lead events behind one heatmap cell, with their notes.
public struct RatingDetail: Hashable, Sendable {
    public let selfEvent: RatingEvent?
    public let leadEvent: RatingEvent?
    /// How many events this person and competency have, both tracks, all time.
    public let historyCount: Int
}

extension Workspace {
    // MARK: - Self-assessment

    /// The acting user's walk-through for `scope`.
    public func walkthrough(_ scope: WalkthroughScope) throws -> Walkthrough {
        let person = try currentPerson()
        let ratings = try store.currentRatings(of: person.login)
        let notes = try store.currentSelfNotes(of: person.login)
        let requirements = catalog.requirements(ofRole: person.roleID)
        let competencies: [Int]
        switch scope {
        case .role:
            competencies = requirements.map(\.competency)
        case .framework(let id):
            guard let framework = catalog.framework(id) else {
                throw SkillsError.unknownFramework(id, known: catalog.frameworks.map(\.id))
            }
            competencies = framework.competencies.compactMap { catalog.competencyIndex(of: $0.id) }
        }
        let steps = competencies.map { competency in
            Walkthrough.Step(
                competency: competency, target: requirements.first { $0.competency == competency }?.target,
                ratings: ratings.first { $0.competency == competency }, selfNote: notes[catalog.competencies[competency].id])
        }
        let saved = try store.assessmentProgress(of: person.login, scope: scope.key)
        let resume = saved.flatMap { $0 > 0 && $0 < steps.count ? $0 : nil }
        let rerate = try rerateSuggestions().compactMap { suggestion in steps.firstIndex { $0.competency == suggestion.competency } }
        return Walkthrough(scope: scope, person: person, steps: steps, resumePosition: resume, rerate: rerate)
    }

    /// Records the acting user's own answer in a walk-through and moves their saved
    /// place to `nextPosition`, in one transaction.
    @discardableResult
    public func answer(competencyID: String, level: Int, note: String, scope: WalkthroughScope, nextPosition: Int) throws -> RatingEvent {
        let person = try currentPerson()
        let event = try validatedRating(competencyID: competencyID, level: level, person: person, note: note)
        guard event.track == .selfAssessment else { throw SkillsError.walkthroughIsSelfOnly }
        try store.appendRating(event, actor: actor.realLogin, actingAs: actor.login, progress: (scope.key, nextPosition))
        return event
    }

    /// Moves the acting user's saved place without answering (skip, back).
    public func recordProgress(scope: WalkthroughScope, position: Int) throws {
        let person = try currentPerson()
        try store.recordAssessmentProgress(of: person.login, scope: scope.key, position: max(0, position), at: clock())
    }

    // MARK: - Validation

    /// Self ratings waiting for the acting lead, in the teams they lead (or one of them).
    public func validationQueue(team teamID: String? = nil) throws -> [ValidationItem] {
        let teams = try validationTeams(teamID)
        let people = Dictionary(try store.people(inTeams: teams).map { ($0.login, $0) }, uniquingKeysWith: { first, _ in first })
        let items = try store.pendingValidations(inTeams: teams, excluding: actor.login).compactMap { pending -> ValidationItem? in
            guard let person = people[pending.event.personLogin], let competency = catalog.competencyIndex(of: pending.event.competencyID)
            else { return nil }
            return ValidationItem(
                person: person, competency: competency, selfEvent: pending.event, leadRating: pending.lead,
                target: catalog.requirements(ofRole: person.roleID).first { $0.competency == competency }?.target)
        }
        return Scoring.orderValidationQueue(items)
    }

    /// How many self ratings wait for the acting lead (what the home screen shows).
    public func validationCount() throws -> Int {
        try store.pendingValidationCount(inTeams: try validationTeams(nil), excluding: actor.login)
    }

    private func validationTeams(_ teamID: String?) throws -> [String] {
        guard let teamID else { return actor.ledTeamIDs.sorted() }
        _ = try team(teamID)
        try AccessPolicy.check(.validate(teamID: teamID), by: actor)
        return [teamID]
    }

    // MARK: - Detail

    /// The events behind one person's current ratings of one competency. Their notes are
    /// left empty for anyone who may not see the person's evidence (an admin who is not hr).
    public func ratingDetail(person login: String, competencyID: String) throws -> RatingDetail {
        let person = try person(login)
        let showsNotes = AccessPolicy.allows(.viewEvidence(person), actor)
        let history = try store.ratingHistory(of: login, competencyID: competencyID).map { showsNotes ? $0 : $0.withoutNote }
        return RatingDetail(
            selfEvent: history.first { $0.track == .selfAssessment }, leadEvent: history.first { $0.track == .lead },
            historyCount: history.count)
    }

    /// Teams the acting user may look at as a team, ordered by id.
    public func visibleTeams() throws -> [Team] {
        try teamTree().teams.filter { AccessPolicy.allows(.viewTeam($0.id), actor) }
    }
}
