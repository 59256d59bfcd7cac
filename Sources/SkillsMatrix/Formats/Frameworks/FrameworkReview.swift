/// The content rules a machine can check beyond what the loader enforces: what
/// `frameworks validate` reports after a file has loaded (see `frameworks/README.md`,
/// "Authoring rules").
///
/// - error: two levels of a competency have the same indicator (in any language); a
///   reference cites a known scheme wrongly (an unknown code, SFIA levels SFIA does not
///   define, a scheme without its edition).
/// - warning: no role profile requires a competency, so it never reaches a report; a
///   reference names a scheme this tool does not know.
///
/// That every level has its text in every language is the loader's rule.
public enum FrameworkReview {
    public struct Finding: Hashable, Sendable, CustomStringConvertible {
        public enum Severity: String, Sendable { case error, warning }

        public var severity: Severity
        public var file: String
        /// The file's line, where it is known.
        public var line: Int?
        /// The JSON path of what the finding is about: `$.areas[0].competencies[2]`.
        public var path: String
        public var message: String

        public var description: String {
            "\(file)\(line.map { ":\($0)" } ?? ""): \(path): \(severity.rawValue): \(message)"
        }
    }

    /// Reviews `framework`, read from `file`, against `roles` (the role profiles it will
    /// be used with). `document`, the file parsed with its lines, lets findings name lines.
    public static func review(_ framework: Framework, file: String, roles: [RoleProfile], document: JSONDocument? = nil) -> [Finding] {
        var findings: [Finding] = []
        func add(_ severity: Finding.Severity, _ path: String, _ message: String) {
            findings.append(Finding(severity: severity, file: file, line: document?.nearestLine(of: path), path: path, message: message))
        }
        let required = Set(roles.flatMap { $0.requirements.map(\.competencyID) })
        for (areaIndex, area) in framework.areas.enumerated() {
            for (index, competency) in area.competencies.enumerated() {
                let path = "$.areas[\(areaIndex)].competencies[\(index)]"
                for (level, other) in repeatedIndicators(competency, languages: framework.languages) {
                    add(.error, "\(path).indicators.\(level)",
                        "\(competency.id) says the same at levels \(other) and \(level)\(languageNote(framework)); write what a person does differently at level \(level)")
                }
                if !required.contains(competency.id) {
                    add(.warning, path, "no role profile requires \(competency.id), so it never reaches a report; require it in a role or remove it")
                }
                for (position, reference) in competency.references.enumerated() {
                    if let problem = ReferenceSchemes.problem(reference) {
                        add(problem.isError ? .error : .warning, "\(path).references[\(position)]", problem.message)
                    }
                }
            }
        }
        return findings
    }

    /// Pairs (level, earlier level) whose indicators read the same in some language,
    /// ignoring case, spacing and a final full stop.
    static func repeatedIndicators(_ competency: Competency, languages: [Language]) -> [(level: Int, earlier: Int)] {
        var pairs: [(Int, Int)] = []
        for language in languages {
            let texts = competency.localizedIndicators.map { normalised($0[language]) }
            for level in texts.indices.dropFirst() {
                if let earlier = texts[..<level].firstIndex(of: texts[level]), !pairs.contains(where: { $0 == (level + 1, earlier + 1) }) {
                    pairs.append((level + 1, earlier + 1))
                }
            }
        }
        return pairs
    }

    private static func normalised(_ text: String) -> String {
        var words = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        while words.hasSuffix(".") { words.removeLast() }
        return words
    }

    private static func languageNote(_ framework: Framework) -> String {
        framework.languages.count > 1 ? " (in at least one of \(framework.languages.map(\.code).joined(separator: ", ")))" : ""
    }
}
