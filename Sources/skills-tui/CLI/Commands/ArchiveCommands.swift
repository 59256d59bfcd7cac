import Foundation
import SkillsMatrix

/// `export ratings`, `backup FILE` and `migrate`: raw data out, a consistent copy of it
/// all, and the whole database moved between SQLite and PostgreSQL.
enum ArchiveCommands {
    static let exportRatings = CommandSpec(
        words: ["export", "ratings"], argumentsUsage: "", positionalCount: 0...0,
        options: [
            .value("--format", "FORMAT", choices: RatingExportFormat.formats.map(\.rawValue)),
            .flag("--excel"),
        ],
        run: { invocation in
            let format = invocation.values["--format"] == "json" ? ReportFormat.json : .csv
            if invocation.flag("--excel"), format != .csv { throw UsageError(.excelWithoutCSV) }
            let workspace = try invocation.openWorkspace()
            let writer = CSVWriter(byteOrderMark: invocation.flag("--excel"))
            try invocation.emit { try workspace.exportRatings(as: format, writer: writer, to: &$0) }
            return ExitStatus.success
        })

    static let backup = CommandSpec(
        words: ["backup"], argumentsUsage: "FILE", positionalCount: 1...1,
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
        options: [
            .value("--from", "DB"),
            .value("--to", "DB"),
        ],
        run: { invocation in
            guard let source = invocation.value("--from"), let target = invocation.value("--to") else {
                throw UsageError(.migrateNeedsDatabases)
            }
            let workspace = try Workspace.open(
                databaseAt: source, login: invocation.environment.login, actingAs: invocation.actingAs,
                reportTime: invocation.environment.pinnedTime)
            let digests = try workspace.migrate(to: target)
            var text = "Migrated \(workspace.databasePath) to \(DatabaseLocation.withoutPassword(target)): "
            text += "\(digests.count) tables, row counts and SHA-256 of each checked on both sides\n"
            let width = digests.map(\.table.count).max() ?? 0
            let rowsWidth = digests.map { String($0.rows).count }.max() ?? 0
            for digest in digests {
                let name = digest.table.padding(toLength: width, withPad: " ", startingAt: 0)
                let rows = String(repeating: " ", count: rowsWidth - String(digest.rows).count) + String(digest.rows)
                text += "  \(name)  \(rows) rows  sha256:\(digest.hash)\n"
            }
            try invocation.report(text, afterRecording: "the copy \(DatabaseLocation.withoutPassword(target))")
            return ExitStatus.success
        })
}
