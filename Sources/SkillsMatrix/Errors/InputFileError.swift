/// A data file (framework JSON, roles, a CSV) is malformed: names the file, the line
/// where we know it, the JSON path or CSV field, and what is wrong (`problem`), worded by
/// the catalogue in the reader's language.
public struct InputFileError: SkillsFailure, Hashable {
    public var file: String
    public var line: Int?
    /// A JSON path (`$.areas[0].id`) or a CSV column: machine text, the same in every language.
    public var location: String?
    public var problem: InputFileProblem

    public init(file: String, line: Int? = nil, location: String? = nil, problem: InputFileProblem) {
        self.file = file
        self.line = line
        self.location = location
        self.problem = problem
    }

    /// A problem in free text, the same in every language: for tests that compare a typed
    /// problem by its English wording (every reader throws typed problems).
    public init(file: String, line: Int? = nil, location: String? = nil, message: String) {
        self.init(file: file, line: line, location: location, problem: .text(message))
    }

    public var kind: FailureKind { .invalidData }

    /// What is wrong, in English, without the file, line and field.
    public var message: String { Language.en.messages.fileProblems.describe(problem) }

    /// In English; `described(in:)` for the reader's language.
    public var description: String { described(in: .en) }

    /// One line: `file:line: location: what is wrong and what to do`.
    public func described(in language: Language) -> String {
        var text = language.messages.fileProblems.fileName(file)
        if let line { text += ":\(line)" }
        text += ": "
        if let location { text += "\(location): " }
        return text + language.messages.fileProblems.describe(problem)
    }

    /// Two errors are the same when they say the same, in English: a typed problem equals
    /// the free text it is worded as.
    public static func == (lhs: InputFileError, rhs: InputFileError) -> Bool { lhs.description == rhs.description }

    public func hash(into hasher: inout Hasher) { hasher.combine(description) }
}

/// Several problems found in one file, reported together so a person can fix them in one
/// pass instead of one run per mistake. One line per problem.
public struct InputFileErrors: SkillsFailure, Hashable {
    public var errors: [InputFileError]

    public init(_ errors: [InputFileError]) {
        self.errors = errors
    }

    public var kind: FailureKind { .invalidData }

    public var description: String { described(in: .en) }

    public func described(in language: Language) -> String {
        errors.map { $0.described(in: language) }.joined(separator: "\n")
    }
}
