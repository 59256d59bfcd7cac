import SkillsMatrix

/// `staff list` and `staff import FILE`.
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
            let (team, all) = (invocation.value("--team"), invocation.flag("--all"))
            switch invocation.format {
            case .csv:
                try invocation.emit { try workspace.writeStaffCSV(team: team, includingInactive: all, to: &$0) }
            default:
                let people = try workspace.staff(team: team, includingInactive: all)
                try invocation.emit(CatalogFormat.staff(people, teams: try workspace.teamTree(), catalog: workspace.catalog, language: invocation.language))
            }
            return ExitStatus.success
        })

    static let importStaff = CommandSpec(
        words: ["staff", "import"], argumentsUsage: "FILE.csv|-", positionalCount: 1...1,
        summary: "add or update people from a CSV file (admin); --dry-run shows what would change",
        details: """
            Columns (header required, any order): login,name,email,team,role,lead, and optionally
            team_name (- reads the file from standard input). email and lead may be left empty; lead is yes for a person who leads their
            team. A UTF-8 byte-order mark and CRLF line ends are fine.
            Every row is checked first; all problems are listed with their line numbers and
            nothing is written (exit 65). Otherwise the whole file is applied in one transaction:
            known logins are updated (never duplicated), new ones added, unknown teams created
            (named by team_name, else by their id). With a lead column, each person in the file
            leads their own team if marked and nothing otherwise.
            --deactivate-missing marks active people who are not in the file inactive; nobody is
            deleted and ratings stay.
            """,
        options: [
            .flag("--dry-run", "check the file and print what would change; write nothing"),
            .flag("--deactivate-missing", "mark people who are not in the file inactive"),
        ],
        run: { invocation in
            let workspace = try invocation.openWorkspace()
            let dryRun = invocation.flag("--dry-run")
            let (bytes, path) = try InputSource.read(invocation.positionals[0])
            let plan = try workspace.importStaff(
                bytes, file: path, deactivateMissing: invocation.flag("--deactivate-missing"), dryRun: dryRun)
            let text = StaffImportFormat.text(plan, dryRun: dryRun, language: invocation.language)
            if dryRun {
                try invocation.emit(text)
            } else {
                try invocation.report(text, afterRecording: invocation.language.messages.staffImportChange(file: path))
            }
            return ExitStatus.success
        })
}
