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
        /// Taking back a rating someone else made, or of a person one may no longer rate.
        case withdraw(raterLogin: String, person: String)
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
        /// Changing a person's development plan (also said for a login that does not exist).
        case changePlan(String)
        /// A plan item the user may not see (also said for a number that does not exist).
        case planItem(Int)
        /// Seeing a person's rating notes and certificates (also said for a login that does not exist).
        case evidence(String)
        /// Recording a certificate for a person.
        case recordCertificate(String)
        /// A certificate the user may not see or cite (also said for a number that does not exist).
        case certificate(Int)
        /// Setting another person's mentor and growth marks.
        case markInterest(String)
        /// Listing other people's certificates, by an admin who is neither hr nor a lead.
        case evidenceInBulk
        /// The login is neither a person nor granted a right: an SSH key mapped to a
        /// login the database does not know.
        case noAccess
        /// Changing or listing who may reach the database over SSH.
        case manageAccess
        /// Seeing, granting or withdrawing the hr and admin rights.
        case manageRights
        /// Opening or closing a review cycle.
        case manageCycles
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
        case .withdraw(let raterLogin, let person):
            if raterLogin != who { return "\(who) may not take back \(raterLogin)'s rating of \(person): only the person who made a rating may" }
            return "\(who) may not take back a rating of \(person): only someone who may still rate \(person) may"
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
        case .changePlan(let other):
            return "\(who) may not add to \(other)'s development plan: only \(other) and a lead of their team may (hr may also book and close items)"
        case .planItem(let number):
            return "\(who) may not change plan item \(number): only the person whose plan it is, a lead of their team or hr may"
        case .evidence(let other):
            return "\(who) may not see \(other)'s rating notes and certificates: only \(other), a lead of their team and hr may"
        case .recordCertificate(let other):
            return "\(who) may not record certificates for \(other): only \(other), a lead of their team or hr may"
        case .certificate(let number):
            return "\(who) may not use certificate \(number): only its holder, a lead of their team and hr may"
        case .markInterest(let other):
            return "\(who) may not set \(other)'s mentor and growth marks: only \(other) sets their own"
        case .evidenceInBulk:
            return "\(who) may not list other people's certificates: they are private to each person, the leads of their team and hr, and admin rights do not include them"
        case .noAccess:
            return "\(who) is not a member of staff in this database, so has no access; ask an administrator"
        case .manageAccess:
            return "\(who) may not see or change who reaches the database over SSH: only an admin may"
        case .manageRights:
            return "\(who) may not see, grant or withdraw the hr and admin rights: only an admin may"
        case .manageCycles:
            return "\(who) may not open or close review cycles: only hr or an admin may"
        }
    }
}
