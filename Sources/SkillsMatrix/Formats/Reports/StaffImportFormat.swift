/// Tells a person what a staff import changed (or, on a dry run, would change).
public enum StaffImportFormat {
    public static func text(_ plan: StaffImportPlan, dryRun: Bool) -> String {
        var output = dryRun ? "Dry run: nothing was written.\n" : ""
        output += "\(TerminalText.inert(plan.file)): \(Counted.text(plan.people.count, "person", "people")); \(plan.added.count) added, \(plan.updated.count) updated, "
        output += "\(plan.unchangedCount) unchanged, \(plan.deactivated.count) deactivated"
        output += plan.newTeams.isEmpty ? "\n" : "; \(plan.newTeams.count) new \(plan.newTeams.count == 1 ? "team" : "teams")\n"
        if !plan.changesAnything { return output + "Nothing to change.\n" }
        var table = TextTable([.init("Change"), .init("Who", maximumWidth: 40), .init("What", maximumWidth: 80)])
        for team in plan.newTeams { table.append(["new team", team.id, team.name]) }
        for person in plan.added {
            table.append(["add", "\(person.name) (\(person.login))", "\(person.teamID), \(person.roleID)"])
        }
        for update in plan.updated {
            table.append(["update", "\(update.after.name) (\(update.after.login))", update.changes.joined(separator: "; ")])
        }
        for person in plan.deactivated {
            table.append(["deactivate", "\(person.name) (\(person.login))", "not in the file; ratings kept"])
        }
        for change in plan.leadChanges {
            table.append([change.leads ? "lead" : "no longer lead", change.login, change.teamID])
        }
        return output + "\n" + table.render(indent: "  ")
    }
}
