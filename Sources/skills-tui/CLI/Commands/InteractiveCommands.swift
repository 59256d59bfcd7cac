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
        summary: "open the terminal UI on the demo organisation (kept between runs)",
        details: """
            Creates the demo database (default $XDG_DATA_HOME/skills-tui/demo.sqlite, or --db) from
            seeds/demo the first time, and keeps it: the next run continues where you stopped.
            --reset replaces it with a fresh copy. Then opens the TUI with a picker: be a member
            of staff, a team lead or HR. A --db file that holds real data is never opened as
            the demo nor replaced.
            """,
        options: [.flag("--reset", "start afresh: replace the demo database with a new copy of seeds/demo")],
        run: { invocation in
            try TUILauncher.requireTerminal()
            let path = invocation.globals["--db"] ?? invocation.environment.demoDatabasePath
            _ = try demoWorkspace(at: path, reset: invocation.flag("--reset"), invocation: invocation)
            return try TUILauncher.run(databasePath: path, invocation: invocation, withRolePicker: invocation.actingAs == nil)
        })

    static let all = [demo]

    /// The demo database at `path`: the one there if it is the demo (so a second run
    /// continues where the first stopped), a new one if there is none or `reset` asks
    /// for it. A database with real data is refused, untouched.
    @MainActor
    static func demoWorkspace(at path: String, reset: Bool, invocation: Invocation) throws -> Workspace {
        let environment = invocation.environment
        if !reset, try Workspace.databaseExists(at: path) {
            let existing = try Workspace.open(databaseAt: path, login: environment.login, reportTime: environment.pinnedTime)
            guard existing.isDemo else { throw SkillsError.notTheDemo(path: path) }
            return existing
        }
        let data = try environment.shippedDataDirectory()
        return try Workspace.recreateDemo(
            databaseAt: path, frameworks: try FrameworkDirectory.load(from: data.appendingPathComponent("frameworks")),
            demoDirectory: data.appendingPathComponent("seeds/demo"), login: environment.login,
            creationTime: environment.pinnedTime)
    }
}
