import Foundation
import SkillsMatrix

/// A parsed command ready to run: its arguments plus the environment it runs in.
@MainActor
struct Invocation {
    let command: CommandSpec
    let positionals: [String]
    let values: [String: String]
    let flags: Set<String>
    let globals: [String: String]
    let globalFlags: Set<String>
    let environment: RuntimeEnvironment

    func value(_ name: String) -> String? { values[name] }
    func flag(_ name: String) -> Bool { flags.contains(name) }

    var databasePath: String { environment.databasePath(option: globals["--db"]) }
    var actingAs: String? { globals["--as"] }
    var outputPath: String? { globals["--output"] }
    var colorDisabled: Bool { globalFlags.contains("--no-color") || environment.prefersNoColor }

    /// `--format`, or text.
    var format: ReportFormat { values["--format"].flatMap(ReportFormat.init(rawValue:)) ?? .text }

    /// The database opened for the OS user (or `--as`).
    func openWorkspace() throws -> Workspace {
        try Workspace.open(
            databaseAt: databasePath, login: environment.login, actingAs: actingAs, reportTime: environment.pinnedTime)
    }

    /// Prints `text`, or writes it to `--output`. On a terminal, every format is shown
    /// inert (`TerminalText.inertLines`): a CSV or JSON export is exact data in a file or
    /// a pipe, but a note's escape sequences must not reach the person reading it.
    func emit(_ text: String) throws {
        if let outputPath {
            try OutputFile.write(text, to: outputPath)
        } else {
            try OutputFile.writeToStandardOutput(isatty(STDOUT_FILENO) == 1 ? TerminalText.inertLines(text) : text)
        }
    }

    /// Something for the person at the terminal: always standard error, so that it never
    /// mixes into a report piped to a file.
    func tell(_ text: String) {
        OutputFile.writeToStandardError(text.hasSuffix("\n") ? text : text + "\n")
    }
}
