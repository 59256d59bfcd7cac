import Foundation

extension SkillsStore {
    // MARK: - Writing

    /// Appends one rating event and its audit row in one transaction.
    /// - Throws: when the person or competency is unknown (nothing is written).
    /// - Returns: the event's number.
    @discardableResult
    func appendRating(_ event: RatingEvent, actor: String, actingAs: String) throws -> Int64 {
        try appendRating(event, actor: actor, actingAs: actingAs, progress: nil)
    }

    /// - Returns: the event's number.
    @discardableResult
    func insertRatingEvent(_ event: RatingEvent) throws -> Int64 {
        guard let competency = competencyNumber(of: event.competencyID) else {
            throw SkillsError.unknownCompetency(event.competencyID)
        }
        guard let person = try connection.scalarInt("SELECT no FROM people WHERE login = ?", [.text(event.personLogin)]) else {
            throw SkillsError.unknownLogin(event.personLogin)
        }
        try Self.refuseFutureTime(event.ratedAt)
        // RETURNING: both backends hand back the new key in the same round trip.
        let number = try connection.scalarInt(
            """
            INSERT INTO rating_events(person_no, competency_no, level, track, rater, note, framework_version, rated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING no
            """,
            [
                .int(person), .int(competency), .int(Int64(event.level)), .text(event.track.rawValue), .text(event.raterLogin),
                .text(event.note), .text(event.frameworkVersion), .int(Self.seconds(event.ratedAt)),
            ])
        return number ?? 0
    }

    // MARK: - Current ratings

    /// Current self and lead ratings of the people in `teamIDs` (everyone when nil), by login.
    /// - Complexity: one query per team; rows arrive grouped by person.
    func currentRatings(inTeams teamIDs: [String]?) throws -> [String: [CompetencyRating]] {
        let select = """
            SELECT p.login, cr.competency_no, cr.self_level, cr.self_at, cr.lead_level, cr.lead_at
            FROM current_ratings cr JOIN people p ON p.no = cr.person_no
            """
        guard let teamIDs else { return try readRatings(select + " ORDER BY cr.person_no", []) }
        return try readRatings(
            select + " WHERE p.team_no IN (SELECT no FROM teams WHERE id IN (\(connection.dialect.idListRows))) ORDER BY cr.person_no",
            [Self.idList(teamIDs)])
    }


    /// Current ratings of one person.
    func currentRatings(of login: String) throws -> [CompetencyRating] {
        try readRatings(
            """
            SELECT p.login, cr.competency_no, cr.self_level, cr.self_at, cr.lead_level, cr.lead_at
            FROM current_ratings cr JOIN people p ON p.no = cr.person_no WHERE p.login = ?
            """, [.text(login)])[login] ?? []
    }

