import Foundation
import SkillsMatrix

/// `generate`: a new database holding a synthetic organisation, for trying the tool at scale.
enum GenerateCommand {
    static let generate = CommandSpec(
        words: ["generate"], argumentsUsage: "", positionalCount: 0...0,
        summary: "create a database with a synthetic organisation of N people (for trials and benchmarks)",
        details: """
            Creates the database at --db (or $SKILLS_DB, or the XDG default) like `init`, then adds
            a made-up organisation: a leadership team, departments and their teams of 6-15 people
            under a lead, every role profile in use, and four yearly review cycles of self and
            lead ratings (some disputed, some stale). You become its admin; one generated person
            holds hr. The same --seed gives the same content: rating times are fixed offsets
            before the start of today (UTC), so the rows are identical on the same day, or with
            the clock pinned by SKILLS_TUI_NOW.
            Refuses to touch an existing file.
            """,
        options: [
            .value("--staff", "N", "people in the organisation, \(SyntheticOptions.staffRange.lowerBound) to \(SyntheticOptions.staffRange.upperBound) (required)"),
            .value("--seed", "S", "a whole number that picks the organisation (default \(SyntheticOptions.defaultSeed))"),
            .value("--large-team", "N", "also make one team of N people (id \(SyntheticOptions.largeTeamID)), counted in --staff"),
        ],
        run: { invocation in
            guard let staffText = invocation.value("--staff") else {
                throw UsageError { $0.generateNeedsStaff }
            }
            let options = SyntheticOptions(
                staff: try number(staffText, option: "--staff"),
                seed: try invocation.value("--seed").map { text -> UInt64 in
                    guard let seed = UInt64(text) else { throw UsageError { $0.seedNotANumber(text, maximum: UInt64.max) } }
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
        guard let value = Int(text) else { throw UsageError { $0.notAWholeNumber(option: option, text: text) } }
        return value
    }
}
