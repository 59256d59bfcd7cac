/// What a staff import would change, worked out before anything is written so that a
/// dry run and the real import tell the same story.
///
/// Rules (see README, "Staff import"):
/// - a login not in the database is added; a known login is updated in place (name,
///   email, team, role), and made active again if it was inactive, so re-importing
///   never duplicates anyone; without an `email` column, emails are kept;
/// - a team the file names that does not exist is created (named by `team_name`, else
///   by its id);
/// - with a `lead` column, each person in the file leads their own team if marked and
///   leads nothing otherwise; people not in the file keep their leads;
/// - with `deactivateMissing`, active people absent from the file are marked inactive
///   (never deleted: their ratings stay) and stop leading any team.
public struct StaffImportPlan: Sendable {
    public struct Update: Hashable, Sendable {
        public let before: Person
        public let after: Person
        /// "team a -> b", "role x -> y", "name", "email", "reactivated".
        public let changes: [String]
    }

    public struct LeadChange: Hashable, Sendable {
        public let login: String
        public let teamID: String
        /// true: becomes a lead of the team; false: stops leading it.
        public let leads: Bool
    }

    public let file: String
    /// Everyone in the file, in file order.
    public let people: [Person]
    public let added: [Person]
    public let updated: [Update]
    public let unchangedCount: Int
    public let deactivated: [Person]
    public let newTeams: [Team]
    public let leadChanges: [LeadChange]
    /// Whether the file says who leads (it has a `lead` column).
    public let setsLeads: Bool

    public var changesAnything: Bool {
        !(added.isEmpty && updated.isEmpty && deactivated.isEmpty && newTeams.isEmpty && leadChanges.isEmpty)
    }

    /// Compares the parsed file with the database.
    /// - Parameters:
    ///   - existing: everyone in the database, active or not.
    ///   - teams: every team, with its leads.
    public static func plan(
        _ staff: OrganisationCSV.Staff, file: String, existing: [Person], teams: [Team], deactivateMissing: Bool
    ) throws -> StaffImportPlan {
        if staff.people.isEmpty, deactivateMissing {
            throw SkillsError.staffFileListsNobody(file: file)
        }
        let byLogin = Dictionary(existing.map { ($0.login, $0) }, uniquingKeysWith: { first, _ in first })
        var added: [Person] = []
        var updated: [Update] = []
        var unchanged = 0
        for var person in staff.people {
            guard let before = byLogin[person.login] else {
                added.append(person)
                continue
            }
            if !staff.hasEmailColumn { person.email = before.email }
            var changes: [String] = []
            if before.name != person.name { changes.append("name \(before.name) -> \(person.name)") }
            if before.email != person.email { changes.append("email") }
            if before.teamID != person.teamID { changes.append("team \(before.teamID) -> \(person.teamID)") }
            if before.roleID != person.roleID { changes.append("role \(before.roleID) -> \(person.roleID)") }
            if !before.isActive { changes.append("reactivated") }
            if changes.isEmpty { unchanged += 1 } else { updated.append(Update(before: before, after: person, changes: changes)) }
        }
        let inFile = Set(staff.people.map(\.login))
        let deactivated = deactivateMissing ? existing.filter { $0.isActive && !inFile.contains($0.login) } : []
        let leaving = Set(deactivated.map(\.login))
        var leadChanges: [LeadChange] = []
        for team in teams {
            for login in team.leadLogins where leaving.contains(login) || (staff.hasLeadColumn && inFile.contains(login)) {
                let staysLead = staff.hasLeadColumn && staff.leadsByTeam[team.id]?.contains(login) == true
                if !staysLead { leadChanges.append(LeadChange(login: login, teamID: team.id, leads: false)) }
            }
        }
        if staff.hasLeadColumn {
            let currentLeads = Set(teams.flatMap { team in team.leadLogins.map { "\(team.id) \($0)" } })
            for person in staff.people where staff.leadsByTeam[person.teamID]?.contains(person.login) == true {
                if !currentLeads.contains("\(person.teamID) \(person.login)") {
                    leadChanges.append(LeadChange(login: person.login, teamID: person.teamID, leads: true))
                }
            }
        }
        return StaffImportPlan(
            file: file, people: staff.people, added: added, updated: updated, unchangedCount: unchanged, deactivated: deactivated,
            newTeams: staff.newTeams, leadChanges: leadChanges, setsLeads: staff.hasLeadColumn)
    }

    /// The plan as the store writes it.
    var changes: StaffChanges {
        StaffChanges(
            newTeams: newTeams,
            // Everyone in the file is active: an inactive person who is listed again comes back.
            upserts: (added + updated.map(\.after)).map { person in
                var active = person
                active.isActive = true
                return active
            },
            deactivatedLogins: deactivated.map(\.login),
            leadChanges: leadChanges.map { (login: $0.login, teamID: $0.teamID, leads: $0.leads) },
            file: file, summary: summary)
    }

    /// One line for the audit trail.
    public var summary: String {
        "\(people.count) people in \(file): \(added.count) added, \(updated.count) updated, \(unchangedCount) unchanged, \(deactivated.count) deactivated; \(newTeams.count) new teams, \(leadChanges.count) lead changes"
    }
}
