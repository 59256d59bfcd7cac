import Foundation

/// What a staff import writes, as the store sees it: plain changes, worked out and
/// checked beforehand (see `StaffImportPlan`).
struct StaffChanges: Sendable {
    var newTeams: [Team]
    /// People to add, or to update in place by login.
    var upserts: [Person]
    var deactivatedLogins: [String]
    /// Who starts (`leads`) or stops leading which team.
    var leadChanges: [(login: String, teamID: String, leads: Bool)]
    /// The file it came from and a one-line summary, for the audit row.
    var file: String
    var summary: String
}

extension SkillsStore {
    /// Writes a staff import with its audit row: new teams, people added or updated,
    /// leads, and people marked inactive. Call inside the write transaction in which the
    /// changes were worked out, so that they fit the database they are written to.
    func writeStaffChanges(_ plan: StaffChanges, actor: String, actingAs: String, now: Date) throws {
        for team in plan.newTeams {
            try connection.run("INSERT INTO teams(id, name) VALUES (?, ?)", [.text(team.id), .text(team.name)])
        }
        for person in plan.upserts {
            try upsertPerson(person)
        }
        for login in plan.deactivatedLogins {
            try connection.run("UPDATE people SET active = 0 WHERE login = ?", [.text(login)])
        }
        for change in plan.leadChanges {
            let team = "(SELECT no FROM teams WHERE id = ?)"
            let person = "(SELECT no FROM people WHERE login = ?)"
            try connection.run(
                change.leads
                    ? "INSERT INTO team_leads(team_no, person_no) VALUES (\(team), \(person)) ON CONFLICT DO NOTHING"
                    : "DELETE FROM team_leads WHERE team_no = \(team) AND person_no = \(person)",
                [.text(change.teamID), .text(change.login)])
        }
        try recordAudit(actor: actor, actingAs: actingAs, action: "import staff", subject: plan.file, detail: plan.summary, at: now)
    }
}
