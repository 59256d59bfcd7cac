import SkillsMatrix

/// The command a person reached over SSH runs on their own machine to save what the
/// TUI's export would have written on the server: `ssh HOST report training-needs ...
/// > FILE`, which prints the same bytes (the same report, format and byte-order mark).
enum RemoteExportCommand {
    static func text(destination: String, teamID: String?, format: ReportFormat, excel: Bool, file: String) -> String {
        var words = ["ssh", destination, "report", "training-needs"]
        if let teamID { words += ["--team", teamID] }
        words += ["--format", format.rawValue]
        if excel { words.append("--excel") }
        return words.joined(separator: " ") + " > " + shellQuoted(file)
    }

    /// `file` as a POSIX shell reads it back: as it is when it holds only characters no
    /// shell treats specially (a leading `~/` keeps its meaning), else in single quotes.
    static func shellQuoted(_ file: String) -> String {
        let isPlain: (Unicode.Scalar) -> Bool = {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "/._+-,=@%:".unicodeScalars.contains($0)
        }
        if file.hasPrefix("~/"), !file.isEmpty, file.unicodeScalars.dropFirst().allSatisfy(isPlain) { return file }
        if !file.isEmpty, file.unicodeScalars.allSatisfy(isPlain) { return file }
        return "'" + file.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
