import Foundation
import SkillsMatrix

/// Generating the organisation: the one step that makes a database instead of reading one.
enum GenerateStep {
    static let id = "generate"
    static let title = "generate the organisation"
    static let budget = Budget(staff: 100_000, milliseconds: 60_000, text: "< 60 s")
    /// On PostgreSQL, loaded with COPY (issue 15).
    static let postgresBudget = Budget(staff: 100_000, milliseconds: 120_000, text: "< 2 min")

    /// The large team measured by the heatmap step: 1,000 people, or half of a smaller organisation.
    static func largeTeamSize(staff: Int) -> Int { min(1_000, staff / 2) }

    /// Generates `runs` times; the last database is kept at `path` for the other steps.
    /// - Returns: milliseconds per run.
    /// - Parameter postgresServer: for PostgreSQL, the server `path` is on: each run goes
    ///   into the same database, made anew before it (not timed).
    static func run(
        options: SyntheticOptions, path: String, runs: Int, frameworks: FrameworkDirectory, login: String, postgresServer: String? = nil
    ) throws -> [Double] {
        var times: [Double] = []
        for run in 1...runs {
            let target = run == runs || postgresServer != nil ? path : path + ".run\(run)"
            if let postgresServer {
                try PostgresBenchDatabase.recreate(serverURL: postgresServer, staff: options.staff)
            } else {
                removeScratchDatabase(at: target)
            }
            times.append(
                try Measurement.milliseconds {
                    _ = try Workspace.generate(databaseAt: target, frameworks: frameworks, options: options, login: login)
                })
            if run != runs, postgresServer == nil { removeScratchDatabase(at: target) }
        }
        return times
    }

    /// Removes a database this benchmark made in its scratch folder, with its WAL files.
    private static func removeScratchDatabase(at path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
