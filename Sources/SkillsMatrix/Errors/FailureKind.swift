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
    /// An output file may not be made where asked: the database, a folder, a socket (73).
    case cannotCreate
    /// The change was made and committed, but saying so failed (79): not to be retried.
    case recordedNotReported
}

/// Every error the engine throws conforms, so front ends can report any of them the same way:
/// `description` is one line a person can act on.
public protocol SkillsFailure: Error, CustomStringConvertible {
    var kind: FailureKind { get }
    /// `description` in `language`; failures whose words are not in the catalogues yet
    /// (`InputFileError`'s, written by each reader) say it in English.
    func described(in language: Language) -> String
}

extension SkillsFailure {
    public func described(in language: Language) -> String { description }
}