    private func readRatings(_ sql: String, _ parameters: [DatabaseValue]) throws -> [String: [CompetencyRating]] {
        var result: [String: [CompetencyRating]] = [:]
        var currentLogin: String?
        var current: [CompetencyRating] = []
        try connection.forEachRow(sql, parameters) { row in
            guard let rating = readCurrentRating(row, from: 1) else { return }
            let login = row.text(0)
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

    /// Every event for one person (and one competency when given) that counts, newest
    /// first: ratings taken back (`rating_withdrawals`) are left out.
    func ratingHistory(of login: String, competencyID: String? = nil) throws -> [RatingEvent] {
        var sql = """
            SELECT \(Self.eventColumns)
            FROM rating_events e JOIN people p ON p.no = e.person_no JOIN competencies c ON c.no = e.competency_no
            WHERE p.login = ? AND e.no NOT IN (SELECT event_no FROM rating_withdrawals)
            """
        var parameters: [DatabaseValue] = [.text(login)]
        if let competencyID {
            sql += " AND c.id = ?"
            parameters.append(.text(competencyID))
        }
        sql += " ORDER BY e.rated_at DESC, e.no DESC"
        return try connection.query(sql, parameters) { Self.readEvent($0) }
    }

    /// The note of each current self rating of `login`, by competency id (empty notes left out).
    func currentSelfNotes(of login: String) throws -> [String: String] {
        let rows = try connection.query(
            """
            SELECT c.id, e.note FROM current_ratings cr
            JOIN people p ON p.no = cr.person_no
            JOIN competencies c ON c.no = cr.competency_no
            JOIN rating_events e ON e.no = cr.self_event
            WHERE p.login = ? AND e.note <> ''
            """, [.text(login)]
        ) { (competency: $0.text(0), note: $0.text(1)) }
        return Dictionary(rows.map { ($0.competency, $0.note) }, uniquingKeysWith: { first, _ in first })
    }

    // MARK: - Validation

    /// The one statement of what awaits a lead: an active person's current self rating
    /// of a competency in force, with no lead rating at least as new. Shared by the queue
    /// and its count; parameters: the team ids (a JSON array), the lead's own login.
    ///
    /// `+cr.competency_no` keeps SQLite from using the competency as the second column of
    /// the (person, competency) key: with it, each person's ratings are read in one range
    /// instead of one key lookup per competency in force (59 per person), 6x faster for
    /// a whole organisation. `QueryPlanTests` pins the plan.
    static func pendingValidationCondition(_ dialect: any SQLDialect) -> String {
        """
        p.team_no IN (SELECT no FROM teams WHERE id IN (\(dialect.idListRows)))
        AND p.active = 1 AND p.login <> ?
        AND +cr.competency_no IN (SELECT no FROM competencies WHERE retired = 0)
        AND cr.self_at IS NOT NULL AND (cr.lead_at IS NULL OR cr.lead_at < cr.self_at)
        """
    }

    /// The same for a list of people (a JSON array of logins) rather than teams: how the
    /// queue is read a page at a time.
    static func pendingValidationOfPeopleCondition(_ dialect: any SQLDialect) -> String {
        """
        p.login IN (\(dialect.idListRows)) AND p.active = 1 AND p.login <> ?
        AND +cr.competency_no IN (SELECT no FROM competencies WHERE retired = 0)
        AND cr.self_at IS NOT NULL AND (cr.lead_at IS NULL OR cr.lead_at < cr.self_at)
        """
    }

    /// Self ratings in `teamIDs` awaiting a lead, except `login`'s own: the self event
    /// with its note, and the older lead rating if any.
    func pendingValidations(inTeams teamIDs: [String], excluding login: String) throws -> [(event: RatingEvent, lead: Rating?)] {
        try connection.query(
            Self.pendingValidationsQuery(where: Self.pendingValidationCondition(connection.dialect)), [Self.idList(teamIDs), .text(login)]
        ) { row in
            (Self.readEvent(row), row.isNull(8) ? nil : Rating(level: row.int(8), ratedAt: Self.date(row.int64(9))))
        }
    }

    /// Self ratings of the people with `logins` awaiting a lead, except `login`'s own:
    /// how the queue is read a page of people at a time.
    func pendingValidations(ofPeople logins: [String], excluding login: String) throws -> [(event: RatingEvent, lead: Rating?)] {
        try connection.query(
            Self.pendingValidationsQuery(where: Self.pendingValidationOfPeopleCondition(connection.dialect)), [Self.idList(logins), .text(login)]
        ) { row in
            (Self.readEvent(row), row.isNull(8) ? nil : Rating(level: row.int(8), ratedAt: Self.date(row.int64(9))))
        }
    }

    /// The waiting self events with their older lead rating, for `condition`.
    static func pendingValidationsQuery(where condition: String) -> String {
        """
        SELECT \(eventColumns), cr.lead_level, cr.lead_at
        FROM current_ratings cr
        JOIN people p ON p.no = cr.person_no
        JOIN competencies c ON c.no = cr.competency_no
        JOIN rating_events e ON e.no = cr.self_event
        WHERE \(condition)
        """
    }

    /// How many self ratings in `teamIDs` await a lead, and how many of those are
    /// disputed: the length of that queue, without reading it.
    func pendingValidationCount(inTeams teamIDs: [String], excluding login: String) throws -> (waiting: Int, disputed: Int) {
        try connection.query(Self.pendingValidationCountQuery(connection.dialect), [Self.idList(teamIDs), .text(login)]) {
            (waiting: $0.int(0), disputed: $0.int(1))
        }.first ?? (0, 0)
    }

    /// The queue's length and how many of it are disputed (a CASE rather than summing a
    /// comparison, which PostgreSQL does not add up).
    static func pendingValidationCountQuery(_ dialect: any SQLDialect) -> String {
        """
        SELECT count(*),
            coalesce(sum(CASE WHEN cr.lead_level IS NOT NULL AND abs(cr.self_level - cr.lead_level) >= \(Scoring.disputeThreshold) THEN 1 ELSE 0 END), 0)
        FROM current_ratings cr JOIN people p ON p.no = cr.person_no WHERE \(pendingValidationCondition(dialect))
        """
    }

    /// Hands every rating event that counts, oldest first, to `body` as the bytes SQLite
    /// holds, one row at a time: the way millions of events are exported without a
    /// `String` each. A rating taken back by its maker is left out, so that the export
    /// reads as the ratings in force were given.
    func forEachRatingEvent(_ body: (RatingEventBytes) throws -> Void) throws {
        try connection.forEachRow(Self.ratingEventsExportQuery) { row in
            try body(
                RatingEventBytes(
                    ratedAt: row.int64(0), login: row.textBytes(1), competencyID: row.textBytes(2),
                    frameworkVersion: row.textBytes(3), track: row.textBytes(4), level: row.int(5),
                    rater: row.textBytes(6), note: row.textBytes(7)))
        }
    }

    /// Every event that counts (none withdrawn) in the order recorded: one pass over the
    /// table, each event's person and competency found by their integer keys.
    static let ratingEventsExportQuery = """
        SELECT e.rated_at, p.login, c.id, e.framework_version, e.track, e.level, e.rater, e.note
        FROM rating_events e JOIN people p ON p.no = e.person_no JOIN competencies c ON c.no = e.competency_no
        WHERE e.no NOT IN (SELECT event_no FROM rating_withdrawals)
        ORDER BY e.no
        """

    func ratingEventCount() throws -> Int { Int(try connection.scalarInt("SELECT count(*) FROM rating_events") ?? 0) }

    /// The columns `readEvent` reads, from `rating_events e`, `people p` and `competencies c`.
    static let eventColumns = "p.login, c.id, e.level, e.track, e.rater, e.note, e.framework_version, e.rated_at"

    static func readEvent(_ row: some DatabaseRow) -> RatingEvent {
        RatingEvent(
            personLogin: row.text(0), competencyID: row.text(1), level: row.int(2),
            track: RatingTrack(rawValue: row.text(3)) ?? .selfAssessment, raterLogin: row.text(4), note: row.text(5),
            frameworkVersion: row.text(6), ratedAt: date(row.int64(7)))
    }
}
