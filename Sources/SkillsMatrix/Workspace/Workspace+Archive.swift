import Foundation

extension Workspace {
    /// Every rating event in the database, oldest first (hr and admin only). Notes are
    /// private to each person, their leads and hr: an admin who is not hr gets them empty.
    public func allRatingEvents() throws -> [RatingEvent] {
        try AccessPolicy.check(.exportOrganisation, by: actor)
        let withholdsNotes = !actor.isHR
        var events: [RatingEvent] = []
        try store.allRatingEvents { events.append(withholdsNotes ? $0.withoutNote : $0) }
        return events
    }

    /// Copies the database to `destination` (a new file, mode 0600) with SQLite's online
    /// backup, so people may go on rating meanwhile; then opens the copy and checks it.
    /// Admins only; the backup is recorded in the audit trail.
    /// - Returns: how many rating events the copy holds.
    @discardableResult
    public func backup(to destination: String) throws -> Int {
        try AccessPolicy.check(.backupDatabase, by: actor)
        try store.backup(to: destination)
        let events = try SkillsStore.verifiedCopy(at: destination)
        try store.withTransaction {
            try store.recordAudit(
                actor: actor.realLogin, actingAs: actor.login, action: "backup", subject: destination,
                detail: "\(events) rating events", at: clock())
        }
        return events
    }
}
