/// Something a user asks to do, as the policy sees it.
public enum Action: Hashable, Sendable {
    case viewFrameworks
    case viewPerson(Person)
    case viewTeam(String)
    case viewOrganisation
    case rate(Person)
    /// Working through the self ratings that wait in a team the user leads.
    case validate(teamID: String)
    case exportOrganisation
    case manageFrameworks
    case manageStaff
    case backupDatabase
    /// Seeing whose SSH keys reach the database.
    case viewAccess
    /// Adding or revoking an SSH key.
    case manageAccess
    /// Seeing, granting or withdrawing the hr and admin rights.
    case manageRights
    /// Saving the language one reads the tool in: one's own only.
    case setOwnLanguage

    /// Whether the action changes the database: refused to anyone acting as someone
    /// else outside the demo, so that a change is always made in the changer's own name.
    var changesData: Bool {
        switch self {
        case .rate, .manageFrameworks, .manageStaff, .backupDatabase, .manageAccess, .manageRights, .setOwnLanguage: return true
        case .viewFrameworks, .viewPerson, .viewTeam, .viewOrganisation, .validate, .exportOrganisation, .viewAccess: return false
        }
    }
}
