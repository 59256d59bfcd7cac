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
    /// - Parameters:
    ///   - language: the language to write. Moodle CSV and CASE hold one language: nil
    ///     means the framework's first (English for the shipped ones). Our JSON holds
    ///     every language the framework has, or only `language` when one is given.
    ///   - lastChange: the time CASE records as the last change (when this version was
    ///     installed); the other formats have no such field.
    /// - Throws: `SkillsError` when the framework has no text in `language`, or when
    ///   `format` cannot carry it faithfully (a Moodle scale label with a comma): an
    ///   export never reads back different.
    public static func encode(_ framework: Framework, format: FrameworkFormat, language: Language? = nil, lastChange: Date) throws -> String {
        if let language, !framework.languages.contains(language) {
            throw SkillsError.noTextInLanguage(
                framework: framework.id, version: framework.version, language: language,
                available: framework.languages.map(\.code))
        }
        let oneLanguage = language ?? framework.languages[0]
        switch format {
        case .moodleCSV: return try MoodleCompetencyCSV.encode(framework.localized(oneLanguage))
        case .caseJSON: return CASEPackage.encode(framework, language: oneLanguage, lastChange: lastChange)
        case .json: return JSONWriter.string(FrameworkJSON.encode(language.map(framework.restricted(to:)) ?? framework))
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
