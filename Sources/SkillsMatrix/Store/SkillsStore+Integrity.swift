extension SkillsStore {
    /// SQLite's own consistency check of the whole file: empty when all is well, else
    /// what it found.
    func integrityProblems() throws -> [String] {
        try connection.query("PRAGMA integrity_check") { $0.text(0) }.filter { $0 != "ok" }
    }

    /// Opens a backup read-only and checks it: its integrity, and that it is a
    /// skills-tui database of a schema we know.
    /// - Returns: the number of rating events it holds.
    /// - Throws: `.inputOutput` naming what is wrong.
    static func verifiedCopy(at path: String) throws -> Int {
        let connection = try SQLiteConnection(path: path, mode: .readOnly)
        let problems = try connection.query("PRAGMA integrity_check") { $0.text(0) }.filter { $0 != "ok" }
        let version = try Schema.userVersion(connection)
        guard problems.isEmpty, version == Schema.latestVersion else {
            throw SkillsError.backupFailedCheck(path: path, detail: problems.first ?? "schema version \(version)")
        }
        return Int(try connection.scalarInt("SELECT count(*) FROM rating_events") ?? 0)
    }
}
