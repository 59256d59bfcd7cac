import Foundation

extension Workspace {
    /// Copies the whole database this workspace has open into a new one at `target` (a
    /// SQLite file that does not exist, or an empty PostgreSQL database), checking each
    /// table's rows and content hash on both sides (see `SkillsStore.copy`). Admins
    /// only. Once the copy is checked, each side records it in its own audit trail: the
    /// source that it was copied ("migrate"), the copy where it came from ("migrated
    /// here"), so that either database says who moved the data and when.
    /// - Returns: each table's row count and hash.
    public func migrate(to target: String) throws -> [TableDigest] {
        try AccessPolicy.check(.backupDatabase, by: actor)
        let digests = try store.copy(to: target)
        let detail = "\(digests.count) tables, \(digests.map(\.rows).reduce(0, +)) rows"
        let now = clock()
        let copy = try SkillsStore.open(at: target)
        for (side, action, subject) in [(store, "migrate", copy.path), (copy, "migrated here", store.path)] {
            try side.withTransaction {
                try side.recordAudit(actor: actor.realLogin, actingAs: actor.login, action: action, subject: subject, detail: detail, at: now)
            }
        }
        return digests
    }
}
