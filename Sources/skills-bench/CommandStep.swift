import Foundation

/// What users run, timed as they run it: the release `skills-tui` built beside this
/// benchmark, from process start to exit, its output going to a file, and the peak
/// resident memory of that process. (The in-process rows time the engine alone.)
struct CommandStep: Sendable {
    let id: String
    let title: String
    let budget: Budget?
    /// The program and its arguments for one run, and a path to clear before each run.
    let command: @Sendable (CommandContext) -> (program: Program, arguments: [String], clearBefore: String?)

    enum Program: Sendable {
        /// `skills-tui` with `--db` the organisation's database.
        case skillsTUI
        /// The sqlite3 shell, for the row a command is compared with.
        case sqlite3
    }
}
