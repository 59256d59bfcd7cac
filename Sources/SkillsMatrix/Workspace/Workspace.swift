import Foundation

/// The database opened on behalf of one user: every read and change the command line
/// and the TUI make goes through here, and each one is checked against `AccessPolicy`
/// before any data is loaded. Scores come from `Scoring`; nothing here computes one.
public final class Workspace {
    public let store: SkillsStore
    public let actor: Actor
    /// The moment staleness is judged against; fixed for the life of the workspace so
    /// that one report is consistent with itself.
    public let now: Date
    /// When a rating happens; the real time except in tests.
    let clock: @Sendable () -> Date
    private var cachedTeams: TeamTree?

    public var catalog: Catalog { store.catalog }
    public var isDemo: Bool { store.isDemo }

    init(store: SkillsStore, actor: Actor, clock: @escaping @Sendable () -> Date) {
        self.store = store
        self.actor = actor
        self.clock = clock
        self.now = clock()
    }

    // MARK: - Opening

    /// Opens the database at `path` for the OS user `login`, optionally acting as another.
    /// - Parameter actingAs: `--as`: allowed for admins, and for anyone in a demo organisation.
    public static func open(
        databaseAt path: String, login: String, actingAs: String? = nil, clock: @escaping @Sendable () -> Date = { Date() }
    ) throws -> Workspace {
        let store = try SkillsStore.open(at: path)
        return try workspace(for: store, login: login, actingAs: actingAs, clock: clock)
    }

    /// Creates a database with the shipped frameworks, and the demo organisation when
    /// `demoDirectory` is given. `login` becomes its first admin.
    public static func create(
        databaseAt path: String, frameworks: FrameworkDirectory, demoDirectory: URL?, login: String,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) throws -> Workspace {
        let now = clock()
        // Read the demo files before creating anything, so a bad file leaves no half-made database.
        let demo = try demoDirectory.map { try DemoOrganisation.load(from: $0, catalog: frameworks.catalog, now: now) }
        let store = try SkillsStore.create(at: path, frameworks: frameworks, administrator: login, now: now) { store in
            guard let demo else { return }
            try store.apply(demo, actor: login, actingAs: login, action: "load demo organisation", now: now)
            try store.withTransaction { try store.setMeta("demo", "1") }
        }
        return try workspace(for: store, login: login, actingAs: nil, clock: clock)
    }

    static func workspace(
        for store: SkillsStore, login: String, actingAs: String?, clock: @escaping @Sendable () -> Date
    ) throws -> Workspace {
        let tree = TeamTree(try store.teams())
        let realActor = try actor(login: login, realLogin: login, store: store, tree: tree)
        guard let target = actingAs, target != login else {
            return Workspace(store: store, actor: realActor, clock: clock)
        }
        try AccessPolicy.checkActingAs(target, realActor: realActor, isDemo: store.isDemo)
        let actor = try actor(login: target, realLogin: login, store: store, tree: tree)
        if actor.person == nil, actor.rights.isEmpty {
            throw InvalidRequest("unknown login \(target) for --as: see `skills-tui staff list`")
        }
        return Workspace(store: store, actor: actor, clock: clock)
    }

    private static func actor(login: String, realLogin: String, store: SkillsStore, tree: TeamTree) throws -> Actor {
        let person = try store.person(login: login)
        return Actor(
            login: login, realLogin: realLogin, person: person?.isActive == true ? person : nil,
            rights: try store.rights(of: login), ledTeamIDs: tree.teamsLed(by: login))
    }

    // MARK: - Looking things up

    public func teamTree() throws -> TeamTree {
        if let cachedTeams { return cachedTeams }
        let tree = TeamTree(try store.teams())
        cachedTeams = tree
        return tree
    }

    /// The team with `id`, or an error listing the teams this user may see.
    public func team(_ id: String) throws -> Team {
        let tree = try teamTree()
        guard let team = tree.team(id) else {
            let visible = tree.teams.map(\.id).filter { AccessPolicy.allows(.viewTeam($0), actor) }
            let hint = visible.isEmpty ? "" : "; teams you can see: \(visible.joined(separator: ", "))"
            throw InvalidRequest("unknown team \(id)\(hint)")
        }
        return team
    }

    /// The person with `login` (active or not), or an error.
    public func person(_ login: String) throws -> Person {
        guard let person = try store.person(login: login) else {
            throw InvalidRequest("unknown login \(login): see `skills-tui staff list`")
        }
        return person
    }

    /// The acting user as a member of staff, or an error that says how to name someone.
    public func currentPerson() throws -> Person {
        guard let person = actor.person else {
            throw InvalidRequest(
                "\(actor.login) is not a member of staff in this database: name someone with --person LOGIN (or act as them with --as LOGIN)",
                kind: .usage)
        }
        return person
    }

    /// The competency with `id`, or an error that suggests where to look.
    public func competency(_ id: String) throws -> Competency {
        catalog.competencies[try competencyIndex(id)]
    }

    /// The position of competency `id` in the catalog, or an error that suggests where to look.
    public func competencyIndex(_ id: String) throws -> Int {
        guard let index = catalog.competencyIndex(of: id) else {
            throw InvalidRequest("unknown competency \(id): see `skills-tui frameworks list`")
        }
        return index
    }

    // MARK: - Staff

