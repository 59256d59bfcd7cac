import Foundation
import SkillsMatrix

/// `export ratings`, `backup FILE` and `migrate`: raw data out, a consistent copy of it
/// all, and the whole database moved between SQLite and PostgreSQL.
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
            if invocation.flag("--excel"), format != .csv { throw UsageError { $0.excelNeedsCSV } }
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

    static let migrate = CommandSpec(
        words: ["migrate"], argumentsUsage: "", positionalCount: 0...0,
        summary: "copy the whole database between SQLite and PostgreSQL, checked table by table (admin)",
        details: """
            --from and --to each take a SQLite file or a postgresql:// URL. The target must be
            new: a file that does not exist, or an empty PostgreSQL database (createdb). Every
            table is copied in one transaction and its row count and SHA-256 of its content
            compared on both sides before anything is kept; the source is read in one
            snapshot, so people may go on rating (later ratings are not copied).
            """,
        options: [
            .value("--from", "DB", "the database to copy (a file or a postgresql:// URL)"),
            .value("--to", "DB", "the new database (a file that does not exist, or an empty PostgreSQL database)"),
        ],
        run: { invocation in
            guard let source = invocation.value("--from"), let target = invocation.value("--to") else {
                throw UsageError { $0.migrateNeedsFromAndTo }
            }
            let workspace = try Workspace.open(
                databaseAt: source, login: invocation.environment.login, actingAs: invocation.actingAs,
                reportTime: invocation.environment.pinnedTime)
            let digests = try workspace.migrate(to: target)
            let words = invocation.language.messages.commandOutputs
            let copy = DatabaseLocation.withoutPassword(target)
            var text = words.migrated(from: workspace.databasePath, to: copy, tables: digests.count) + "\n"
            let width = digests.map(\.table.count).max() ?? 0
            let rowsWidth = digests.map { String($0.rows).count }.max() ?? 0
            for digest in digests {
                let name = digest.table.padding(toLength: width, withPad: " ", startingAt: 0)
                let rows = String(repeating: " ", count: rowsWidth - String(digest.rows).count) + String(digest.rows)
                text += "  \(name)  \(rows) \(words.rowsWord)  sha256:\(digest.hash)\n"
            }
            try invocation.report(text, afterRecording: words.theCopy(copy))
            return ExitStatus.success
        })
}
