import Foundation
import SkillsMatrix

/// Gives a generated organisation the review cycles the completion and trend rows need:
/// one cycle opened and closed (its snapshot is the trend's history) and one left open.
/// Done once per database; the close is timed, as a row of its own without a budget.
enum CycleSetup {
    static let id = "cycle-close"
    static let title = "close a review cycle: snapshot of everyone (Workspace.closeCycle, once)"

    /// Opens and closes "bench history", then opens "bench current" due in 30 days,
    /// unless the database has cycles already. Returns the close's time, if it ran.
    static func prepare(databasePath: String, login: String) throws -> (milliseconds: Double, detail: String)? {
        let workspace = try Workspace.open(databaseAt: databasePath, login: login)
        guard try workspace.cycles().isEmpty else { return nil }
        let due = Date().addingTimeInterval(30 * 86_400)
        try workspace.openCycle(name: "bench history", teamIDs: [], frameworkIDs: [], due: due)
        let start = DispatchTime.now().uptimeNanoseconds
        let closed = try workspace.closeCycle(named: "bench history")
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        try workspace.openCycle(name: "bench current", teamIDs: [], frameworkIDs: [], due: due)
        return (milliseconds, "\(closed.snapshot.count) snapshot rows")
    }
}
