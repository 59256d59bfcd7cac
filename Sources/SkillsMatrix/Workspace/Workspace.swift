import Foundation

/// The database opened on behalf of one user: every read and change the command line
/// and the TUI make goes through here, and each one is checked against `AccessPolicy`
/// before any data is loaded. Scores come from `Scoring`; nothing here computes one.
public final class Workspace {
    let store: SkillsStore
    public let actor: Actor
    /// The moment staleness is judged against; fixed for the life of the workspace so
    /// that one report is consistent with itself.
    public let now: Date
    /// When a change happens: the real time, except in the demo and in tests (see `open`).
    let clock: @Sendable () -> Date
    private var cachedTeams: TeamTree?

    public var catalog: Catalog { store.catalog }
    public var isDemo: Bool { store.isDemo }
    /// The database file this workspace reads and changes.
    public var databasePath: String { store.path }

    /// - Parameter teams: the team tree if it was read already (opening reads it to find
    ///   the teams the actor leads), so that it is not read again.
    init(store: SkillsStore, actor: Actor, now: Date, clock: @escaping @Sendable () -> Date, teams: TeamTree? = nil) {
        self.store = store
        self.actor = actor
        self.now = now
        self.clock = clock
        self.cachedTeams = teams
    }

    // MARK: - Opening

    /// Opens the database at `path` for the OS user `login`, optionally acting as another.
    /// - Parameters:
    ///   - actingAs: `--as`: allowed for admins, for reading only, and for anyone in a
    ///     demo organisation.
    ///   - reportTime: judge staleness and ages at this moment instead of now, so that a
    ///     report can be reproduced. It never dates a change, except in the demo: a
    ///     rating or audit row in a shared database is always stamped with the real time.
    public static func open(databaseAt path: String, login: String, actingAs: String? = nil, reportTime: Date? = nil) throws -> Workspace {
        let store = try SkillsStore.open(at: path)
        var clock: @Sendable () -> Date = { Date() }
        if store.isDemo, let reportTime { clock = { reportTime } }
        return try workspace(for: store, login: login, actingAs: actingAs, now: reportTime ?? Date(), clock: clock)
    }

    /// Opens the database with `clock` dating every change too: for tests only.
    static func open(databaseAt path: String, login: String, actingAs: String? = nil, clock: @escaping @Sendable () -> Date) throws -> Workspace {
        try workspace(for: try SkillsStore.open(at: path), login: login, actingAs: actingAs, now: clock(), clock: clock)
    }

    /// Creates a database with the shipped frameworks, and the demo organisation when
    /// `demoDirectory` is given. `login` becomes its first admin.
    /// - Parameter creationTime: the time the new database's rows are dated (and the
    ///   demo's rating ages are counted back from), so a made database can be reproduced;
    ///   nil for now. It dates nothing after creation, except in the demo.
    public static func create(
        databaseAt path: String, frameworks: FrameworkDirectory, demoDirectory: URL?, login: String, creationTime: Date? = nil
    ) throws -> Workspace {
        let time = creationTime ?? Date()
        let workspace = try create(databaseAt: path, frameworks: frameworks, demoDirectory: demoDirectory, login: login, clock: { time })
        return try open(databaseAt: workspace.databasePath, login: login, reportTime: creationTime)
    }

    static func create(
        databaseAt path: String, frameworks: FrameworkDirectory, demoDirectory: URL?, login: String,
        clock: @escaping @Sendable () -> Date
    ) throws -> Workspace {
        let now = clock()
        // Read the demo files before creating anything, so a bad file leaves no half-made database.
        let demo = try demoDirectory.map {
            try DemoOrganisation.load(from: $0, catalog: frameworks.catalog, learning: frameworks.learning ?? .empty, now: now)
        }
        let demoCycles = try demoDirectory.map {
            try DemoCycles.load(from: $0, catalog: frameworks.catalog, teamIDs: Set(demo?.teams.map(\.id) ?? []), now: now)
        } ?? []
        let store = try SkillsStore.create(at: path, frameworks: frameworks, administrator: login, now: now) { store in
            guard let demo else { return }
            try loadDemo(demo, cycles: demoCycles, into: store, login: login, now: now)
            try store.withTransaction { try store.setMeta("demo", "1") }
        }
        return try workspace(for: store, login: login, actingAs: nil, now: now, clock: clock)
    }

    /// Whether a database (or a file, or another application's tables) is at `path`
    /// already: a file's path, or a PostgreSQL URL.
    public static func databaseExists(at path: String) throws -> Bool {
        try SkillsStore.somethingExists(at: path)
    }

