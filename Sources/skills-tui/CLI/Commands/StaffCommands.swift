import SkillsMatrix

/// `staff list` and `staff import FILE`.
enum StaffCommands {
    static let list = CommandSpec(
        words: ["staff", "list"], argumentsUsage: "", positionalCount: 0...0,
        options: [
            .value("--team", "TEAM"),
            .flag("--all"),
            .value("--format", "FORMAT", choices: ["text", "csv"]),
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
        options: [
            .flag("--dry-run"),
            .flag("--deactivate-missing"),
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
