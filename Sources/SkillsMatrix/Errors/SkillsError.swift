/// What kind of failure an error is, so that a front end can pick an exit status
/// (the command line maps these to sysexits) without parsing messages.
public enum FailureKind: Sendable, Hashable {
    /// The command was used wrongly (sysexits 64).
    case usage
    /// Input data is malformed or refers to something unknown (65).
    case invalidData
    /// A file or database that should exist does not (66).
    case missingInput
    /// The file system or database failed underneath us (74).
    case inputOutput
    /// The acting user may not do this (77).
    case notPermitted
    /// Something that should already exist does, e.g. `init` on an existing database (73).
    case alreadyExists
}

/// Every error the engine throws conforms, so front ends can report any of them the same way:
/// `description` is one line a person can act on.
public protocol SkillsFailure: Error, CustomStringConvertible {
    var kind: FailureKind { get }
}

/// A value the user gave (a level, a login, a competency id) is not acceptable.
public struct InvalidRequest: SkillsFailure, Hashable {
    public var message: String
    public var kind: FailureKind

    public init(_ message: String, kind: FailureKind = .invalidData) {
        self.message = message
        self.kind = kind
    }

    public var description: String { message }
}

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
