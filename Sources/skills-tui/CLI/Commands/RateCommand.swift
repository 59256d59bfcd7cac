import Foundation
import SkillsMatrix

/// `rate COMPETENCY LEVEL`.
enum RateCommand {
    static let rate = CommandSpec(
        words: ["rate"], argumentsUsage: "COMPETENCY LEVEL", positionalCount: 2...2,
        summary: "record a rating: your own (self track), or a team member's as their lead (lead track)",
        details: """
            LEVEL is 0 None, 1 Aware, 2 Working, 3 Practitioner or 4 Expert. Every rating is
            kept: a new one becomes the current rating on its track, and older ones stay in
            the history.
            --certificate cites a recorded certificate of the person rated as evidence
            (`skills-tui certificate add`); the rating counts as stale once it expires.
            Example: skills-tui rate PM.RISK.1 3 --note "ran the risk workshop for the CRM upgrade"
            """,
        options: [
            .value("--person", "LOGIN", "whom to rate (default: yourself)"),
            .value("--note", "TEXT", "evidence for the rating"),
            .value("--certificate", "NUMBER", "a certificate of the person rated that supports the rating"),
        ],
        run: { invocation in
            let levelText = invocation.positionals[1]
            guard let level = Int(levelText) else {
                throw UsageError("LEVEL must be a number from 0 to 4, not \"\(levelText)\"")
            }
            let certificate = try invocation.value("--certificate").map { text -> Int in
                guard let number = Int(text) else {
                    throw UsageError("--certificate is a certificate's number (see `skills-tui report certificates`), not \"\(text)\"")
                }
                return number
            }
            let workspace = try invocation.openWorkspace()
            let event = try workspace.rate(
                competencyID: invocation.positionals[0].uppercased(), level: level, person: invocation.value("--person"),
                note: invocation.value("--note") ?? "", certificate: certificate)
            let words = invocation.language.messages
            let label = workspace.catalog.framework(event.competencyID.components(separatedBy: ".")[0])?
                .localized(invocation.language).scale.label(of: level) ?? ""
            try invocation.report(
                words.recorded(
                    competency: event.competencyID, level: level, label: label, login: event.personLogin, track: event.track,
                    certificate: certificate) + "\n",
                afterRecording: words.ratingChange(competency: event.competencyID, level: level, login: event.personLogin))
            return ExitStatus.success
        })
}
