import Foundation
import SkillsMatrix

/// The whole-command rows, in table order.
enum CommandSteps {
    static let all: [CommandStep] = [
        trainingNeedsCSV, completionCSV, trend, exportRatingsCSV, staffListCSV, staffListSQLite, gapReport, heatmap, backup,
    ]

    /// Rows that need review cycles in the database (`CycleSetup`).
    static let needingCycles: Set<String> = [completionCSV.id, trend.id]

    static let completionCSV = CommandStep(
        id: "cli-completion-csv", title: "`report completion --format csv` > file, open cycle (whole command)",
        budget: Budget(staff: 100_000, milliseconds: 1_000, peakMegabytes: 300, text: "< 1 s, < 300 MB"),
        command: { _ in (.skillsTUI, ["report", "completion", "--format", "csv"], nil) })

    static let trend = CommandStep(
        id: "cli-trend", title: "`report trend`: organisation and every team, a closed cycle and now (whole command)",
        budget: Budget(staff: 100_000, milliseconds: 1_000, peakMegabytes: 300, text: "< 1 s, < 300 MB"),
        command: { _ in (.skillsTUI, ["report", "trend"], nil) })

    static let trainingNeedsCSV = CommandStep(
        id: "cli-training-needs-csv", title: "`report training-needs --format csv` > file (whole command)",
        budget: Budget(staff: 100_000, milliseconds: 1_000, peakMegabytes: 150, text: "< 1 s, < 150 MB"),
        command: { _ in (.skillsTUI, ["report", "training-needs", "--format", "csv"], nil) })

    static let exportRatingsCSV = CommandStep(
        id: "cli-export-ratings-csv", title: "`export ratings --format csv` > file (whole command)",
        budget: Budget(staff: 100_000, milliseconds: 5_000, peakMegabytes: 100, text: "< 5 s, < 100 MB"),
        command: { _ in (.skillsTUI, ["export", "ratings", "--format", "csv"], nil) })

    static let staffListCSV = CommandStep(
        id: "cli-staff-list-csv", title: "`staff list --format csv` > file (whole command)",
        budget: Budget(staff: 100_000, text: "no slower than sqlite3", notSlowerThan: "sqlite3-staff-list-csv"),
        command: { _ in (.skillsTUI, ["staff", "list", "--format", "csv"], nil) })

    /// The same rows as `staff list --format csv`, written by the sqlite3 shell.
    static let staffListSQLite = CommandStep(
        id: "sqlite3-staff-list-csv", title: "the same rows by the sqlite3 shell (`sqlite3 -csv`)", budget: nil,
        command: { _ in
            (
                .sqlite3,
                [
                    "-csv", "-header",
                    """
                    SELECT p.login, p.name, p.email, t.id AS team, p.role_id AS role,
                      CASE WHEN EXISTS (SELECT 1 FROM team_leads l WHERE l.team_no = p.team_no AND l.person_no = p.no)
                      THEN 'yes' ELSE '' END AS lead
                    FROM people p JOIN teams t ON t.no = p.team_no WHERE p.active = 1 ORDER BY p.login
                    """,
                ], nil
            )
        })

    static let gapReport = CommandStep(
        id: "cli-gap-report", title: "`report gaps --person LOGIN` (whole command)", budget: nil,
        command: { context in (.skillsTUI, ["report", "gaps", "--person", context.personLogin], nil) })

    static let heatmap = CommandStep(
        id: "cli-heatmap", title: "`report heatmap --team` the large team (whole command)", budget: nil,
        command: { context in (.skillsTUI, ["report", "heatmap", "--team", context.largeTeamID], nil) })

    static let backup = CommandStep(
        id: "cli-backup", title: "`backup FILE` (whole command)", budget: nil,
        command: { context in
            let destination = context.scratchDirectory.appendingPathComponent("backup.sqlite").path
            return (.skillsTUI, ["backup", destination], destination)
        })

    /// The release `skills-tui` beside this executable.
    static var skillsTUI: String {
        URL(fileURLWithPath: ChildProcess.ownExecutable).deletingLastPathComponent().appendingPathComponent("skills-tui").path
    }

    /// The sqlite3 shell on the PATH, if installed.
    static var sqlite3: String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
            .map { "\($0)/sqlite3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `step` once to warm the page cache, then `runs` times.
    static func measure(_ step: CommandStep, context: CommandContext, runs: Int) throws -> (times: [Double], peakKilobytes: Int, detail: String) {
        let (program, arguments, clearBefore) = step.command(context)
        let executable: String
        let fullArguments: [String]
        switch program {
        case .skillsTUI:
            executable = skillsTUI
            guard FileManager.default.isExecutableFile(atPath: executable) else {
                throw BenchmarkError.failed("no release skills-tui beside skills-bench: swift build -c release --product skills-tui")
            }
            fullArguments = ["--db", context.databasePath] + arguments
        case .sqlite3:
            guard let shell = sqlite3 else { return ([], 0, "sqlite3 not installed") }
            executable = shell
            fullArguments = [arguments[0], arguments[1], context.databasePath] + arguments.dropFirst(2)
        }
        let output = context.scratchDirectory.appendingPathComponent("\(step.id).out").path
        var times: [Double] = []
        var peak = 0
        for run in 0...runs {
            if let clearBefore { for suffix in ["", "-journal"] { try? FileManager.default.removeItem(atPath: clearBefore + suffix) } }
            let measured = try ChildProcess.measureRun(executable, fullArguments, outputPath: output)
            guard run > 0 else { continue }
            times.append(measured.milliseconds)
            peak = max(peak, measured.peakKilobytes)
        }
        let bytes = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
        try? FileManager.default.removeItem(atPath: output)
        if let clearBefore { try? FileManager.default.removeItem(atPath: clearBefore) }
        return (times, peak, String(format: "%.1f MB of output", Double(bytes) / 1_048_576))
    }
}
