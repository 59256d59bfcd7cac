/// Who may see and change what. The only place such decisions are made: the command
/// line and the TUI both go through `Workspace`, which asks here first.
///
/// - staff: their own data;
/// - lead: their own data and the members of teams they lead (and teams below those);
/// - hr: reads everything, exports, and opens and closes review cycles;
/// - admin: everything, and may act as another user, for reading only (in the demo
///   organisation anyone may act as anyone, and change things in their name);
/// - a person marked inactive: nothing, whatever they were granted.
///
/// Rating notes and certificates are private to the person, the leads of their team and
/// hr: an admin who is not hr does not see them. Development plans are the person's and
/// their lead's to write; hr may book and close items. Marks ("willing to mentor", "want
/// to grow") are the person's own, and "willing to mentor" makes them findable by anyone
/// searching for that competency.
public enum AccessPolicy {
    public static func check(_ action: Action, by actor: Actor) throws(AccessDenied) {
        if action.changesData, actor.isReadOnly {
            throw AccessDenied(login: actor.realLogin, refusal: .changeAs(actor.login))
        }
        if allows(action, actor) { return }
        throw AccessDenied(login: actor.login, refusal: refusal(action, actor))
    }

    public static func allows(_ action: Action, _ actor: Actor) -> Bool {
        if action.changesData, actor.isReadOnly { return false }
        switch action {
        case .viewFrameworks:
            return true
        case .viewPerson(let person):
            return person.login == actor.person?.login || actor.ledTeamIDs.contains(person.teamID) || seesEveryone(actor)
        case .viewTeam(let teamID):
            return actor.ledTeamIDs.contains(teamID) || seesEveryone(actor)
        case .viewOrganisation, .exportOrganisation:
            return seesEveryone(actor)
        case .rate(let person), .addPlanItem(let person):
            return isSelfOrLead(actor, of: person)
        case .withdraw(let raterLogin, let person):
            // Only the maker, and only while they may still rate the person: a rating is
            // one person's judgement, and taking it back is theirs alone.
            return raterLogin == actor.login && allows(.rate(person), actor)
        case .validate(let teamID):
            return actor.ledTeamIDs.contains(teamID)
        case .manageFrameworks, .manageStaff, .backupDatabase, .viewAccess, .manageAccess, .manageRights:
            return actor.isAdmin
        case .setOwnLanguage:
            // Anyone the database knows and has not marked inactive.
            return !actor.isInactive && (actor.person != nil || !actor.rights.isEmpty)
        case .viewEvidence(let person), .movePlanItem(let person), .recordCertificate(let person):
            return isSelfOrLead(actor, of: person) || actor.isHR
        case .markInterest(let person):
            return person.login == actor.person?.login
        case .findPerson(let person, let offersMentoring):
            return offersMentoring || allows(.viewPerson(person), actor)
        case .manageCycles:
            // Cycles are the organisation's rhythm, which HR runs.
            return actor.isHR || actor.isAdmin
        }
    }

    /// Whose figures a report (completion, trend, calibration) covers when no team is
    /// named: everyone (nil) for hr and admin, the teams a lead leads, else nobody's but
    /// the actor's own (an empty list).
    public static func defaultReportTeams(for actor: Actor) -> [String]? {
        if seesEveryone(actor) { return nil }
        return actor.ledTeamIDs.sorted()
    }

    /// Whether `actor` may see every person and team, and so may be told that a login or
    /// a team does not exist. Everyone else is refused alike for what does not exist and
    /// for what is not theirs to see.
    public static func seesEveryone(_ actor: Actor) -> Bool { actor.isHR || actor.isAdmin }

    /// The track a rating by `actor` of `person` goes on: self for one's own rating,
    /// lead for a lead rating a member of their team. Anyone else is refused, admins
    /// included: a rating is a judgement, and only these two people can make it.
    public static func ratingTrack(for actor: Actor, rating person: Person) throws(AccessDenied) -> RatingTrack {
        try check(.rate(person), by: actor)
        return person.login == actor.login ? .selfAssessment : .lead
    }

    /// The person themselves, or a lead of their team (or of a team above it).
    private static func isSelfOrLead(_ actor: Actor, of person: Person) -> Bool {
        person.login == actor.person?.login || actor.ledTeamIDs.contains(person.teamID)
    }

    /// Whether `realActor` may act as someone else: admins may, and in the demo organisation anyone may.
    public static func checkActingAs(_ login: String, realActor: Actor, isDemo: Bool) throws(AccessDenied) {
        if login == realActor.login || isDemo || realActor.isAdmin { return }
        throw AccessDenied(login: realActor.login, refusal: .actAs(login))
    }

    /// Whether the holder of an SSH key mapped to `actor`'s login may come in through the
    /// gateway at all: a person marked inactive may not, nor a login that is neither a
    /// person nor granted a right (a key left behind, or a typing mistake in it).
    public static func checkKeyHolder(_ actor: Actor) throws(AccessDenied) {
        if actor.isInactive { throw AccessDenied(login: actor.login, refusal: .inactive) }
        if actor.person == nil, actor.rights.isEmpty { throw AccessDenied(login: actor.login, refusal: .noAccess) }
    }

    private static func refusal(_ action: Action, _ actor: Actor) -> AccessDenied.Refusal {
        switch action {
        case .viewFrameworks, .viewOrganisation: return .organisation
        case .viewPerson(let person): return .person(person.login)
        case .viewTeam(let teamID): return .team(teamID, visible: [])
        case .exportOrganisation: return .exportOrganisation
        case .rate(let person): return .rate(person.login)
        case .withdraw(let raterLogin, let person): return .withdraw(raterLogin: raterLogin, person: person.login)
        case .validate(let teamID): return .validate(teamID: teamID)
        case .manageFrameworks: return .manageFrameworks
        case .manageStaff: return .manageStaff
        case .backupDatabase: return .backupDatabase
        case .viewEvidence(let person): return .evidence(person.login)
        case .findPerson(let person, _): return .person(person.login)
        case .addPlanItem(let person), .movePlanItem(let person): return .changePlan(person.login)
        case .recordCertificate(let person): return .recordCertificate(person.login)
        case .markInterest(let person): return .markInterest(person.login)
        case .viewAccess, .manageAccess: return .manageAccess
        case .manageRights: return .manageRights
        case .setOwnLanguage: return actor.isInactive ? .inactive : .noAccess
        case .manageCycles: return .manageCycles
        }
    }
}
