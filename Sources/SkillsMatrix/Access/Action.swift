/// Something a user asks to do, as the policy sees it.
public enum Action: Hashable, Sendable {
    case viewFrameworks
    case viewPerson(Person)
    case viewTeam(String)
    case viewOrganisation
    case rate(Person)
    /// Taking back a rating of `person`; `raterLogin` made it.
    case withdraw(raterLogin: String, person: Person)
    /// Working through the self ratings that wait in a team the user leads.
    case validate(teamID: String)
    case exportOrganisation
    case manageFrameworks
    case manageStaff
    case backupDatabase
    /// Seeing a person's rating notes and certificates: private to them, their leads and hr.
    case viewEvidence(Person)
    /// Finding a person in the who-knows-what search; `offersMentoring` when they marked
    /// the competency "willing to mentor", which shows them to everyone who searches.
    case findPerson(Person, offersMentoring: Bool)
    /// Adding an item to a person's development plan.
    case addPlanItem(Person)
    /// Booking, completing or cancelling an item of a person's development plan.
    case movePlanItem(Person)
    case recordCertificate(Person)
    /// Setting a person's "willing to mentor" and "want to grow" marks.
    case markInterest(Person)
    /// Seeing whose SSH keys reach the database.
    case viewAccess
    /// Adding or revoking an SSH key.
    case manageAccess
    /// Seeing, granting or withdrawing the hr and admin rights.
    case manageRights
    /// Saving the language one reads the tool in: one's own only.
    case setOwnLanguage
    /// Opening and closing review cycles.
    case manageCycles

    /// Whether the action changes the database: refused to anyone acting as someone
    /// else outside the demo, so that a change is always made in the changer's own name.
    var changesData: Bool {
        switch self {
        case .rate, .withdraw, .manageFrameworks, .manageStaff, .backupDatabase, .manageAccess, .manageRights, .manageCycles, .addPlanItem, .movePlanItem, .recordCertificate,
            .markInterest, .setOwnLanguage:
            return true
        case .viewFrameworks, .viewPerson, .viewTeam, .viewOrganisation, .validate, .exportOrganisation, .viewAccess, .viewEvidence,
            .findPerson:
            return false
        }
    }
}
