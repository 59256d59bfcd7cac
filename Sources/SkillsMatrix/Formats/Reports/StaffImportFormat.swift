/// Tells a person what a staff import changed (or, on a dry run, would change).
public enum StaffImportFormat {
    public static func text(_ plan: StaffImportPlan, dryRun: Bool, language: Language) -> String {
        let words = language.messages
        var output = dryRun ? words.staffImportDryRun + "\n" : ""
        output += words.staffImportSummary(
            file: TerminalText.inert(plan.file), people: plan.people.count, added: plan.added.count, updated: plan.updated.count,
            unchanged: plan.unchangedCount, deactivated: plan.deactivated.count, newTeams: plan.newTeams.count) + "\n"
        if !plan.changesAnything { return output + words.nothingToChange + "\n" }
        let column = words.staffImportColumns
        var table = TextTable([.init(column.change), .init(column.who, maximumWidth: 40), .init(column.what, maximumWidth: 80)])
        for team in plan.newTeams { table.append([column.newTeam, team.id, team.name]) }
        for person in plan.added {
            table.append([column.add, "\(person.name) (\(person.login))", "\(person.teamID), \(person.roleID)"])
        }
        for update in plan.updated {
            table.append([column.update, "\(update.after.name) (\(update.after.login))", update.changes.joined(separator: "; ")])
        }
        for person in plan.deactivated {
            table.append([column.deactivate, "\(person.name) (\(person.login))", column.deactivateDetail])
        }
        for change in plan.leadChanges {
            table.append([change.leads ? column.lead : column.noLongerLead, change.login, change.teamID])
        }
        return output + "\n" + table.render(indent: "  ")
    }
}
