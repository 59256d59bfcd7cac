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

        /// What a finding says, worded by the catalogue (`FileProblemWords`).
        public enum Problem: Hashable, Sendable {
            /// Two levels of `competency` have the same indicator; `languages` lists the
            /// file's languages when it has more than one (the repeat is in at least one).
            case repeatedIndicator(competency: String, earlier: Int, level: Int, languages: [String])
            /// No role profile requires the competency, so it never reaches a report.
            case notRequired(competency: String)
            /// What is wrong with a reference (`ReferenceSchemes`).
            case reference(ReferenceSchemes.ReferenceProblem)
            /// A cohort of `size` that costs `price`, no less than `size` single places.
            case cohortNotCheaper(item: String, size: Int, price: Int)
            /// A framework suggests learning for a competency no catalogue item builds.
            case learningNotBuilt(competency: String, framework: String)
        }

        public var severity: Severity
        public var file: String
        /// The file's line, where it is known.
        public var line: Int?
        /// The JSON path of what the finding is about: `$.areas[0].competencies[2]`.
        public var path: String
        public var problem: Problem

        public init(severity: Severity, file: String, line: Int?, path: String, problem: Problem) {
            self.severity = severity
            self.file = file
            self.line = line
            self.path = path
            self.problem = problem
        }

        /// What the finding says, in English, without the file, line and path.
        public var message: String { Language.en.messages.fileProblems.describe(problem) }

        /// In English; `described(in:)` for the reader's language.
        public var description: String { described(in: .en) }

        /// One line: `file:line: path: error: what to do`.
        public func described(in language: Language) -> String {
            let words = language.messages.fileProblems
            return "\(words.fileName(file))\(line.map { ":\($0)" } ?? ""): \(path): \(words.severity(severity)): \(words.describe(problem))"
        }
    }

    /// Reviews `framework`, read from `file`, against `roles` (the role profiles it will
    /// be used with). `document`, the file parsed with its lines, lets findings name lines.
    public static func review(_ framework: Framework, file: String, roles: [RoleProfile], document: JSONDocument? = nil) -> [Finding] {
        var findings: [Finding] = []
        func add(_ severity: Finding.Severity, _ path: String, _ problem: Finding.Problem) {
            findings.append(Finding(severity: severity, file: file, line: document?.nearestLine(of: path), path: path, problem: problem))
        }
        let required = Set(roles.flatMap { $0.requirements.map(\.competencyID) })
        for (areaIndex, area) in framework.areas.enumerated() {
            for (index, competency) in area.competencies.enumerated() {
                let path = "$.areas[\(areaIndex)].competencies[\(index)]"
                for (level, other) in repeatedIndicators(competency, languages: framework.languages) {
                    let languages = framework.languages.count > 1 ? framework.languages.map(\.code) : []
                    add(.error, "\(path).indicators.\(level)",
                        .repeatedIndicator(competency: competency.id, earlier: other, level: level, languages: languages))
                }
                if !required.contains(competency.id) {
                    add(.warning, path, .notRequired(competency: competency.id))
                }
                for (position, reference) in competency.references.enumerated() {
                    if let problem = ReferenceSchemes.problem(reference) {
                        add(problem.isError ? .error : .warning, "\(path).references[\(position)]", .reference(problem))
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
}
