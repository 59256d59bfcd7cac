import Foundation

/// The database as the SSH gateway reaches it, and the record of who may reach it.
extension Workspace {
    /// A change of who may reach the database over SSH, as the audit trail names it.
    public enum AccessChange: String, Sendable {
        case addKey = "add ssh key"
        case revokeKey = "revoke ssh key"
    }

    /// Opens the database for the holder of an SSH key that the gateway maps to `login`.
    ///
    /// `login` is who they are, not someone they act as (so, unlike `--as`, they may
    /// change what is theirs to change), and it comes from the key line that only the
    /// administrator writes. Staleness is judged at the real time: nothing from the
    /// client may pin it.
    /// - Throws: `AccessDenied` (`.inactive`, `.noAccess`) for a person marked inactive
    ///   or a login the database does not know, before anything is read.
    public static func openForKeyHolder(databaseAt path: String, login: String) throws -> Workspace {
        let workspace = try open(databaseAt: path, login: login)
        try AccessPolicy.checkKeyHolder(workspace.actor)
        return workspace
    }

    /// Checks that the acting user may see whose keys reach the database (admins).
    public func checkMayViewAccess() throws {
        try AccessPolicy.check(.viewAccess, by: actor)
    }

    /// Checks that `login` may be given an SSH key by the acting user: an admin may give
    /// one to an active person, or to a login granted a right (an administrator who is
    /// not on the staff list).
    /// - Throws: `AccessDenied`; `SkillsError.inactivePerson` or `.unknownLogin`.
    public func checkKeyMayBeAdded(for login: String) throws {
        try AccessPolicy.check(.manageAccess, by: actor)
        if let person = try store.person(login: login) {
            guard person.isActive else { throw SkillsError.inactivePerson(login) }
            return
        }
        if try store.rights(of: login).isEmpty { throw SkillsError.unknownLogin(login) }
    }

    /// Records `change` of each key in `keys` for `login` in the audit trail, one row a
    /// key, and runs `apply` (which writes the keys file) inside the same transaction: if
    /// `apply` fails, no row is written, and a row is never missing for a change made.
    /// Admins only.
    public func recordAccessChange(_ change: AccessChange, login: String, keys: [SSHPublicKey], apply: () throws -> Void) throws {
        try AccessPolicy.check(.manageAccess, by: actor)
        let time = clock()
        try store.withTransaction {
            for key in keys {
                let detail = [key.type, key.fingerprint, key.comment].filter { !$0.isEmpty }.joined(separator: " ")
                try store.recordAudit(actor: actor.realLogin, actingAs: actor.login, action: change.rawValue, subject: login, detail: detail, at: time)
            }
            try apply()
        }
    }
}
