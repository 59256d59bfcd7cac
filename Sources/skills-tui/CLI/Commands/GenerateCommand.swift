import Foundation
import SkillsMatrix

/// `generate`: a new database holding a synthetic organisation, for trying the tool at scale.
enum GenerateCommand {
    static let generate = CommandSpec(
        words: ["generate"], argumentsUsage: "", positionalCount: 0...0,
        options: [
            .value("--staff", "N"),
            .value("--seed", "S"),
            .value("--large-team", "N"),
        ],
        run: { invocation in
            guard let staffText = invocation.value("--staff") else {
                throw UsageError(.needsStaff)
            }
            let options = SyntheticOptions(
                staff: try number(staffText, option: "--staff"),
                seed: try invocation.value("--seed").map { text -> UInt64 in
                    guard let seed = UInt64(text) else { throw UsageError(.seed(text)) }
                    return seed
                } ?? SyntheticOptions.defaultSeed,
                largeTeamSize: try invocation.value("--large-team").map { try number($0, option: "--large-team") } ?? 0)
            try options.validate()
            let data = try invocation.environment.shippedDataDirectory()
            let frameworks = try FrameworkDirectory.load(from: data.appendingPathComponent("frameworks"))
            let workspace = try Workspace.generate(
                databaseAt: invocation.databasePath, frameworks: frameworks, options: options,
                login: invocation.environment.login, creationTime: invocation.environment.pinnedTime)
            let words = invocation.language.messages
            var text = try SetupCommands.summary(of: workspace, language: invocation.language)
            let counts = try workspace.organisationCounts()
            text += words.syntheticOrganisationLine(
                people: counts.people, teams: counts.teams, ratingEvents: counts.ratingEvents, seed: options.seed) + "\n"
            try invocation.report(text, afterRecording: words.theDatabase(path: workspace.databasePath))
            return ExitStatus.success
        })

    private static func number(_ text: String, option: String) throws -> Int {
        guard let value = Int(text) else { throw UsageError(.wholeNumber(option: option, value: text)) }
        return value
    }
}