    /// Creates the demo organisation at `path`, replacing an earlier demo database there
    /// (never a database with real data: that is refused, untouched).
    public static func recreateDemo(
        databaseAt path: String, frameworks: FrameworkDirectory, demoDirectory: URL, login: String, creationTime: Date? = nil
    ) throws -> Workspace {
        if try SkillsStore.somethingExists(at: path) { try SkillsStore.removeDemo(at: path) }
        return try create(databaseAt: path, frameworks: frameworks, demoDirectory: demoDirectory, login: login, creationTime: creationTime)
    }

    static func workspace(
        for store: SkillsStore, login: String, actingAs: String?, now: Date, clock: @escaping @Sendable () -> Date
    ) throws -> Workspace {
        let tree = TeamTree(try store.teams())
        let realActor = try actor(login: login, realLogin: login, isReadOnly: false, store: store, tree: tree)
        guard let target = actingAs, target != login else {
            return Workspace(store: store, actor: realActor, now: now, clock: clock, teams: tree)
        }
        try AccessPolicy.checkActingAs(target, realActor: realActor, isDemo: store.isDemo)
        let actor = try actor(login: target, realLogin: login, isReadOnly: !store.isDemo, store: store, tree: tree)
        if actor.person == nil, !actor.isInactive, actor.rights.isEmpty { throw SkillsError.unknownLogin(target) }
        return Workspace(store: store, actor: actor, now: now, clock: clock, teams: tree)
    }

    private static func actor(login: String, realLogin: String, isReadOnly: Bool, store: SkillsStore, tree: TeamTree) throws -> Actor {
        Actor.resolved(
            login: login, realLogin: realLogin, person: try store.person(login: login), rights: try store.rights(of: login),
            ledTeamIDs: tree.teamsLed(by: login), isReadOnly: isReadOnly)
    }

    // MARK: - Looking things up

    public func teamTree() throws -> TeamTree {
        if let cachedTeams { return cachedTeams }
        let tree = TeamTree(try store.teams())
        cachedTeams = tree
        return tree
    }

    /// The team with `id`, if the acting user may see it.
    /// - Throws: `SkillsError.unknownTeam` to those who see every team; to anyone else
    ///   `AccessDenied` whether the team exists or not. Both list the teams they may see.
    public func team(_ id: String) throws -> Team {
        let tree = try teamTree()
        if let team = tree.team(id), AccessPolicy.allows(.viewTeam(id), actor) { return team }
        let visible = tree.teams.map(\.id).filter { AccessPolicy.allows(.viewTeam($0), actor) }
        if AccessPolicy.seesEveryone(actor) { throw SkillsError.unknownTeam(id, visible: visible) }
        throw AccessDenied(login: actor.login, refusal: .team(id, visible: visible))
    }

    /// The person with `login` (active or not), if the acting user may see them.
    /// - Throws: `SkillsError.unknownLogin` to those who see everyone; to anyone else
    ///   `AccessDenied`, whether the login exists or not.
    public func person(_ login: String) throws -> Person {
        try person(login, for: .view)
    }

    /// What a person is looked up for: seeing them, or one of the changes and private
    /// views that `AccessPolicy` judges further.
    enum PersonUse {
        case view, rate, addToPlan, recordCertificate, seeEvidence

        func action(_ person: Person) -> Action? {
            switch self {
            case .view: return nil
            case .rate: return .rate(person)
            case .addToPlan: return .addPlanItem(person)
            case .recordCertificate: return .recordCertificate(person)
            case .seeEvidence: return .viewEvidence(person)
            }
        }

        /// The refusal for a login that does not exist or is not the user's to see.
        func refusal(_ login: String) -> AccessDenied.Refusal {
            switch self {
            case .view: return .person(login)
            case .rate: return .rate(login)
            case .addToPlan: return .changePlan(login)
            case .recordCertificate: return .recordCertificate(login)
            case .seeEvidence: return .evidence(login)
            }
        }
    }

    /// The person with `login` if the acting user may `use` them; else the one refusal
    /// that does not tell whether they exist.
    func person(_ login: String, for use: PersonUse) throws -> Person {
        let found = try store.person(login: login)
        if let found, AccessPolicy.seesEveryone(actor) || AccessPolicy.allows(.viewPerson(found), actor) {
            if let action = use.action(found) { try AccessPolicy.check(action, by: actor) }
            return found
        }
        if found == nil, AccessPolicy.seesEveryone(actor) { throw SkillsError.unknownLogin(login) }
        throw AccessDenied(login: actor.login, refusal: use.refusal(login))
    }

