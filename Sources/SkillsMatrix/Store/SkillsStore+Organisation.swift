import Foundation

/// Teams, people, leads and grants to add to a database in one go (a staff import or
/// the demo organisation), and for the demo its development data. Existing teams and
/// people with the same ids are updated.
struct OrganisationChanges: Sendable {
    var teams: [Team]
    var people: [Person]
    var grants: [(login: String, right: AccessRight)]
    var ratings: [RatingEvent]
    var planItems: [PlanItem] = []
    /// Each cited by the current self ratings of its `supports`.
    var certificates: [Certificate] = []
    var marks: [InterestMarkEvent] = []

    init(teams: [Team] = [], people: [Person] = [], grants: [(login: String, right: AccessRight)] = [], ratings: [RatingEvent] = []) {
        self.teams = teams
        self.people = people
        self.grants = grants
        self.ratings = ratings
    }
}

extension SkillsStore {
    private static let personColumns = "p.login, p.name, p.email, t.id, p.role_id, p.active"

    private static func readPerson(_ row: some DatabaseRow) -> Person {
        Person(
            login: row.text(0), name: row.text(1), email: row.text(2), teamID: row.text(3), roleID: row.text(4),
            isActive: row.int(5) != 0)
    }

    // MARK: - Reading

    /// Every team with its leads, ordered by id.
    func teams() throws -> [Team] {
        let leads = try connection.query(connection.dialect.teamLeadsQuery) { (team: $0.int64(0), login: $0.text(1)) }
        let leadsByTeam = Dictionary(grouping: leads, by: \.team)
        return try connection.query(
            "SELECT t.no, t.id, t.name, parent.id FROM teams t LEFT JOIN teams parent ON parent.no = t.parent_no ORDER BY t.id"
        ) {
            Team(id: $0.text(1), name: $0.text(2), parentID: $0.optionalText(3), leadLogins: leadsByTeam[$0.int64(0)]?.map(\.login) ?? [])
        }
    }

    func person(login: String) throws -> Person? {
        try connection.query(
            "SELECT \(Self.personColumns) FROM people p JOIN teams t ON t.no = p.team_no WHERE p.login = ?", [.text(login)]
        ) { Self.readPerson($0) }.first
    }

