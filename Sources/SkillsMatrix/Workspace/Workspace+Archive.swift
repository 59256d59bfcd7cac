import Foundation

extension Workspace {
    /// Writes every rating event in the database that counts (a rating taken back by its
    /// maker is left out), oldest first, as CSV (with `writer`) or JSON, streamed row by
    /// row into `output` (hr and admin only). Notes are private to each person, their
    /// leads and hr: an admin who is not hr gets them empty.
    public func exportRatings(as format: ReportFormat, writer: CSVWriter = CSVWriter(), to output: inout ByteOutput) throws {
        try AccessPolicy.check(.exportOrganisation, by: actor)
        let withholdsNotes = !actor.isHR
        switch format {
        case .json:
            var position = 0
            RatingExportFormat.jsonStart(&output)
            try store.forEachRatingEvent { event in
                try RatingExportFormat.jsonElement(withholdsNotes ? event.withoutNote : event, position: position, to: &output)
                position += 1
            }
            try RatingExportFormat.jsonEnd(count: position, to: &output)
        default:
            writer.writeStart(header: RatingExportFormat.csvHeader, to: &output)
            try store.forEachRatingEvent { try RatingExportFormat.csvRow(withholdsNotes ? $0.withoutNote : $0, writer: writer, to: &output) }
            try output.flush()
        }
    }

    /// Copies the database to `destination` (a new file, mode 0600) with SQLite's online
    /// backup, so people may go on rating meanwhile; then opens the copy and checks it.
    /// The copy is made under a temporary name beside it and linked under `destination`
    /// only once checked, so a backup that is killed or fails leaves nothing there.
    /// Admins only; the backup is recorded in the audit trail.
    /// - Returns: how many rating events the copy holds.
    @discardableResult
    public func backup(to destination: String) throws -> Int {
        try AccessPolicy.check(.backupDatabase, by: actor)
        if store.backend.isPostgres { throw SkillsError.backupNeedsPgDump(name: databasePath) }
        var events = 0
        try outputTarget(destination).create { temporary in
            try store.backup(to: temporary)
            events = try SkillsStore.verifiedCopy(at: temporary)
        }
        try store.withTransaction {
            try store.recordAudit(
                actor: actor.realLogin, actingAs: actor.login, action: "backup", subject: destination,
                detail: "\(events) rating events", at: clock())
        }
        return events
    }

    /// Where a report or export may be written at `path` (see `OutputTarget`): never over
    /// this database or its companion files.
    public func outputTarget(_ path: String) throws -> OutputTarget {
        try OutputTarget.check(path, protecting: databasePath)
    }
}
