import Foundation

/// The file formats a framework can be exported to and imported from.
public enum FrameworkFormat: String, Sendable, CaseIterable {
    /// Moodle's competency framework CSV (tool_lpimportcsv).
    case moodleCSV = "moodle-csv"
    /// A 1EdTech CASE 1.1 CFPackage.
    case caseJSON = "case"
    /// This project's own framework JSON (`frameworks/*.json`).
    case json = "json"

    public var fileExtension: String { self == .moodleCSV ? "csv" : "json" }

    /// A guess from the file's contents, for `frameworks import` without `--format`:
    /// JSON with a `CFDocument` is CASE, other JSON (or text starting with `{` or `[`, in
    /// any Unicode encoding, so that a UTF-16 JSON file is told about JSON) is ours,
    /// anything else Moodle CSV.
    public static func guess(_ bytes: [UInt8]) -> FrameworkFormat {
        guard let first = TextEncoding.firstVisibleCharacter(bytes), first == "{" || first == "[" else { return .moodleCSV }
        // Broken JSON is still JSON: read it as ours, whose errors name the line.
        guard case .object(let object)? = try? JSONParser.parse(bytes).root else { return .json }
        return object["CFDocument"] != nil ? .caseJSON : .json
    }
}

/// One door for reading and writing frameworks in any `FrameworkFormat`.
public enum FrameworkInterchange {
    /// The last change CASE records for a framework that was never installed (an export
    /// of the shipped files, without a database): the Unix epoch, 1970-01-01T00:00:00Z.
    /// A fixed date, not the clock, so that the same files export to the same bytes on any day.
    public static let uninstalledLastChange = Date(timeIntervalSince1970: 0)

    /// The framework as a file in `format`.
    /// - Parameter lastChange: the time CASE records as the last change (when this
    ///   version was installed); the other formats have no such field.
    /// - Throws: `SkillsError.notExportable` when `format` cannot carry the framework faithfully
    ///   (a Moodle scale label with a comma): an export never reads back different.
    public static func encode(_ framework: Framework, format: FrameworkFormat, lastChange: Date) throws -> String {
        switch format {
        case .moodleCSV: return try MoodleCompetencyCSV.encode(framework)
        case .caseJSON: return CASEPackage.encode(framework, lastChange: lastChange)
        case .json: return JSONWriter.string(FrameworkJSON.encode(framework))
        }
    }

    /// Reads and validates a framework file; every format is held to the same rules.
    /// - Throws: `InputFileError` or `InputFileErrors` naming the file and line of each problem.
    public static func decode(_ bytes: [UInt8], file: String, format: FrameworkFormat) throws -> Framework {
        switch format {
        case .moodleCSV: return try MoodleCompetencyCSV.decode(bytes, file: file)
        case .caseJSON: return try CASEPackage.decode(bytes, file: file)
        case .json: return try FrameworkJSON.decodeFramework(bytes, file: file)
        }
    }
}