    /// The acting user as a member of staff.
    /// - Throws: `SkillsError.notStaff`, or `AccessDenied` for an inactive person.
    public func currentPerson() throws -> Person {
        guard let person = actor.person else {
            if actor.isInactive { throw AccessDenied(login: actor.login, refusal: .inactive) }
            throw SkillsError.notStaff(actor.login)
        }
        return person
    }

    /// The competency with `id`.
    public func competency(_ id: String) throws -> Competency {
        catalog.competencies[try competencyIndex(id)]
    }

    /// The position of competency `id` in the catalog.
    public func competencyIndex(_ id: String) throws -> Int {
        guard let index = catalog.competencyIndex(of: id) else { throw SkillsError.unknownCompetency(id) }
        return index
    }

    // MARK: - The organisation in numbers

    /// How many active people, teams and rating events the database holds (hr and admin).
    public func organisationCounts() throws -> (people: Int, teams: Int, ratingEvents: Int) {
        try AccessPolicy.check(.viewOrganisation, by: actor)
        return (try store.peopleCount(), try teamTree().teams.count, try store.ratingEventCount())
    }

    /// Logins granted `right` (hr and admin may ask).
    public func logins(granted right: AccessRight) throws -> Set<String> {
        try AccessPolicy.check(.viewOrganisation, by: actor)
        return Set(try store.grants().filter { $0.right == right }.map(\.login))
    }

    // MARK: - Staff

