import Foundation
import SkillsMatrix

/// `skills-tui` (no command) and `skills-tui demo`: the terminal UI.
enum InteractiveCommands {
    static let open = CommandSpec(
        words: [], argumentsUsage: "", positionalCount: 0...0,
        summary: "open the terminal UI as the current user",
        details: "",
        options: [],
        run: { invocation in
            try TUILauncher.requireTerminal()
            return try TUILauncher.run(databasePath: invocation.databasePath, invocation: invocation, withRolePicker: false)
        })

    static let demo = CommandSpec(
        words: ["demo"], argumentsUsage: "", positionalCount: 0...0,
        summary: "open the terminal UI on a fresh copy of the demo organisation",
        details: """
            Recreates the demo database (default $XDG_DATA_HOME/skills-tui/demo.sqlite, or --db) from
            seeds/demo, then opens the TUI with a picker: be a member of staff, a team lead or HR.
            A --db file that holds real data is never replaced.
            """,
        options: [],
        run: { invocation in
            try TUILauncher.requireTerminal()
            let path = invocation.globals["--db"] ?? invocation.environment.demoDatabasePath
            _ = try freshDemo(at: path, invocation: invocation)
            return try TUILauncher.run(databasePath: path, invocation: invocation, withRolePicker: invocation.actingAs == nil)
        })

    static let all = [demo]

    /// Deletes a previous demo database at `path` (only if it is one) and creates a new one.
    @MainActor
    static func freshDemo(at path: String, invocation: Invocation) throws -> Workspace {
        let data = try invocation.environment.shippedDataDirectory()
        return try Workspace.recreateDemo(
            databaseAt: path, frameworks: try FrameworkDirectory.load(from: data.appendingPathComponent("frameworks")),
            demoDirectory: data.appendingPathComponent("seeds/demo"), login: invocation.environment.login,
            creationTime: invocation.environment.pinnedTime)
    }
}
