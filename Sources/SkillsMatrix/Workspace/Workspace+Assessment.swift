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
        /// The older version whose wording the current self rating was made against,
        /// when a framework upgrade has changed the competency's indicators since.
        public var ratedAgainstVersion: String? = nil
        /// Whether the current self rating counts for the open review cycle (made during
        /// it); false when there is no cycle or it predates the cycle.
        public var countsForCycle: Bool = false
        /// Whether the open review cycle asks the person for this competency (it includes
        /// them, and its frameworks hold it): an item of their cycle, done or not.
        public var isCycleItem: Bool = false

        /// Whether the person has a self rating they could re-confirm ("still level N").
        public var canReconfirm: Bool { ratings?.selfRating != nil }

        /// Whether re-confirming is what the cycle waits for: an item of the open cycle
        /// whose self rating was made before it opened, so it does not count yet.
        public var awaitsReconfirmation: Bool { isCycleItem && canReconfirm && !countsForCycle }
    }

    public let scope: WalkthroughScope
    public let person: Person
    public var steps: [Step]
    /// The position to resume at, when the person stopped part-way; nil when they never
    /// started or already went through to the end.
    public let resumePosition: Int?
    /// Positions of steps to offer first and ask to re-rate: those whose self rating was
    /// made against wording a framework upgrade has since changed, then those whose
    /// competency the person trained in (a plan item done) since they last rated it,
    /// newest training first.
    public var rerate: [Int] = []
    /// The training behind each step of `rerate` that is there because the person
    /// trained in it, by step position: what to tell them when asking again.
    public var trainedIn: [Int: RerateSuggestion] = [:]

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
        let cycle = try openCycle().map { CycleRules(cycle: $0, catalog: catalog, teams: try teamTree()) }
        let steps = competencies.map { competency in
            let rating = ratings.first { $0.competency == competency }
            let outdated = rating?.selfRating.flatMap { catalog.outdatedWording(ofCompetency: competency, ratedAt: $0.ratedAt) }
            let isCycleItem = cycle.map { $0.includes(person) && $0.covers(competency: competency) } ?? false
            return Walkthrough.Step(
                competency: competency, target: requirements.first { $0.competency == competency }?.target,
                ratings: rating, selfNote: notes[catalog.competencies[competency].id],
                ratedAgainstVersion: catalog.ratedAgainstVersion(ofCompetency: competency, change: outdated),
                countsForCycle: isCycleItem && (cycle?.counts(rating?.selfRating) ?? false), isCycleItem: isCycleItem)
        }
        let saved = try store.assessmentProgress(of: person.login, scope: scope.key)
        let resume = saved.flatMap { $0 > 0 && $0 < steps.count ? $0 : nil }
        // Asked first: ratings made against wording that has since changed, then what the
        // person trained in since rating it.
        let reworded = steps.indices.filter { steps[$0].ratedAgainstVersion != nil }
        var trainedIn: [Int: RerateSuggestion] = [:]
        let trained = try rerateSuggestions().compactMap { suggestion -> Int? in
            guard let position = steps.firstIndex(where: { $0.competency == suggestion.competency }) else { return nil }
            trainedIn[position] = suggestion
            return position
        }
        let rerate = reworded + trained.filter { !reworded.contains($0) }
        return Walkthrough(scope: scope, person: person, steps: steps, resumePosition: resume, rerate: rerate, trainedIn: trainedIn)
    }

    /// Records the acting user's own answer in a walk-through and moves their saved
    /// place to `nextPosition`, in one transaction.
    /// - Returns: the receipt, for showing the answer and offering to take it back.
    @discardableResult
    public func answer(competencyID: String, level: Int, note: String, scope: WalkthroughScope, nextPosition: Int) throws -> RatingReceipt {
        let person = try currentPerson()
        let event = try validatedRating(competencyID: competencyID, level: level, person: person, note: note)
        guard event.track == .selfAssessment else { throw SkillsError.walkthroughIsSelfOnly }
        let previous = try previousRating(of: event)
        let number = try store.appendRating(event, actor: actor.realLogin, actingAs: actor.login, progress: (scope.key, nextPosition))
        return RatingReceipt(event: event, eventNumber: number, previous: previous)
    }

    /// Re-confirms the acting user's current self rating of `competencyID` ("still level
    /// N"): records it again, now, at the same level with the same note, so that it counts
    /// for the open cycle and against the wording in force; moves the saved place on.
    /// - Throws: `SkillsError.nothingToReconfirm` when they have no self rating of it.
    @discardableResult
    public func reconfirm(competencyID: String, scope: WalkthroughScope, nextPosition: Int) throws -> RatingReceipt {
        let person = try currentPerson()
        let index = try competencyIndex(competencyID)
        guard let current = try store.currentRatings(of: person.login).first(where: { $0.competency == index })?.selfRating else {
            throw SkillsError.nothingToReconfirm(competencyID)
        }
        let note = try store.currentSelfNotes(of: person.login)[competencyID] ?? ""
        return try answer(competencyID: competencyID, level: current.level, note: note, scope: scope, nextPosition: nextPosition)
    }

    /// Moves the acting user's saved place without answering (skip, back).
    public func recordProgress(scope: WalkthroughScope, position: Int) throws {
        let person = try currentPerson()
        try store.recordAssessmentProgress(of: person.login, scope: scope.key, position: max(0, position), at: clock())
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

extension Workspace {
    /// Every team the acting user may see, with its active members and their mean
    /// readiness: what a team picker shows. For hr and admins this scores everyone, in
    /// one pass over the organisation.
    public func teamSummaries() throws -> [TeamSummary] {
        let teams = try visibleTeams()
        let catalog = self.catalog
        let now = self.now
        var members: [(teamID: String, readiness: Double)] = []
        if AccessPolicy.allows(.viewOrganisation, actor) {
            try store.forEachActivePerson { _, person, ratings in
                members.append((teamID: person.teamID, readiness: Scoring.assess(person, ratings: ratings, catalog: catalog, now: now).readiness))
            }
        } else {
            let ids = teams.map(\.id)
            let ratings = try store.currentRatings(inTeams: ids)
            members = try store.people(inTeams: ids).map {
                (teamID: $0.teamID, readiness: Scoring.assess($0, ratings: ratings[$0.login] ?? [], catalog: catalog, now: now).readiness)
            }
        }
        return Scoring.teamSummaries(teams, members: members)
    }
}
