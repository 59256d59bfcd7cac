import Foundation

extension SkillsStore {
    /// Loads a synthetic organisation into this new, empty database in one transaction,
    /// with an audit row. Teams and people take database keys from their positions, so no
    /// row needs a lookup, and each statement is prepared once and re-bound per row.
    ///
    /// Each person x competency x track history arrives oldest first, so the current-rating
    /// triggers only ever move forward and `current_ratings` comes out exactly as if each
    /// rating had been made in turn; rating_events stays append-only.
    /// - Returns: the number of rating events written.
    /// - Throws: when the database already holds people or teams (nothing is written).
    /// - Complexity: O(events), each an append to the table, its index and `current_ratings`.
    @discardableResult
    func insertSynthetic(_ organisation: SyntheticOrganisation, actor: String, now: Date) throws -> Int {
        // The database is new, so there is nothing to protect yet: a rollback journal writes
        // each page once, where the write-ahead log would write it twice (to the log, then
        // back into the database). WAL again once loaded, as `create` left it.
        if case .sqlite(let sqlite) = backend { try sqlite.execute("PRAGMA journal_mode = DELETE") }
        let events = try withTransaction { try writeSynthetic(organisation, on: connection, actor: actor, now: now) }
        switch backend {
        case .sqlite(let sqlite): try sqlite.execute("PRAGMA journal_mode = WAL")
        case .postgres(let postgres): try PostgresSchema.settleAfterBulkLoad(postgres)
        }
        return events
    }

    /// The rows of `insertSynthetic`, through each backend's fastest writer (a re-bound
    /// INSERT on SQLite, COPY on PostgreSQL); call inside a write transaction.
    private func writeSynthetic<Connection: DatabaseConnection>(
        _ organisation: SyntheticOrganisation, on connection: Connection, actor: String, now: Date
    ) throws -> Int {
        let existing = try connection.scalarInt("SELECT (SELECT count(*) FROM teams) + (SELECT count(*) FROM people)") ?? 0
        guard existing == 0 else {
            throw SkillsError.alreadyPopulated(path: path)
        }
        // Built once from the loaded ratings below: cheaper than keeping it up per row.
        try connection.execute("DROP INDEX IF EXISTS current_ratings_by_competency")
        let teamNumber = Dictionary(
            organisation.teams.enumerated().map { ($1.id, Int64($0 + 1)) }, uniquingKeysWith: { first, _ in first })
        let insertTeam = try connection.rowWriter(into: "teams", columns: ["no", "id", "name", "parent_no"])
        for (index, team) in organisation.teams.enumerated() {
            try insertTeam.bind(Int64(index + 1), at: 1)
            try insertTeam.bind(team.id, at: 2)
            try insertTeam.bind(team.name, at: 3)
            // Parents come before their children, so the parent's key is already taken.
            if let parent = team.parentID.flatMap({ teamNumber[$0] }) {
                try insertTeam.bind(parent, at: 4)
            } else {
                try insertTeam.bindNull(at: 4)
            }
            try insertTeam.execute()
        }
        try insertTeam.finish()
        let insertPerson = try connection.rowWriter(into: "people", columns: ["no", "login", "name", "email", "team_no", "role_id", "active"])
        var personNumber: [String: Int64] = [:]
        personNumber.reserveCapacity(organisation.people.count)
        for (index, person) in organisation.people.enumerated() {
            try insertPerson.bind(Int64(index + 1), at: 1)
            try insertPerson.bind(person.login, at: 2)
            try insertPerson.bind(person.name, at: 3)
            try insertPerson.bind(person.email, at: 4)
            try insertPerson.bind(teamNumber[person.teamID] ?? 0, at: 5)
            try insertPerson.bind(person.roleID, at: 6)
            try insertPerson.bind(Int64(1), at: 7)
            try insertPerson.execute()
            personNumber[person.login] = Int64(index + 1)
        }
        try insertPerson.finish()
        let insertLead = try connection.rowWriter(into: "team_leads", columns: ["team_no", "person_no"])
        for (index, team) in organisation.teams.enumerated() {
            for login in team.leadLogins {
                try insertLead.bind(Int64(index + 1), at: 1)
                try insertLead.bind(personNumber[login] ?? 0, at: 2)
                try insertLead.execute()
            }
        }
        try insertLead.finish()
        try connection.resumeKeys(of: "teams")
        try connection.resumeKeys(of: "people")
        for index in organisation.hrPeople {
            try insertGrant(.hr, login: organisation.people[index].login, grantedBy: actor, now: now)
        }
        let insertEvent = try connection.rowWriter(
            into: "rating_events", columns: ["person_no", "competency_no", "level", "track", "rater", "note", "framework_version", "rated_at"])
        var events = 0
        try connection.loadingRatingsInBulk {
            try organisation.forEachRatingEvent { event in
                try insertEvent.bind(Int64(event.person + 1), at: 1)
                try insertEvent.bind(competencyNumbers[event.competency], at: 2)
                try insertEvent.bind(Int64(event.level), at: 3)
                try insertEvent.bind(event.track.rawValue, at: 4)
                try insertEvent.bind(organisation.people[event.rater].login, at: 5)
                try insertEvent.bind(event.note, at: 6)
                try insertEvent.bind(event.frameworkVersion, at: 7)
                try insertEvent.bind(Self.seconds(event.ratedAt), at: 8)
                try insertEvent.execute()
                events += 1
            }
            try insertEvent.finish()
        }
        try connection.execute(Schema.currentRatingsByCompetency)
        try setMeta("synthetic", "seed \(organisation.options.seed), staff \(organisation.options.staff)")
        try recordAudit(
            actor: actor, actingAs: actor, action: "generate synthetic organisation", subject: "organisation",
            detail: "\(organisation.teams.count) teams, \(organisation.people.count) people, \(events) ratings, seed \(organisation.options.seed)",
            at: now)
        return events
    }
}
