import Foundation

extension SkillsStore {
    /// Where `login` stopped in the walk-through `scope`: the position of the next
    /// competency to answer, or nil when they never started it.
    func assessmentProgress(of login: String, scope: String) throws -> Int? {
        try connection.scalarInt(
            """
            SELECT ap.position FROM assessment_progress ap JOIN people p ON p.no = ap.person_no
            WHERE p.login = ? AND ap.scope = ?
            """, [.text(login), .text(scope)]
        ).map(Int.init)
    }

    /// Records the next position of a walk-through. Call inside the answer's transaction.
    func setAssessmentProgress(of login: String, scope: String, position: Int, at date: Date) throws {
        try connection.run(
            """
            INSERT INTO assessment_progress(person_no, scope, position, updated_at)
            SELECT no, ?, ?, ? FROM people WHERE login = ?
            ON CONFLICT(person_no, scope) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at
            """, [.text(scope), .int(Int64(position)), .int(Self.seconds(date)), .text(login)])
    }

    /// Appends a rating and moves the walk-through on, in one transaction: a crash can
    /// lose neither the answer nor the place. A `certificate` the rating cites is linked
    /// in the same transaction.
    /// - Returns: the event's number.
    @discardableResult
    func appendRating(
        _ event: RatingEvent, actor: String, actingAs: String, progress: (scope: String, position: Int)?, certificate: Int? = nil
    ) throws -> Int64 {
        try withTransaction(.append) {
            let number = try insertRatingEvent(event)
            if let progress {
                try setAssessmentProgress(of: event.personLogin, scope: progress.scope, position: progress.position, at: event.ratedAt)
            }
            if let certificate {
                try citeCertificate(certificate, forNewestRatingOf: event.personLogin, competencyID: event.competencyID, track: event.track)
            }
            try recordAudit(
                actor: actor, actingAs: actingAs, action: "rate", subject: "\(event.personLogin) \(event.competencyID)",
                detail: "\(event.track.rawValue) level \(event.level)" + (certificate.map { ", citing certificate \($0)" } ?? ""),
                at: event.ratedAt)
            return number
        }
    }

    /// Records a new position without a rating (the person skipped or went back).
    func recordAssessmentProgress(of login: String, scope: String, position: Int, at date: Date) throws {
        try withTransaction(.append) { try setAssessmentProgress(of: login, scope: scope, position: position, at: date) }
    }
}
