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

    /// In English; `described(in:)` for the reader's language.
    public var description: String { described(in: .en) }

    public func described(in language: Language) -> String { language.messages.describe(self) }
}
