import Foundation
import SkillsMatrix

/// `init`: create a database.
enum SetupCommands {
    static let initialise = CommandSpec(
        words: ["init"], argumentsUsage: "", positionalCount: 0...0,
        options: [.flag("--demo")],
        run: { invocation in
            let data = try invocation.environment.shippedDataDirectory()
            let frameworks = try FrameworkDirectory.load(from: data.appendingPathComponent("frameworks"))
            let workspace = try Workspace.create(
                databaseAt: invocation.databasePath, frameworks: frameworks,
                demoDirectory: invocation.flag("--demo") ? data.appendingPathComponent("seeds/demo") : nil,
                login: invocation.environment.login, creationTime: invocation.environment.pinnedTime)
            try invocation.report(
                try summary(of: workspace, language: invocation.language),
                afterRecording: invocation.language.messages.theDatabase(path: workspace.databasePath))
            return ExitStatus.success
        })

    /// "Created PATH: ..." with what the database now holds.
    @MainActor
    static func summary(of workspace: Workspace, language: Language) throws -> String {
        let words = language.messages
        let catalog = workspace.catalog
        var text = words.created(path: workspace.databasePath) + "\n"
        let frameworks = catalog.frameworks.map {
            words.frameworkCount(id: $0.id, version: $0.version, competencies: $0.competencies.count)
        }
        text += words.frameworksLine(frameworks.joined(separator: ", ")) + "\n"
        text += words.roleProfilesCount(catalog.roles.count) + "\n"
        let learning = workspace.learning
        if !learning.items.isEmpty {
            text += words.learningCatalogueLine(version: learning.version, items: learning.items.count, currency: learning.currency) + "\n"
        }
        text += words.adminLine(login: workspace.actor.realLogin) + "\n"
        if workspace.isDemo {
            let counts = try workspace.organisationCounts()
            text += words.demoOrganisationLine(people: counts.people, teams: counts.teams, ratingEvents: counts.ratingEvents) + "\n"
        }
        return text
    }
}
