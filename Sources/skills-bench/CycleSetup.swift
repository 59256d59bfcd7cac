import Foundation
import SkillsMatrix

/// Gives a generated organisation the review cycles the completion and trend rows need:
/// one cycle opened and closed (its snapshot is the trend's history) and one left open.
/// Done once per database, with the release `skills-tui` in child processes (so that this
/// benchmark's own memory, which later rows are counted from, stays as it was); the close
/// is timed as a whole command, as a row of its own without a budget.
enum CycleSetup {
    static let id = "cli-cycle-close"
    static let title = "`cycle close`: snapshot of everyone (whole command, once)"

    /// Opens and closes "bench history", then opens "bench current" due in 30 days,
    /// unless the database has cycles already. Returns the close's measurement, if it ran.
    static func prepare(databasePath: String, scratch: URL) throws -> (milliseconds: Double, peakKilobytes: Int)? {
        let binary = CommandSteps.skillsTUI
        let output = scratch.appendingPathComponent("cycle-setup.out").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        _ = try ChildProcess.measureRun(binary, ["--db", databasePath, "cycle", "list"], outputPath: output)
        guard (try? String(contentsOfFile: output, encoding: .utf8))?.hasPrefix("No review cycle") == true else { return nil }
        let dueDay = DateText.day(Date().addingTimeInterval(30 * 86_400))
        _ = try ChildProcess.measureRun(binary, ["--db", databasePath, "cycle", "open", "bench history", "--due", dueDay], outputPath: output)
        let close = try ChildProcess.measureRun(binary, ["--db", databasePath, "cycle", "close", "bench history"], outputPath: output)
        _ = try ChildProcess.measureRun(binary, ["--db", databasePath, "cycle", "open", "bench current", "--due", dueDay], outputPath: output)
        return (close.milliseconds, close.peakKilobytes)
    }
}
