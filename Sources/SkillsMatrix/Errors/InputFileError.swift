/// A data file (framework JSON, roles, a CSV) is malformed: names the file, the line
/// where we know it, the JSON path or CSV field, and what to do.
public struct InputFileError: SkillsFailure, Hashable {
    public var file: String
    public var line: Int?
    public var location: String?
    public var message: String

    public init(file: String, line: Int? = nil, location: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.location = location
        self.message = message
    }

    public var kind: FailureKind { .invalidData }

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let location { text += "\(location): " }
        return text + message
    }
}

/// Several problems found in one file, reported together so a person can fix them in one
/// pass instead of one run per mistake. One line per problem.
public struct InputFileErrors: SkillsFailure, Hashable {
    public var errors: [InputFileError]

    public init(_ errors: [InputFileError]) {
        self.errors = errors
    }

    public var kind: FailureKind { .invalidData }

    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
