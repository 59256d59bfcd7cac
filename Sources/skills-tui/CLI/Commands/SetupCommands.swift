import Foundation
import SkillsMatrix

/// `init`: create a database.
enum SetupCommands {
    static let initialise = CommandSpec(
        words: ["init"], argumentsUsage: "", positionalCount: 0...0,
        summary: "create the database: frameworks, role profiles (and the demo organisation with --demo)",
        details: """
            Creates the database at --db (or $SKILLS_DB, or the XDG default) with mode 0600,
            loads the shipped frameworks and role profiles, and makes you (the OS login that
            runs it) its first admin. Refuses to touch an existing file.
            """,
        options: [.flag("--demo", "also load the demo organisation from seeds/demo (anyone may use --as in it)")],
        run: { invocation in
            let data = try invocation.environment.shippedDataDirectory()
            let frameworks = try FrameworkDirectory.load(from: data.appendingPathComponent("frameworks"))
            let workspace = try Workspace.create(
                databaseAt: invocation.databasePath, frameworks: frameworks,
                demoDirectory: invocation.flag("--demo") ? data.appendingPathComponent("seeds/demo") : nil,
                login: invocation.environment.login, creationTime: invocation.environment.pinnedTime)
            try invocation.report(try summary(of: workspace), afterRecording: "the database \(workspace.databasePath)")
            return ExitStatus.success
        })

    /// "Created PATH: ..." with what the database now holds.
    @MainActor
    static func summary(of workspace: Workspace) throws -> String {
        let catalog = workspace.catalog
        var text = "Created \(workspace.databasePath)\n"
        text += "Frameworks: " + catalog.frameworks.map { "\($0.id) \($0.version) (\($0.competencies.count) competencies)" }.joined(separator: ", ") + "\n"
        text += "Role profiles: \(catalog.roles.count)\n"
        let learning = workspace.learning
        if !learning.items.isEmpty {
            text += "Learning catalogue: \(learning.version), \(learning.items.count) items, costs in \(learning.currency)\n"
        }
        text += "Admin: \(workspace.actor.realLogin)\n"
        if workspace.isDemo {
            let counts = try workspace.organisationCounts()
            text += "Demo organisation: \(counts.people) people in \(counts.teams) teams, \(counts.ratingEvents) rating events; anyone may use --as LOGIN\n"
        }
        return text
    }
}
