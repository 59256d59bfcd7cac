import Foundation
import SkillsMatrix

/// `export ratings` and `backup FILE`: raw data out, and a consistent copy of it all.
enum ArchiveCommands {
    static let exportRatings = CommandSpec(
        words: ["export", "ratings"], argumentsUsage: "", positionalCount: 0...0,
        summary: "every rating event ever recorded, oldest first, as CSV or JSON (hr, admin)",
        details: """
            One row per event: \(RatingExportFormat.csvHeader.joined(separator: ",")).
            Times are UTC (2026-11-24T09:30:00Z). CSV is RFC 4180 with CRLF line ends; a note
            that starts like a spreadsheet formula is prefixed with '.
            """,
        options: [
            .value("--format", "FORMAT", "csv (default) or json", choices: RatingExportFormat.formats.map(\.rawValue)),
            .flag("--excel", "start CSV with a UTF-8 byte-order mark so Excel reads names and notes right"),
        ],
        run: { invocation in
            let format = invocation.values["--format"] == "json" ? ReportFormat.json : .csv
            if invocation.flag("--excel"), format != .csv { throw UsageError("--excel applies to --format csv only") }
            let workspace = try invocation.openWorkspace()
            let writer = CSVWriter(byteOrderMark: invocation.flag("--excel"))
            try invocation.emit { try workspace.exportRatings(as: format, writer: writer, to: &$0) }
            return ExitStatus.success
        })

    static let backup = CommandSpec(
        words: ["backup"], argumentsUsage: "FILE", positionalCount: 1...1,
        summary: "copy the database to a new FILE while others keep working (admin)",
        details: """
            Uses SQLite's online backup, so the copy is one consistent moment even while people
            are rating. FILE must not exist; it is created with mode 0600, then opened and
            checked. Restore by pointing --db (or SKILLS_DB) at the copy.
            """,
        options: [],
        run: { invocation in
            let destination = invocation.positionals[0]
            let events = try invocation.openWorkspace().backup(to: destination)
            try invocation.report(
                invocation.language.messages.backedUp(database: invocation.databasePath, destination: destination, events: events) + "\n",
                afterRecording: invocation.language.messages.theBackup(path: destination))
            return ExitStatus.success
        })
}
