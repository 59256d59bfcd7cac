import Testing
@testable import SkillsMatrix

@Suite("Access policy")
struct AccessPolicyTests {
    static let ann = Person(login: "ann", name: "Ann", teamID: "north", roleID: "analyst")
    static let bob = Person(login: "bob", name: "Bob", teamID: "south", roleID: "analyst")
    static let lea = Person(login: "lea", name: "Lea", teamID: "north", roleID: "helper")

    static let staff = Actor(login: "ann", person: ann, rights: [], ledTeamIDs: [])
    static let lead = Actor(login: "lea", person: lea, rights: [], ledTeamIDs: ["north"])
    static let hr = Actor(login: "hal", person: nil, rights: [.hr], ledTeamIDs: [])
    static let admin = Actor(login: "root", person: nil, rights: [.admin], ledTeamIDs: [])
    static let stranger = Actor(login: "sam", person: nil, rights: [], ledTeamIDs: [])

    static let cases: [(actor: Actor, action: Action, allowed: Bool)] = [
        (staff, .viewFrameworks, true),
        (stranger, .viewFrameworks, true),
        (staff, .viewPerson(ann), true),
        (staff, .viewPerson(bob), false),
        (staff, .viewTeam("north"), false),
        (staff, .viewOrganisation, false),
        (staff, .rate(ann), true),
        (staff, .rate(bob), false),
        (staff, .exportOrganisation, false),
        (lead, .viewPerson(ann), true),
        (lead, .viewPerson(bob), false),
        (lead, .viewTeam("north"), true),
        (lead, .viewTeam("south"), false),
        (lead, .viewOrganisation, false),
        (lead, .rate(ann), true),
        (lead, .rate(bob), false),
        (lead, .manageStaff, false),
        (hr, .viewPerson(bob), true),
        (hr, .viewTeam("south"), true),
        (hr, .viewOrganisation, true),
        (hr, .exportOrganisation, true),
        (hr, .rate(ann), false),
        (hr, .manageFrameworks, false),
        (admin, .viewOrganisation, true),
        (admin, .manageFrameworks, true),
        (admin, .manageStaff, true),
        (admin, .backupDatabase, true),
        (admin, .viewAccess, true),
        (admin, .manageAccess, true),
        (hr, .viewAccess, false),
        (hr, .manageAccess, false),
        (lead, .manageAccess, false),
        (admin, .manageRights, true),
        (hr, .manageRights, false),
        (lead, .manageRights, false),
        (staff, .manageRights, false),
        (staff, .viewAccess, false),
        (admin, .rate(ann), false),
        (stranger, .viewPerson(ann), false),
        (stranger, .viewOrganisation, false),
    ]

    @Test("role x action", arguments: cases.indices)
    func decision(_ index: Int) {
        let entry = Self.cases[index]
        #expect(AccessPolicy.allows(entry.action, entry.actor) == entry.allowed, "\(entry.actor.login) \(entry.action)")
        if entry.allowed {
            #expect(throws: Never.self) { try AccessPolicy.check(entry.action, by: entry.actor) }
        } else {
            #expect(throws: AccessDenied.self) { try AccessPolicy.check(entry.action, by: entry.actor) }
        }
    }

    @Test("the rating track follows who rates whom")
    func tracks() throws {
        #expect(try AccessPolicy.ratingTrack(for: Self.staff, rating: Self.ann) == .selfAssessment)
        #expect(try AccessPolicy.ratingTrack(for: Self.lead, rating: Self.ann) == .lead)
        #expect(try AccessPolicy.ratingTrack(for: Self.lead, rating: Self.lea) == .selfAssessment)
        let refusal = AccessDenied(login: Self.admin.login, refusal: .rate("ann"))
        #expect(throws: refusal) { try AccessPolicy.ratingTrack(for: Self.admin, rating: Self.ann) }
        // The refusal does not say which team ann is in.
        #expect(!refusal.description.contains("north"))
    }

    @Test("--as is for admins, or anyone in a demo organisation")
    func actingAs() {
        #expect(throws: Never.self) { try AccessPolicy.checkActingAs("ann", realActor: Self.admin, isDemo: false) }
        #expect(throws: AccessDenied.self) { try AccessPolicy.checkActingAs("ann", realActor: Self.lead, isDemo: false) }
        #expect(throws: Never.self) { try AccessPolicy.checkActingAs("ann", realActor: Self.stranger, isDemo: true) }
        #expect(throws: Never.self) { try AccessPolicy.checkActingAs("lea", realActor: Self.lead, isDemo: false) }
    }

    @Test("a lead of a parent team leads the teams below it")
    func teamTree() {
        let tree = TeamTree([
            Team(id: "top", name: "Top", leadLogins: ["boss"]),
            Team(id: "north", name: "North", parentID: "top", leadLogins: ["lea"]),
            Team(id: "deep", name: "Deep", parentID: "north"),
            Team(id: "south", name: "South", parentID: "top"),
        ])
        #expect(tree.teamsLed(by: "boss") == ["top", "north", "deep", "south"])
        #expect(tree.teamsLed(by: "lea") == ["north", "deep"])
        #expect(tree.teamsLed(by: "ann").isEmpty)
    }
}
