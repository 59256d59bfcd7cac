import Foundation

extension SkillsStore {
    /// Writes a staff import in one transaction with its audit row: new teams, people
    /// added or updated, leads, and people marked inactive. All or nothing.
    public func applyStaffImport(_ plan: StaffImportPlan, actor: String, actingAs: String, now: Date) throws {
        try withTransaction {
            for team in plan.newTeams {
                try connection.run("INSERT INTO teams(id, name) VALUES (?, ?)", [.text(team.id), .text(team.name)])
            }
            // Everyone in the file is active: an inactive person who is listed again comes back.
            for var person in plan.added + plan.updated.map(\.after) {
                person.isActive = true
                try upsertPerson(person)
            }
            for person in plan.deactivated {
                try connection.run("UPDATE people SET active = 0 WHERE login = ?", [.text(person.login)])
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
}
