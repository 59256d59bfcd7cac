import Foundation

/// Granting and withdrawing the rights the data cannot imply: hr and admin. ("lead" and
/// "staff" follow from leading a team and being a person.) Admins only; every change
/// is written to the audit trail in the same transaction as the change.
extension Workspace {
    /// What a grant or a withdrawal did.
    public enum RightChange: Hashable, Sendable {
        case granted
        case withdrawn
        /// The login already held the right (grant) or did not hold it (withdraw).
        case unchanged
    }

    /// Every granted right, for admins.
    public func grantedRights() throws -> [GrantRecord] {
        try AccessPolicy.check(.manageRights, by: actor)
        return try store.grantRecords()
    }

    /// Grants `right` to `login`: an active member of staff, or a login that already
    /// holds a right (an administrator who is not on the staff list).
    /// - Throws: `AccessDenied` for anyone but an admin acting as themselves;
    ///   `SkillsError.unknownLogin` or `.inactivePerson`.
    public func grant(_ right: AccessRight, to login: String) throws -> RightChange {
        try AccessPolicy.check(.manageRights, by: actor)
        let time = clock()
        return try store.withTransaction {
            if let person = try store.person(login: login) {
                guard person.isActive else { throw SkillsError.inactivePerson(login) }
            }
            let held = try store.rights(of: login)
            if held.contains(right) { return .unchanged }
            if held.isEmpty, try store.person(login: login) == nil { throw SkillsError.unknownLogin(login) }
            try store.insertGrant(right, login: login, grantedBy: actor.realLogin, now: time)
            try store.recordAudit(actor: actor.realLogin, actingAs: actor.login, action: "grant \(right.rawValue)", subject: login, at: time)
            return .granted
        }
    }

    /// Withdraws `right` from `login`. The last admin keeps theirs, so that somebody can
    /// always manage the database.
    /// - Throws: `AccessDenied` for anyone but an admin; `SkillsError.lastAdministrator`.
    public func withdraw(_ right: AccessRight, from login: String) throws -> RightChange {
        try AccessPolicy.check(.manageRights, by: actor)
        let time = clock()
        return try store.withTransaction {
            guard try store.rights(of: login).contains(right) else { return .unchanged }
            if right == .admin, try !hasAnotherEffectiveAdmin(than: login) {
                throw SkillsError.lastAdministrator(login)
            }
            try store.deleteGrant(right, login: login)
            try store.recordAudit(actor: actor.realLogin, actingAs: actor.login, action: "withdraw \(right.rawValue)", subject: login, at: time)
            return .withdrawn
        }
    }

    /// Whether an admin other than `login` can still act: an admin grant held by a person
    /// marked inactive gives no rights (see `Actor.resolved`), so it does not count.
    private func hasAnotherEffectiveAdmin(than login: String) throws -> Bool {
        for record in try store.grantRecords() where record.right == .admin && record.login != login {
            if try store.person(login: record.login)?.isActive ?? true { return true }
        }
        return false
    }
}