    /// People of the given teams (every team when nil), ordered by login.
    func people(inTeams teamIDs: [String]? = nil, includingInactive: Bool = false) throws -> [Person] {
        var conditions: [String] = []
        var parameters: [DatabaseValue] = []
        if !includingInactive { conditions.append("p.active = 1") }
        if let teamIDs {
            conditions.append("t.id IN (\(connection.dialect.idListRows))")
            parameters.append(Self.idList(teamIDs))
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try connection.query(
            "SELECT \(Self.personColumns) FROM people p JOIN teams t ON t.no = p.team_no \(filter) ORDER BY p.login",
            parameters) { Self.readPerson($0) }
    }

    /// The logins and names of the active people of the given teams, in no order: what
    /// ordering a whole organisation by name needs, without the rest of each person (see
    /// `Workspace.validationScope(team:first:)`).
    func loginsAndNames(inTeams teamIDs: [String]) throws -> [(login: String, name: String)] {
        try connection.query(
            "SELECT p.login, p.name FROM people p JOIN teams t ON t.no = p.team_no WHERE p.active = 1 AND t.id IN (\(connection.dialect.idListRows))",
            [Self.idList(teamIDs)]) { (login: $0.text(0), name: $0.text(1)) }
    }

    /// The people with these logins, by login (those not found are left out).
    func people(logins: [String]) throws -> [Person] {
        try connection.query(
            "SELECT \(Self.personColumns) FROM people p JOIN teams t ON t.no = p.team_no WHERE p.login IN (\(connection.dialect.idListRows)) ORDER BY p.login",
            [Self.idList(logins)]) { Self.readPerson($0) }
    }

    /// A list of ids as one bound parameter (a JSON array for `SQLDialect.idListRows`): one query for
    /// any number of teams, where a query per team would run thousands of times for the
    /// head of a large council.
    static func idList(_ ids: [String]) -> DatabaseValue {
        .text(JSONWriter.string(.array(ids.map { .string($0) }), style: .compact))
    }

    func peopleCount() throws -> Int { Int(try connection.scalarInt("SELECT count(*) FROM people WHERE active = 1") ?? 0) }

    func rights(of login: String) throws -> Set<AccessRight> {
        Set(try connection.query("SELECT access_right FROM grants WHERE login = ?", [.text(login)]) { AccessRight(rawValue: $0.text(0)) }.compactMap { $0 })
    }

    /// Everyone holding a granted right, ordered by login.
    func grants() throws -> [(login: String, right: AccessRight)] {
        try connection.query("SELECT login, access_right FROM grants ORDER BY login, access_right") {
            (login: $0.text(0), right: AccessRight(rawValue: $0.text(1)) ?? .hr)
        }
    }

    /// Every granted right with who granted it and when, ordered by login then right.
    func grantRecords() throws -> [GrantRecord] {
        try connection.query("SELECT login, access_right, granted_by, granted_at FROM grants ORDER BY login, access_right") {
            GrantRecord(login: $0.text(0), right: AccessRight(rawValue: $0.text(1)) ?? .hr, grantedBy: $0.text(2), grantedAt: Self.date(Int64($0.int(3))))
        }
    }

    func deleteGrant(_ right: AccessRight, login: String) throws {
        try connection.run("DELETE FROM grants WHERE login = ? AND access_right = ?", [.text(login), .text(right.rawValue)])
    }

    // MARK: - Writing

    /// Adds `person`, or updates the person with that login in place (name, email, team,
    /// role, active): a login is never duplicated. Their team must exist.
    func upsertPerson(_ person: Person) throws {
        try connection.run(
            """
            INSERT INTO people(login, name, email, team_no, role_id, active)
            VALUES (?, ?, ?, (SELECT no FROM teams WHERE id = ?), ?, ?)
            ON CONFLICT(login) DO UPDATE SET name = excluded.name, email = excluded.email,
                team_no = excluded.team_no, role_id = excluded.role_id, active = excluded.active
            """,
            [
                .text(person.login), .text(person.name), .text(person.email), .text(person.teamID), .text(person.roleID),
                .int(person.isActive ? 1 : 0),
            ])
    }

    func insertGrant(_ right: AccessRight, login: String, grantedBy: String, now: Date) throws {
        try connection.run(
            "INSERT INTO grants(login, access_right, granted_by, granted_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [.text(login), .text(right.rawValue), .text(grantedBy), .int(Self.seconds(now))])
    }

    /// Adds or updates teams and people, sets leads, grants rights and appends rating
    /// events, all in one transaction with audit rows. Validation is the caller's job
    /// (the parsers check ids and references); the database's constraints are the backstop.
    func apply(_ changes: OrganisationChanges, actor: String, actingAs: String, action: String, now: Date) throws {
        try withTransaction {
            // Teams first without parents, then parents, so that order in the input does not matter.
            for team in changes.teams {
                try connection.run(
                    "INSERT INTO teams(id, name) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name",
                    [.text(team.id), .text(team.name)])
            }
            for team in changes.teams {
                try connection.run(
                    "UPDATE teams SET parent_no = (SELECT no FROM teams WHERE id = ?) WHERE id = ?",
                    [DatabaseValue(team.parentID), .text(team.id)])
            }
            for person in changes.people {
                try upsertPerson(person)
            }
            for team in changes.teams {
                try connection.run("DELETE FROM team_leads WHERE team_no = (SELECT no FROM teams WHERE id = ?)", [.text(team.id)])
                for login in team.leadLogins {
                    try connection.run(
                        "INSERT INTO team_leads(team_no, person_no) SELECT t.no, p.no FROM teams t, people p WHERE t.id = ? AND p.login = ?",
                        [.text(team.id), .text(login)])
                }
            }
            for grant in changes.grants {
                try insertGrant(grant.right, login: grant.login, grantedBy: actingAs, now: now)
            }
            for event in changes.ratings {
                try insertRatingEvent(event)
            }
            for certificate in changes.certificates { _ = try insertCertificateRow(certificate) }
            for item in changes.planItems { _ = try insertPlanItemRows(item) }
            for mark in changes.marks { try insertMarkRow(mark) }
            var detail = "\(changes.teams.count) teams, \(changes.people.count) people, \(changes.grants.count) grants, \(changes.ratings.count) ratings"
            if !changes.planItems.isEmpty || !changes.certificates.isEmpty || !changes.marks.isEmpty {
                detail += ", \(changes.planItems.count) plan items, \(changes.certificates.count) certificates, \(changes.marks.count) marks"
            }
            try recordAudit(actor: actor, actingAs: actingAs, action: action, subject: "organisation", detail: detail, at: now)
        }
    }
}
