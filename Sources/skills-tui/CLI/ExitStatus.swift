import SkillsMatrix

/// Exit statuses, from sysexits(3), so scripts can tell a typo from a refusal.
enum ExitStatus {
    static let success: Int32 = 0
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    static let software: Int32 = 70
    static let cannotCreate: Int32 = 73
    static let ioError: Int32 = 74
    /// The change was recorded but its report was lost: distinct from 74 (where nothing
    /// was changed), so that a script does not run the command again and make it twice.
    /// Outside sysexits on purpose: 75 (EX_TEMPFAIL) tells mail systems and job runners to
    /// try again, and running again is exactly what must not happen after a recorded change.
    static let recordedNotReported: Int32 = 79
    static let notPermitted: Int32 = 77

    static func of(_ kind: FailureKind) -> Int32 {
        switch kind {
        case .usage: return usage
        case .invalidData: return dataError
        case .missingInput: return noInput
        case .inputOutput: return ioError
        case .notPermitted: return notPermitted
        case .alreadyExists, .cannotCreate: return cannotCreate
        case .recordedNotReported: return recordedNotReported
        }
    }
}

/// The command line was used wrongly. The message names the offending word and says
/// where to find the right usage.
struct UsageError: SkillsFailure {
    var message: String
    /// The parser's and the commands' problems, which speak the reader's language; the
    /// checks of commands not yet moved to `CommandProblem` are English text still
    /// (README, Languages).
    var problem: UsageProblem?
    var kind: FailureKind { .usage }
    var description: String { message }

    init(_ message: String) {
        self.message = message
    }

    init(_ problem: CommandProblem) {
        self.init(.command(problem))
    }

    init(_ problem: UsageProblem) {
        self.message = problem.described(in: .en)
        self.problem = problem
    }

    func described(in language: Language) -> String { problem?.described(in: language) ?? message }
}
