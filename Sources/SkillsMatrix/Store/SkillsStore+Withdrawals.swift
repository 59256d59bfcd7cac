import Foundation

extension SkillsStore {
    /// The event numbered `number`, and whether it is still the current rating of its
    /// track (not superseded by a newer one, not withdrawn).
    func ratingEvent(number: Int64) throws -> (event: RatingEvent, isCurrent: Bool)? {
        try connection.query(
            """
            SELECT \(Self.eventColumns),
                (cr.self_event = e.no OR cr.lead_event = e.no) AND e.no NOT IN (SELECT event_no FROM rating_withdrawals)
            FROM rating_events e JOIN people p ON p.no = e.person_no JOIN competencies c ON c.no = e.competency_no
            LEFT JOIN current_ratings cr ON cr.person_no = e.person_no AND cr.competency_no = e.competency_no
            WHERE e.no = ?
            """, [.int(number)]
        ) { (Self.readEvent($0), $0.int(8) != 0) }.first
    }

    /// Marks event `number` withdrawn and writes the audit row, in one transaction; the
    /// schema's trigger moves the current rating back to the newest one not withdrawn.
    /// - Throws: `.ratingSuperseded` when, by the time the write lock is held, the event
    ///   is no longer the current rating of its track.
    func withdrawRating(number: Int64, event: RatingEvent, actor: String, actingAs: String, at date: Date) throws {
        try Self.refuseFutureTime(date)
        try withTransaction {
            guard try ratingEvent(number: number)?.isCurrent == true else {
                throw SkillsError.ratingSuperseded(login: event.personLogin, competencyID: event.competencyID, track: event.track)
            }
            try connection.run(
                "INSERT INTO rating_withdrawals(event_no, withdrawn_by, withdrawn_at) VALUES (?, ?, ?)",
                [.int(number), .text(actingAs), .int(Self.seconds(date))])
            try recordAudit(
                actor: actor, actingAs: actingAs, action: "withdraw rating", subject: "\(event.personLogin) \(event.competencyID)",
                detail: "\(event.track.rawValue) level \(event.level) of \(Self.seconds(event.ratedAt))", at: date)
        }
    }

    /// The current self and lead ratings of one person and competency.
    func currentRating(of login: String, competencyID: String) throws -> CompetencyRating? {
        guard let index = catalog.competencyIndex(of: competencyID) else { return nil }
        return try currentRatings(of: login).first { $0.competency == index }
    }
}