    /// People the acting user may see, in one team (with `teamID`) or everywhere.
    public func staff(team teamID: String? = nil, includingInactive: Bool = false) throws -> [Person] {
        if let teamID {
            _ = try team(teamID)
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
        return Scoring.assess(
            person, ratings: try store.currentRatings(of: person.login), catalog: catalog, now: now,
            expiredEvidence: try expiredEvidence()[person.login] ?? [])
    }

    /// Gap reports for every active member of a team, ordered by login.
    public func gapReports(team teamID: String) throws -> [PersonAssessment] {
        try assessments(ofTeam: teamID).assessments
    }

    func assessments(ofTeam teamID: String) throws -> (assessments: [PersonAssessment], ratings: [String: [CompetencyRating]]) {
        _ = try team(teamID)
        let members = try store.people(inTeams: [teamID])
        let ratings = try store.currentRatings(inTeams: [teamID])
        let expired = try expiredEvidence()
        let assessments = members.map {
            Scoring.assess($0, ratings: ratings[$0.login] ?? [], catalog: catalog, now: now, expiredEvidence: expired[$0.login] ?? [])
        }
        return (assessments, ratings)
    }

    // MARK: - Team views

    public func heatmap(team teamID: String) throws -> Heatmap {
        let team = try team(teamID)
        let loaded = try assessments(ofTeam: teamID)
        return Scoring.heatmap(team: team, assessments: loaded.assessments, ratings: loaded.ratings, catalog: catalog, now: now)
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

    /// Current ratings that cite a certificate expired before today, by login: stale
    /// whatever their age.
    func expiredEvidence() throws -> [String: [ExpiredEvidence]] {
        try store.expiredEvidence(before: today)
    }

    /// The day of `now`, which target dates and certificate expiry are judged against.
    public var today: CalendarDay { CalendarDay(containing: now) }

    // MARK: - Training needs

    /// The ranked training-needs list for one team, or the whole organisation (hr and admin only).
    /// - Parameter includeUnrated: list requirements nobody has rated too (marked unrated);
    ///   by default only requirements rated short of target are needs.
    public func trainingNeeds(team teamID: String? = nil, includeUnrated: Bool = false) throws -> TrainingNeedsReport {
        if let teamID {
            return Scoring.trainingNeeds(teamID: teamID, assessments: try assessments(ofTeam: teamID).assessments, includeUnrated: includeUnrated)
        }
        try AccessPolicy.check(.viewOrganisation, by: actor)
        // Read person by person into the builder: only the needs and the people are kept.
        // A rating whose certificate has expired counts as stale (`ExpiredEvidence`).
        let expired = try expiredEvidence()
        // Read once: `catalog` is a copy of the store's on every access.
        let catalog = self.catalog
        let now = self.now
        var builder = TrainingNeedsBuilder(includeUnrated: includeUnrated)
        var positions: [Person?] = []
        var scored: [RequirementAssessment] = []
        try store.forEachActivePersonConcurrently { handedOver in
            var batch = handedOver
            // Taken from the end, so each person moves into `positions` without a copy;
            // the order people are added in does not change the report.
            while let (position, person, ratings) = batch.popLast() {
                if position >= positions.count { positions.append(contentsOf: repeatElement(nil, count: position + 1 - positions.count)) }
                Scoring.score(
                    catalog.requirements(ofRole: person.roleID), ratings: ratings, catalog: catalog, now: now,
                    expiredEvidence: expired.isEmpty ? [] : expired[person.login] ?? [], into: &scored)
                builder.add(scored, teamID: person.teamID, at: position)
                positions[position] = consume person
            }
        }
        // Handed over, not shared: the closure above captured `positions`, and the report
        // moves each person out of a buffer it must hold alone, or copies 100,000 of them.
        var handedOver: [Person?] = []
        swap(&handedOver, &positions)
        return builder.report(teamID: nil, positions: handedOver)
    }

    // MARK: - Rating

    /// Records a rating of `competencyID` at `level` for `login` (the acting user when nil).
    /// The track follows from who is rating whom: one's own rating is the self track, a
    /// lead's rating of a team member the lead track; anyone else is refused.
    /// - Returns: the event as stored.
    /// - Parameter certificate: the number of a certificate of the person rated that the
    ///   rating cites as evidence; the rating turns stale when it expires.
    @discardableResult
    public func rate(
        competencyID: String, level: Int, person login: String? = nil, note: String = "", certificate: Int? = nil
    ) throws -> RatingEvent {
        try recordRating(competencyID: competencyID, level: level, person: login, note: note, certificate: certificate).event
    }

    /// `rate`, returning the receipt a front end needs to show what changed and to offer
    /// taking it back (`withdraw`).
    @discardableResult
    public func recordRating(
        competencyID: String, level: Int, person login: String? = nil, note: String = "", certificate: Int? = nil
    ) throws -> RatingReceipt {
        let person = try login.map { try self.person($0, for: .rate) } ?? currentPerson()
        let event = try validatedRating(competencyID: competencyID, level: level, person: person, note: note)
        if let certificate { try citableCertificate(certificate, for: person) }
        let previous = try previousRating(of: event)
        let number = try store.appendRating(event, actor: actor.realLogin, actingAs: actor.login, progress: nil, certificate: certificate)
        return RatingReceipt(event: event, eventNumber: number, previous: previous)
    }

    /// The current rating on `event`'s track, before `event` is recorded.
    func previousRating(of event: RatingEvent) throws -> Rating? {
        let current = try store.currentRating(of: event.personLogin, competencyID: event.competencyID)
        return event.track == .lead ? current?.leadRating : current?.selfRating
    }

    /// Checks a rating of `person` by the acting user and builds its event: the person is
    /// active, the competency known, the level on the scale, the note not too long, and
    /// the acting user allowed to rate them (which fixes the track).
    func validatedRating(competencyID: String, level: Int, person: Person, note: String) throws -> RatingEvent {
        let track = try AccessPolicy.ratingTrack(for: actor, rating: person)
        guard person.isActive else { throw SkillsError.inactivePerson(person.login) }
        let index = try competencyIndex(competencyID)
        guard ProficiencyScale.levelRange.contains(level) else {
            let scale = catalog.framework(ofCompetency: index).scale
            throw SkillsError.levelOffScale(level, labels: scale.numberedLabels(ProficiencyScale.levelRange))
        }
        let trimmedNote = Self.normalisedNote(note)
        guard trimmedNote.count <= Self.maximumNoteLength else {
            throw SkillsError.noteTooLong(length: trimmedNote.count, maximum: Self.maximumNoteLength)
        }
        if let fault = TerminalText.storageFault(trimmedNote, onOneLine: false) { throw SkillsError.unsafeNote(fault) }
        return RatingEvent(
            personLogin: person.login, competencyID: competencyID, level: level, track: track, raterLogin: actor.login,
            note: trimmedNote, frameworkVersion: catalog.framework(ofCompetency: index).version, ratedAt: clock())
    }

    public static let maximumNoteLength = 2_000

    /// A note as it is stored: without leading and trailing white space. Front ends
    /// compare typed notes with stored ones through this, so that "the same note" means
    /// the same thing everywhere.
    public static func normalisedNote(_ note: String) -> String {
        note.trimmingWhitespace()
    }
}
