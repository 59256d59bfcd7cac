import Foundation

extension SkillsStore {
    // MARK: - Writing

    /// Appends one rating event and its audit row in one transaction.
    /// - Throws: when the person or competency is unknown (nothing is written).
    public func appendRating(_ event: RatingEvent, actor: String, actingAs: String) throws {
        try appendRating(event, actor: actor, actingAs: actingAs, progress: nil)
    }

    func insertRatingEvent(_ event: RatingEvent) throws {
        guard let competency = competencyNumber(of: event.competencyID) else {
            throw InvalidRequest("unknown competency \(event.competencyID): see `skills-tui frameworks list`")
        }
        guard let person = try connection.scalarInt("SELECT no FROM people WHERE login = ?", [.text(event.personLogin)]) else {
            throw InvalidRequest("unknown login \(event.personLogin): see `skills-tui staff list`")
        }
        try connection.run(
            """
            INSERT INTO rating_events(person_no, competency_no, level, track, rater, note, framework_version, rated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .int(person), .int(competency), .int(Int64(event.level)), .text(event.track.rawValue), .text(event.raterLogin),
                .text(event.note), .text(event.frameworkVersion), .int(Self.seconds(event.ratedAt)),
            ])
    }

    // MARK: - Current ratings

    /// Current self and lead ratings of the people in `teamIDs` (everyone when nil), by login.
    /// - Complexity: one query per team; rows arrive grouped by person.
    public func currentRatings(inTeams teamIDs: [String]?) throws -> [String: [CompetencyRating]] {
        let select = """
            SELECT p.login, cr.competency_no, cr.self_level, cr.self_at, cr.lead_level, cr.lead_at
            FROM current_ratings cr JOIN people p ON p.no = cr.person_no
            """
        guard let teamIDs else { return try readRatings(select + " ORDER BY cr.person_no", []) }
        var result: [String: [CompetencyRating]] = [:]
        for teamID in teamIDs {
            result.merge(
                try readRatings(select + " WHERE p.team_no = (SELECT no FROM teams WHERE id = ?) ORDER BY cr.person_no", [.text(teamID)]),
                uniquingKeysWith: { first, _ in first })
        }
        return result
    }

    /// Current ratings of one person.
    public func currentRatings(of login: String) throws -> [CompetencyRating] {
        try readRatings(
            """
            SELECT p.login, cr.competency_no, cr.self_level, cr.self_at, cr.lead_level, cr.lead_at
            FROM current_ratings cr JOIN people p ON p.no = cr.person_no WHERE p.login = ?
            """, [.text(login)])[login] ?? []
    }

    private func readRatings(_ sql: String, _ parameters: [SQLiteValue]) throws -> [String: [CompetencyRating]] {
        var result: [String: [CompetencyRating]] = [:]
        var currentLogin: String?
        var current: [CompetencyRating] = []
        let statement = try connection.statement(sql)
        try statement.bind(parameters)
        while try statement.step() {
            guard let rating = readCurrentRating(statement, from: 1) else { continue }
            let login = statement.text(0)
            if login != currentLogin {
                if let currentLogin { result[currentLogin] = current }
                currentLogin = login
                current = []
            }
            current.append(rating)
        }
        if let currentLogin { result[currentLogin] = current }
        return result
    }

    // MARK: - History

    /// Every event for one person (and one competency when given), newest first.
    public func ratingHistory(of login: String, competencyID: String? = nil) throws -> [RatingEvent] {
        var sql = """
            SELECT p.login, c.id, e.level, e.track, e.rater, e.note, e.framework_version, e.rated_at
            FROM rating_events e JOIN people p ON p.no = e.person_no JOIN competencies c ON c.no = e.competency_no
            WHERE p.login = ?
            """
        var parameters: [SQLiteValue] = [.text(login)]
        if let competencyID {
            sql += " AND c.id = ?"
            parameters.append(.text(competencyID))
        }
        sql += " ORDER BY e.rated_at DESC, e.no DESC"
        return try connection.query(sql, parameters, Self.readEvent)
    }

    /// The newest event of every (person, competency, track) for the given people: what
    /// a lead needs to see notes and raters beside current levels.
    public func currentEvents(of logins: [String]) throws -> [RatingEvent] {
        var events: [RatingEvent] = []
        for login in logins {
            events += try connection.query(
                """
                SELECT p.login, c.id, e.level, e.track, e.rater, e.note, e.framework_version, e.rated_at
                FROM current_ratings cr
                JOIN people p ON p.no = cr.person_no
                JOIN competencies c ON c.no = cr.competency_no
                JOIN rating_events e ON e.no IN (cr.self_event, cr.lead_event)
                WHERE p.login = ?
                ORDER BY c.no, e.track
                """, [.text(login)], Self.readEvent)
        }
        return events
    }

    /// Every rating event in the database, oldest first (for exports and archives).
    public func allRatingEvents(_ body: (RatingEvent) throws -> Void) throws {
        let statement = try connection.statement(
            """
            SELECT p.login, c.id, e.level, e.track, e.rater, e.note, e.framework_version, e.rated_at
            FROM rating_events e JOIN people p ON p.no = e.person_no JOIN competencies c ON c.no = e.competency_no
            ORDER BY e.no
            """)
        while try statement.step() { try body(Self.readEvent(statement)) }
    }

    public func ratingEventCount() throws -> Int { Int(try connection.scalarInt("SELECT count(*) FROM rating_events") ?? 0) }

    private static func readEvent(_ row: SQLiteStatement) -> RatingEvent {
        RatingEvent(
            personLogin: row.text(0), competencyID: row.text(1), level: row.int(2),
            track: RatingTrack(rawValue: row.text(3)) ?? .selfAssessment, raterLogin: row.text(4), note: row.text(5),
            frameworkVersion: row.text(6), ratedAt: date(row.int64(7)))
    }
}
