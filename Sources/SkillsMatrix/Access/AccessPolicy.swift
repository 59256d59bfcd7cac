/// Something a user asks to do, as the policy sees it.
public enum Action: Hashable, Sendable {
    case viewFrameworks
    case viewPerson(Person)
    case viewTeam(String)
    case viewOrganisation
    case rate(Person)
    case exportOrganisation
    case manageFrameworks
    case manageStaff
    case backupDatabase
}

/// A refusal. The message says who may do it instead.
public struct AccessDenied: SkillsFailure, Hashable {
    public var message: String
    public var kind: FailureKind { .notPermitted }
    public var description: String { message }
}

/// Who may see and change what. The only place such decisions are made: the command
/// line and the TUI both go through `Workspace`, which asks here first.
///
/// - staff: their own data;
/// - lead: their own data and the members of teams they lead (and teams below those);
/// - hr: reads everything and exports;
/// - admin: everything, and may act as another user.
public enum AccessPolicy {
    public static func check(_ action: Action, by actor: Actor) throws(AccessDenied) {
        if allows(action, actor) { return }
        throw AccessDenied(message: refusal(action, actor))
    }

    public static func allows(_ action: Action, _ actor: Actor) -> Bool {
        switch action {
        case .viewFrameworks:
            return true
        case .viewPerson(let person):
            return person.login == actor.login || actor.ledTeamIDs.contains(person.teamID) || actor.isHR || actor.isAdmin
        case .viewTeam(let teamID):
            return actor.ledTeamIDs.contains(teamID) || actor.isHR || actor.isAdmin
        case .viewOrganisation, .exportOrganisation:
            return actor.isHR || actor.isAdmin
        case .rate(let person):
            return person.login == actor.login || actor.ledTeamIDs.contains(person.teamID)
        case .manageFrameworks, .manageStaff, .backupDatabase:
            return actor.isAdmin
        }
    }

    /// The track a rating by `actor` of `person` goes on: self for one's own rating,
    /// lead for a lead rating a member of their team. Anyone else is refused, admins
    /// included: a rating is a judgement, and only these two people can make it.
    public static func ratingTrack(for actor: Actor, rating person: Person) throws(AccessDenied) -> RatingTrack {
        if person.login == actor.login { return .selfAssessment }
        if actor.ledTeamIDs.contains(person.teamID) { return .lead }
        throw AccessDenied(message: refusal(.rate(person), actor))
    }

    /// Whether `realActor` may act as someone else: admins may, and in the demo organisation anyone may.
    public static func checkActingAs(_ login: String, realActor: Actor, isDemo: Bool) throws(AccessDenied) {
        if login == realActor.login || isDemo || realActor.isAdmin { return }
        throw AccessDenied(
            message: "\(realActor.login) may not act as \(login): --as is for administrators (and for anyone in the demo organisation)")
    }

    private static func refusal(_ action: Action, _ actor: Actor) -> String {
        let who = actor.login
        switch action {
        case .viewFrameworks:
            return "\(who) may not view frameworks"
        case .viewPerson(let person):
            return "\(who) may not see \(person.login)'s ratings: only \(person.login), a lead of team \(person.teamID), hr or an admin may"
        case .viewTeam(let teamID):
            return "\(who) may not see team \(teamID): only its leads, hr or an admin may"
        case .viewOrganisation:
            return "\(who) may not see the whole organisation: only hr or an admin may (try --team TEAM for a team you lead)"
        case .exportOrganisation:
            return "\(who) may not export organisation data: only hr or an admin may"
        case .rate(let person):
            return "\(who) may not rate \(person.login): only \(person.login) (self track) or a lead of team \(person.teamID) (lead track) may"
        case .manageFrameworks:
            return "\(who) may not change frameworks: only an admin may"
        case .manageStaff:
            return "\(who) may not change staff records: only an admin may"
        case .backupDatabase:
            return "\(who) may not back up the database: only an admin may"
        }
    }
}
