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
    /// JSON with a `CFDocument` is CASE, other JSON is ours, anything else Moodle CSV.
    public static func guess(_ bytes: [UInt8]) -> FrameworkFormat {
        guard case .object(let object)? = try? JSONParser.parse(bytes).root else { return .moodleCSV }
        return object["CFDocument"] != nil ? .caseJSON : .json
    }
}

/// One door for reading and writing frameworks in any `FrameworkFormat`.
public enum FrameworkInterchange {
    /// The framework as a file in `format`.
    /// - Parameter lastChange: the time CASE records as the last change (when this
    ///   version was installed); the other formats have no such field.
    public static func encode(_ framework: Framework, format: FrameworkFormat, lastChange: Date) -> String {
        switch format {
        case .moodleCSV: return MoodleCompetencyCSV.encode(framework)
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
