import Foundation

extension Workspace {
    /// Copies the whole database this workspace has open into a new one at `target` (a
    /// SQLite file that does not exist, or an empty PostgreSQL database), checking each
    /// table's rows and content hash on both sides (see `SkillsStore.copy`). Admins
    /// only; the source records the copy in its audit trail, after it was made (the
    /// copy holds the trail as it was).
    /// - Returns: each table's row count and hash.
    public func migrate(to target: String) throws -> [TableDigest] {
        try AccessPolicy.check(.backupDatabase, by: actor)
        let digests = try store.copy(to: target)
        let rows = digests.map(\.rows).reduce(0, +)
        try store.withTransaction {
            try store.recordAudit(
                actor: actor.realLogin, actingAs: actor.login, action: "migrate", subject: DatabaseLocation.withoutPassword(target),
                detail: "\(digests.count) tables, \(rows) rows", at: clock())
        }
        return digests
    }
}
