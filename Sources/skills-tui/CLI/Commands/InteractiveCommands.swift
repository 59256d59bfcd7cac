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
            let workspace = try invocation.openWorkspace()
            try invocation.emit(try homeSummary(workspace))
            invocation.tell("The full-screen terminal UI is not built yet; the reports above come from `skills-tui report ...`.")
            return ExitStatus.success
        })

    static let demo = CommandSpec(
        words: ["demo"], argumentsUsage: "", positionalCount: 0...0,
        summary: "open the terminal UI on a fresh copy of the demo organisation",
        details: "Recreates the demo database (default $XDG_DATA_HOME/skills-tui/demo.sqlite, or --db) from seeds/demo.",
        options: [],
        run: { invocation in
            let path = invocation.globals["--db"] ?? invocation.environment.demoDatabasePath
            let workspace = try freshDemo(at: path, invocation: invocation)
            try invocation.emit(try SetupCommands.summary(of: workspace))
            invocation.tell("The full-screen terminal UI is not built yet. Try: skills-tui --db \(path) --as abjornstad report gaps")
            return ExitStatus.success
        })

    static let all = [demo]

    /// Deletes a previous demo database at `path` (only if it is one) and creates a new one.
    @MainActor
    static func freshDemo(at path: String, invocation: Invocation) throws -> Workspace {
        if FileManager.default.fileExists(atPath: path) {
            let existing = try SkillsStore.open(at: path)
            guard existing.isDemo else {
                throw InvalidRequest("\(path) holds real data, not the demo organisation: nothing was changed; pass --db with another path", kind: .alreadyExists)
            }
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let data = try invocation.environment.shippedDataDirectory()
        return try Workspace.create(
            databaseAt: path, frameworks: try FrameworkDirectory.load(from: data.appendingPathComponent("frameworks")),
            demoDirectory: data.appendingPathComponent("seeds/demo"), login: invocation.environment.login,
            clock: invocation.environment.clock)
    }

    @MainActor
    static func homeSummary(_ workspace: Workspace) throws -> String {
        var text = "Signed in as \(workspace.actor.login) (\(workspace.actor.roleSummary))\n"
        if workspace.actor.person != nil {
            text += "\n" + GapReportFormat.text(try workspace.gapReport(), catalog: workspace.catalog)
        }
        return text
    }
}
