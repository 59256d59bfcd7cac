import Foundation
import SkillsMatrix
import SkillsTUI

/// The steps measured at each size, in table order. Generating is measured separately
/// (`GenerateStep`) because it makes the database the others open.
enum BenchmarkSteps {
    static let all: [BenchmarkStep] = [
        open, gapReport, teamHeatmap, trainingNeeds, trainingNeedsCSV, trainingPlan, peopleSearch, heatmapFrame, reducerStep,
        trainingNeedsScroll, trainingNeedsSearch, TUISteps.homeFirstFrame, TUISteps.homeCount, TUISteps.validationFirstPage,
        TUISteps.trainingNeedsOpen, TUISteps.trainingNeedsShown, TUISteps.exportFrames,
    ]

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
        id: "training-needs-csv", title: "CSV export of it (streamed to a file)", budget: nil,
        prepare: { context in
            let report = try context.workspace.trainingNeeds()
            let file = context.scratchDirectory.appendingPathComponent("training-needs-\(context.staff).csv").path
            return {
                var bytes = 0
                try context.workspace.outputTarget(file).write { output in
                    try TrainingNeedsFormat.csv(report, catalog: context.workspace.catalog, to: &output)
                    bytes = output.count
                }
                return String(format: "%.1f MB of CSV", Double(bytes) / 1_048_576)
            }
        })

    /// What HR might have to spend on the whole organisation: £250 a head.
    static func trainingBudget(_ context: BenchmarkContext) -> Int { context.staff * 250 }

    static let trainingPlan = BenchmarkStep(
        id: "training-plan", title: "training plan with a budget (£250 a head), whole organisation",
        budget: Budget(staff: 100_000, milliseconds: 1_000, text: "< 1 s"),
        prepare: { context in
            {
                let plan = try context.workspace.trainingPlan(budget: trainingBudget(context))
                let method = plan.budget?.method.rawValue ?? "-"
                return "\(plan.groups.count) items, \(plan.placeCount) places, \(plan.budget?.seatsBought.reduce(0, +) ?? 0) bought (\(method))"
            }
        })

    static let peopleSearch = BenchmarkStep(
        id: "people-search", title: "who knows what: one competency at level 3+, whole organisation",
        budget: Budget(staff: 100_000, milliseconds: 100, text: "< 100 ms"),
        prepare: { context in
            {
                let result = try context.workspace.peopleSearch(competencyID: "PM.RISK.1", minimumLevel: 3)
                return "\(result.entries.count) people, \(result.unvalidatedCount) unvalidated"
            }
        })

    // MARK: - TUI

    /// The large team's heatmap screen at 200x60 with the cursor in the middle of the team,
    /// as a lead would have it open.
    static func heatmapScreen(_ context: BenchmarkContext) throws -> AppState {
        let heatmap = try context.workspace.heatmap(team: context.largeTeamID)
        let size = ScreenSize(width: 200, height: 60)
        var state = AppState(
            catalog: context.workspace.catalog, now: context.workspace.now, size: size, isDemo: false,
            stack: [HeatmapScreen(heatmap: heatmap)])
        // Page down to the middle of the team, so the frame draws from a scrolled window.
        for _ in 0..<(heatmap.rows.count / 2 / max(1, HeatmapScreen.visibleRows(size))) {
            _ = Reducer.reduce(&state, .key(.pageDown))
        }
        return state
    }

    static let heatmapFrame = BenchmarkStep(
        id: "tui-heatmap-frame", title: "TUI: one heatmap frame 200x60 into the cell buffer",
        budget: Budget(staff: 100_000, milliseconds: 5, text: "< 5 ms"),
        prepare: { context in
            let state = try heatmapScreen(context)
            return {
                let frame = Renderer.render(state)
                return "\(frame.width)x\(frame.height), team of \(context.largeTeamSize)"
            }
        })

    static let reducerStep = BenchmarkStep(
        id: "tui-reducer-step", title: "TUI: one reducer step (cursor down on that heatmap)",
        budget: nil,
        prepare: { context in
            let state = try heatmapScreen(context)
            return {
                var next = state
                let effects = Reducer.reduce(&next, .key(.down))
                return "\(effects.count) effect"
            }
        })

    /// HR on the whole organisation's training needs: one key and the frame after it,
    /// scrolling, and typing a letter of a search (which refilters every line).
    static func trainingNeedsKey(id: String, title: String, keys: [Key], budget: Budget? = nil) -> BenchmarkStep {
        BenchmarkStep(
            id: id, title: title, budget: budget,
            prepare: { context in
                let report = try context.workspace.trainingNeeds()
                var state = AppState(
                    catalog: context.workspace.catalog, now: context.workspace.now, size: ScreenSize(width: 200, height: 60),
                    isDemo: false, stack: [TrainingNeedsScreen(report: report, catalog: context.workspace.catalog)])
                for key in keys.dropLast() { _ = Reducer.reduce(&state, .key(key)) }
                let last = keys.last ?? .pageDown
                return {
                    var next = state
                    _ = Reducer.reduce(&next, .key(last))
                    let frame = Renderer.render(next)
                    return "\(report.needCount) needs, \(frame.height) rows drawn"
                }
            })
    }

    static let trainingNeedsScroll = trainingNeedsKey(
        id: "tui-training-needs-scroll", title: "TUI: PgDn + frame, organisation's training needs", keys: [.pageDown])

    static let trainingNeedsSearch = trainingNeedsKey(
        id: "tui-training-needs-search", title: "TUI: a search letter + frame, same list",
        keys: [.character("/"), .character("a"), .character("s"), .character("h")],
        budget: Budget(staff: 100_000, milliseconds: 30, text: "< 30 ms"))
}
