@testable import SkillsMatrix

extension Workspace {
    /// Every rating event, oldest first, as values. The program itself only streams them
    /// (`exportRatings`); tests compare them whole.
    func allRatingEvents() throws -> [RatingEvent] {
        try store.connection.query(
            """
            SELECT \(SkillsStore.eventColumns)
            FROM rating_events e JOIN people p ON p.no = e.person_no JOIN competencies c ON c.no = e.competency_no
            ORDER BY e.no
            """, []) { SkillsStore.readEvent($0) }
    }
}
