import Foundation
import SkillsMatrix

/// `rate --from FILE`: many ratings from one process, one a line, as a person would make
/// them one after another. Each line is its own transaction and is acknowledged on
/// standard output before the next is read, so a program feeding standard input can
/// wait for each answer, and whatever was acknowledged is recorded.
enum RatingLines {
    /// Records every line of `source` (`-`: standard input). A line that is wrong (an
    /// unknown competency, a level out of range, someone one may not rate) is named on
    /// standard error and the others go on; a failure of the database itself stops there.
    /// - Returns: 0 when every line was recorded, else the exit status of the first failure.
    @MainActor
    static func record(from source: String, invocation: Invocation) throws -> Int32 {
        guard invocation.positionals.isEmpty else {
            throw UsageError(.fromWithRating)
        }
        for option in ["--note", "--certificate"] where invocation.value(option) != nil {
            throw UsageError(.singleRatingOption(option))
        }
        let lines = try Lines(source)
        let workspace = try invocation.openWorkspace()
        let words = invocation.language.messages.progressLines
        var status = ExitStatus.success
        var number = 0
        while let line = lines.next() {
            number += 1
            let fields = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
            if fields.isEmpty || fields[0].hasPrefix("#") { continue }
            do {
                guard fields.count >= 2 else { throw UsageError(.ratingLine(line)) }
                try RateCommand.record(
                    competencyID: String(fields[0]), level: try RateCommand.level(String(fields[1])),
                    note: fields.count > 2 ? fields[2].trimmingCharacters(in: .whitespaces) : "", certificate: nil,
                    into: workspace, invocation: invocation, prefix: words.line(number))
            } catch {
                let (message, failed) = ErrorMessage.render(error, in: invocation.language)
                OutputFile.writeToStandardError("skills-tui: " + words.line(number) + message + "\n")
                if status == ExitStatus.success { status = failed }
                if stops(at: error) {
                    OutputFile.writeToStandardError("skills-tui: " + words.notTried(number + 1) + "\n")
                    return failed
                }
            }
        }
        return status
    }

    /// Whether a failure is the database's or the output's rather than the line's: the
    /// next lines would fail the same way, or could not be acknowledged.
    private static func stops(at error: any Error) -> Bool {
        guard let failure = error as? any SkillsFailure else { return true }
        switch failure.kind {
        case .inputOutput, .recordedNotReported: return true
        case .usage, .invalidData, .missingInput, .notPermitted, .alreadyExists, .cannotCreate: return false
        }
    }

    /// The lines of a file, or of standard input read one at a time as they come.
    private final class Lines {
        private var whole: [Substring].Iterator?

        init(_ source: String) throws {
            guard source != "-" else { return }
            let text = String(decoding: try InputFile.read(source), as: UTF8.self)
            // "\r\n" is one Character in Swift: a file from Windows splits as any other.
            whole = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).makeIterator()
        }

        func next() -> String? {
            guard whole != nil else { return readLine(strippingNewline: true) }
            return whole?.next().map(String.init)
        }
    }
}
