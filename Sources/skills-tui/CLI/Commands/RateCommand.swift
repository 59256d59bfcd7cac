import Foundation
import SkillsMatrix

/// `rate COMPETENCY LEVEL`.
enum RateCommand {
    static let rate = CommandSpec(
        words: ["rate"], argumentsUsage: "COMPETENCY LEVEL", positionalCount: 0...2,
        summary: "record a rating: your own (self track), or a team member's as their lead (lead track)",
        details: """
            LEVEL is 0 None, 1 Aware, 2 Working, 3 Practitioner or 4 Expert. Every rating is
            kept: a new one becomes the current rating on its track, and older ones stay in
            the history.
            --certificate cites a recorded certificate of the person rated as evidence
            (`skills-tui certificate add`); the rating counts as stale once it expires.
            Example: skills-tui rate PM.RISK.1 3 --note "ran the risk workshop for the CRM upgrade"
            --from FILE (- for standard input) records many ratings, one a line:
            COMPETENCY LEVEL and, after them, the note (# starts a comment line). Each line
            is recorded on its own and acknowledged at once ("line 3: Recorded ..."); a line
            that is wrong is named on standard error and the rest go on, but a database
            failure stops there. The exit status is that of the first failure.
            Example: printf 'PM.RISK.1 3 ran the risk workshop\nDI.FND.1 2\n' | skills-tui rate --from -
            """,
        options: [
            .value("--person", "LOGIN", "whom to rate (default: yourself)"),
            .value("--note", "TEXT", "evidence for the rating"),
            .value("--certificate", "NUMBER", "a certificate of the person rated that supports the rating"),
            .value("--from", "FILE", "record one rating per line of FILE (- for standard input): COMPETENCY LEVEL [NOTE]"),
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
                    throw UsageError { $0.certificateNotANumber(text) }
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
        guard let level = Int(text) else { throw UsageError { $0.levelNotANumber(text) } }
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
