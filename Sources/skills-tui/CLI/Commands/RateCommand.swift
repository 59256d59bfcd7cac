import Foundation
import SkillsMatrix

/// `rate COMPETENCY LEVEL`.
enum RateCommand {
    static let rate = CommandSpec(
        words: ["rate"], argumentsUsage: "COMPETENCY LEVEL", positionalCount: 0...2,
        options: [
            .value("--person", "LOGIN"),
            .value("--note", "TEXT"),
            .value("--certificate", "NUMBER"),
            .value("--from", "FILE"),
        ],
        run: { invocation in
            if let source = invocation.value("--from") { return try RatingLines.record(from: source, invocation: invocation) }
            guard invocation.positionals.count == 2 else {
                let command = invocation.command
                throw UsageError(.missingArguments(command: command.name, arguments: command.argumentsUsage, usage: command.usage))
            }
            let level = try level(invocation.positionals[1])
            let certificate = try invocation.value("--certificate").map { text -> Int in
                guard let number = Int(text) else {
                    throw UsageError(.certificateNumber(text))
                }
                return number
            }
            let workspace = try invocation.openWorkspace()
            try record(
                competencyID: invocation.positionals[0], level: level, note: invocation.value("--note") ?? "", certificate: certificate,
                into: workspace, invocation: invocation)
            return ExitStatus.success
        })

    /// LEVEL as a number (the engine checks its range).
    static func level(_ text: String) throws -> Int {
        guard let level = Int(text) else { throw UsageError(.level(text)) }
        return level
    }

    /// Records one rating and says so on standard output (after `prefix`), flushed at once.
    @MainActor
    static func record(
        competencyID: String, level: Int, note: String, certificate: Int?, into workspace: Workspace, invocation: Invocation, prefix: String = ""
    ) throws {
        let event = try workspace.rate(
            competencyID: competencyID.uppercased(), level: level, person: invocation.value("--person"), note: note, certificate: certificate)
        let words = invocation.language.messages
        let label = workspace.catalog.framework(event.competencyID.components(separatedBy: ".")[0])?
            .localized(invocation.language).scale.label(of: level) ?? ""
        try invocation.report(
            prefix
                + words.recorded(
                    competency: event.competencyID, level: level, label: label, login: event.personLogin, track: event.track,
                    certificate: certificate) + "\n",
            afterRecording: words.ratingChange(competency: event.competencyID, level: level, login: event.personLogin))
    }
}
