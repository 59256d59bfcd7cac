/// A refusal by `AccessPolicy`: exit status 77 on the command line.
///
/// A refusal about a person or a team reads the same whether they exist or not, so that
/// nobody learns of a login, or of someone's team, that they may not see.
public struct AccessDenied: SkillsFailure, Hashable {
    /// What was refused.
    public enum Refusal: Hashable, Sendable {
        /// Seeing a person's ratings (also said for a login that does not exist).
        case person(String)
        /// Seeing a team (also said for a team that does not exist); `visible` are the teams the user may see.
        case team(String, visible: [String])
        case organisation
        case exportOrganisation
        /// Rating a person (also said for a login that does not exist).
        case rate(String)
        /// Validating in a team the user does not lead.
        case validate(teamID: String)
        case manageFrameworks
        case manageStaff
        case backupDatabase
        /// `--as` by someone who is neither an admin nor in the demo.
        case actAs(String)
        /// A change while acting as someone else outside the demo.
        case changeAs(String)
        /// The login is a person marked inactive: they have no rights at all.
        case inactive
        /// The login is neither a person nor granted a right: an SSH key mapped to a
        /// login the database does not know.
        case noAccess
        /// Changing or listing who may reach the database over SSH.
        case manageAccess
        /// Seeing, granting or withdrawing the hr and admin rights.
        case manageRights
    }

    /// The login whose rights were used.
    public let login: String
    public let refusal: Refusal

    public init(login: String, refusal: Refusal) {
        self.login = login
        self.refusal = refusal
    }

    public var kind: FailureKind { .notPermitted }

    public var description: String {
        let who = login
        switch refusal {
        case .person(let other):
            return "\(who) may not see \(other)'s ratings: you may see your own and those of the people in teams you lead"
        case .team(let teamID, let visible):
            let hint = visible.isEmpty ? "" : "; teams you can see: \(visible.joined(separator: ", "))"
            return "\(who) may not see team \(teamID): only its leads, hr or an admin may\(hint)"
        case .organisation:
            return "\(who) may not see the whole organisation: only hr or an admin may"
        case .exportOrganisation:
            return "\(who) may not export organisation data: only hr or an admin may"
        case .rate(let other):
            return "\(who) may not rate \(other): only \(other) (self track) or a lead of their team (lead track) may"
        case .validate(let teamID):
            return "\(who) does not lead team \(teamID), so has no ratings to validate there"
        case .manageFrameworks:
            return "\(who) may not change frameworks: only an admin may"
        case .manageStaff:
            return "\(who) may not change staff records: only an admin may"
        case .backupDatabase:
            return "\(who) may not back up the database: only an admin may"
        case .actAs(let other):
            return "\(who) may not act as \(other): acting as someone else is for administrators (and for anyone in the demo organisation)"
        case .changeAs(let other):
            return "acting as \(other) is for reading only: \(other) records their own ratings and changes (nothing was changed)"
        case .inactive:
            return "\(who) is marked inactive in this database, so has no access; ask an administrator"
        case .noAccess:
            return "\(who) is not a member of staff in this database, so has no access; ask an administrator"
        case .manageAccess:
            return "\(who) may not see or change who reaches the database over SSH: only an admin may"
        case .manageRights:
            return "\(who) may not see, grant or withdraw the hr and admin rights: only an admin may"
        }
    }
}
