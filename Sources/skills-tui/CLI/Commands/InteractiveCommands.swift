import Foundation
import SkillsMatrix

/// `skills-tui` (no command) and `skills-tui demo`: the terminal UI.
enum InteractiveCommands {
    static let open = CommandSpec(
        words: [], argumentsUsage: "", positionalCount: 0...0,
        options: [],
        run: { invocation in
            try TUILauncher.requireTerminal()
            return try TUILauncher.run(databasePath: invocation.databasePath, invocation: invocation, withRolePicker: false)
        })

    static let demo = CommandSpec(
        words: ["demo"], argumentsUsage: "", positionalCount: 0...0,
        options: [.flag("--reset")],
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
