import Foundation
import SkillsMatrix

/// The steps measured at each size, in table order. Generating is measured separately
/// (`GenerateStep`) because it makes the database the others open.
///
/// The TUI's two rows belong here once the `SkillsTUI` library lands (add it to this
/// target's dependencies in Package.swift): "one heatmap frame 200x60 into the buffer"
/// (prepare the heatmap screen's state for `context.largeTeamID`, time one render into a
/// 200x60 cell buffer) and "one reducer step" (time one `reduce(state, key)` on it), each
/// one more `BenchmarkStep` with its budget.
enum BenchmarkSteps {
    static let all: [BenchmarkStep] = [open, gapReport, teamHeatmap, trainingNeeds, trainingNeedsCSV]

    static func step(_ id: String) -> BenchmarkStep? { all.first { $0.id == id } }

    static let open = BenchmarkStep(
        id: "open", title: "open the database (Workspace.open)", budget: nil,
        prepare: { context in
            {
                let workspace = try Workspace.open(databaseAt: context.databasePath, login: context.login)
                return "\(workspace.catalog.competencies.count) competencies"
            }
        })

    static let gapReport = BenchmarkStep(
        id: "gap-report", title: "one person's gap report",
        budget: Budget(staff: 100_000, milliseconds: 20, text: "< 20 ms"),
        prepare: { context in
            {
                let report = try context.workspace.gapReport(for: context.personLogin)
                return "\(report.requirements.count) requirements"
            }
        })

    static let teamHeatmap = BenchmarkStep(
        id: "team-heatmap", title: "heatmap + coverage, large team",
        budget: Budget(staff: 100_000, milliseconds: 100, text: "< 100 ms"),
        prepare: { context in
            {
                let heatmap = try context.workspace.heatmap(team: context.largeTeamID)
                let coverage = try context.workspace.coverage(team: context.largeTeamID)
                return "team of \(heatmap.rows.count), \(heatmap.competencies.count) columns, \(coverage.singlePointsOfFailure.count) single points"
            }
        })

    static let trainingNeeds = BenchmarkStep(
        id: "training-needs", title: "training needs, whole organisation",
        budget: Budget(staff: 100_000, milliseconds: 1_000, peakMegabytes: 300, text: "< 1 s, < 300 MB"),
        prepare: { context in
            {
                let report = try context.workspace.trainingNeeds()
                return "\(report.needCount) needs"
            }
        })

    static let trainingNeedsCSV = BenchmarkStep(
        id: "training-needs-csv", title: "CSV export of it (render + write)", budget: nil,
        prepare: { context in
            let report = try context.workspace.trainingNeeds()
            let file = context.scratchDirectory.appendingPathComponent("training-needs-\(context.staff).csv")
            return {
                let csv = TrainingNeedsFormat.csv(report, catalog: context.workspace.catalog)
                try Data(csv.utf8).write(to: file)
                return String(format: "%.1f MB of CSV", Double(csv.utf8.count) / 1_048_576)
            }
        })
}
