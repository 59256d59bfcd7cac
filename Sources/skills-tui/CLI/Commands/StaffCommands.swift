import SkillsMatrix

/// `staff list`.
enum StaffCommands {
    static let list = CommandSpec(
        words: ["staff", "list"], argumentsUsage: "", positionalCount: 0...0,
        summary: "list the people you may see (one team with --team)",
        details: "Staff see themselves; leads their teams; hr and admins everyone. --format csv writes the staff import format.",
        options: [
            .value("--team", "TEAM", "only this team"),
            .flag("--all", "include inactive people"),
            .value("--format", "FORMAT", "text or csv", choices: ["text", "csv"]),
        ],
        run: { invocation in
            let workspace = try invocation.openWorkspace()
            let people = try workspace.staff(team: invocation.value("--team"), includingInactive: invocation.flag("--all"))
            let tree = try workspace.teamTree()
            switch invocation.format {
            case .csv:
                let rows = people.map { person in
                    [
                        person.login, person.name, person.email, person.teamID, person.roleID,
                        tree.team(person.teamID)?.leadLogins.contains(person.login) == true ? "yes" : "",
                    ]
                }
                try invocation.emit(CSVWriter().document(header: OrganisationCSV.staffColumns, rows: rows))
            default:
                try invocation.emit(CatalogFormat.staff(people, teams: tree, catalog: workspace.catalog))
            }
            return ExitStatus.success
        })
}