    /// People the acting user may see, in one team (with `teamID`) or everywhere.
    public func staff(team teamID: String? = nil, includingInactive: Bool = false) throws -> [Person] {
        if let teamID {
            _ = try team(teamID)
            try AccessPolicy.check(.viewTeam(teamID), by: actor)
            return try store.people(inTeams: [teamID], includingInactive: includingInactive)
        }
        if AccessPolicy.allows(.viewOrganisation, actor) {
            return try store.people(includingInactive: includingInactive)
        }
        let teams = actor.ledTeamIDs.sorted()
        var people = try store.people(inTeams: teams, includingInactive: includingInactive)
        if let me = actor.person, !people.contains(me) { people.append(me) }
        return people.sorted { $0.login < $1.login }
    }

    // MARK: - Gap reports

    /// One person's gap report; the acting user's own when `login` is nil.
    public func gapReport(for login: String? = nil) throws -> PersonAssessment {
        let person = try login.map(person) ?? currentPerson()
        try AccessPolicy.check(.viewPerson(person), by: actor)
        return Scoring.assess(person, ratings: try store.currentRatings(of: person.login), catalog: catalog, now: now)
    }

    /// Gap reports for every active member of a team, ordered by login.
    public func gapReports(team teamID: String) throws -> [PersonAssessment] {
        try assessments(ofTeam: teamID).assessments
    }

    private func assessments(ofTeam teamID: String) throws -> (assessments: [PersonAssessment], ratings: [String: [CompetencyRating]]) {
        _ = try team(teamID)
        try AccessPolicy.check(.viewTeam(teamID), by: actor)
        let members = try store.people(inTeams: [teamID])
        let ratings = try store.currentRatings(inTeams: [teamID])
        let assessments = members.map { Scoring.assess($0, ratings: ratings[$0.login] ?? [], catalog: catalog, now: now) }
        return (assessments, ratings)
    }

    // MARK: - Team views

    public func heatmap(team teamID: String) throws -> Heatmap {
        let team = try team(teamID)
        let loaded = try assessments(ofTeam: teamID)
        return Scoring.heatmap(team: team, assessments: loaded.assessments, ratings: loaded.ratings)
    }

    public func coverage(team teamID: String) throws -> TeamCoverage {
        Scoring.coverage(teamID: teamID, members: try assessments(ofTeam: teamID).assessments)
    }

    public func calibration(team teamID: String) throws -> TeamCalibration {
        let loaded = try assessments(ofTeam: teamID)
        return Scoring.calibration(teamID: teamID, memberRatings: loaded.assessments.map { loaded.ratings[$0.person.login] ?? [] })
    }

    /// What the person's team would lose if they left.
    public func impactOfLeaving(_ login: String) throws -> LeaverImpact {
        let person = try person(login)
        let loaded = try assessments(ofTeam: person.teamID)
        return Scoring.impactOfLeaving(login, teamID: person.teamID, members: loaded.assessments)
    }

    // MARK: - Training needs

    /// The ranked training-needs list for one team, or the whole organisation (hr and admin only).
    public func trainingNeeds(team teamID: String? = nil) throws -> TrainingNeedsReport {
        if let teamID {
            return Scoring.trainingNeeds(teamID: teamID, assessments: try assessments(ofTeam: teamID).assessments)
        }
        try AccessPolicy.check(.viewOrganisation, by: actor)
        let catalog = self.catalog
        let now = self.now
        let assessments = try store.mapActivePeople { Scoring.assess($0, ratings: $1, catalog: catalog, now: now) }
        return Scoring.trainingNeeds(teamID: nil, assessments: assessments)
    }

    // MARK: - Rating

    /// Records a rating of `competencyID` at `level` for `login` (the acting user when nil).
    /// The track follows from who is rating whom: one's own rating is the self track, a
    /// lead's rating of a team member the lead track; anyone else is refused.
    /// - Returns: the event as stored.
    @discardableResult
    public func rate(competencyID: String, level: Int, person login: String? = nil, note: String = "") throws -> RatingEvent {
        let person = try login.map(person) ?? currentPerson()
        let event = try validatedRating(competencyID: competencyID, level: level, person: person, note: note)
        try store.appendRating(event, actor: actor.realLogin, actingAs: actor.login)
        return event
    }

    /// Checks a rating of `person` by the acting user and builds its event: the person is
    /// active, the competency known, the level on the scale, the note not too long, and
    /// the acting user allowed to rate them (which fixes the track).
    func validatedRating(competencyID: String, level: Int, person: Person, note: String) throws -> RatingEvent {
        guard person.isActive else {
            throw InvalidRequest("\(person.login) is marked inactive: nothing was recorded")
        }
        let index = try competencyIndex(competencyID)
        guard ProficiencyScale.levelRange.contains(level) else {
            let scale = catalog.framework(ofCompetency: index).scale
            let labels = ProficiencyScale.levelRange.map { "\($0) \(scale.label(of: $0))" }.joined(separator: ", ")
            throw InvalidRequest("level \(level) is outside the scale: use one of \(labels)")
        }
        let track = try AccessPolicy.ratingTrack(for: actor, rating: person)
        let trimmedNote = note.trimmingWhitespace()
        guard trimmedNote.count <= Self.maximumNoteLength else {
            throw InvalidRequest("the note is \(trimmedNote.count) characters long; keep it to \(Self.maximumNoteLength) at most")
        }
        return RatingEvent(
            personLogin: person.login, competencyID: competencyID, level: level, track: track, raterLogin: actor.login,
            note: trimmedNote, frameworkVersion: catalog.framework(ofCompetency: index).version, ratedAt: clock())
    }

    public static let maximumNoteLength = 2_000
}
