import Foundation
import SkillsMatrix

/// `report gaps | heatmap | coverage | training-needs`.
enum ReportCommands {
    static let gaps = CommandSpec(
        words: ["report", "gaps"], argumentsUsage: "", positionalCount: 0...0,
        options: [
            .value("--person", "LOGIN"),
            .value("--team", "TEAM"),
            .value("--format", "FORMAT", choices: ["text", "json", "csv"]),
        ],
        run: { invocation in
            if invocation.value("--person") != nil, invocation.value("--team") != nil {
                throw UsageError(.personOrTeam)
            }
            let workspace = try invocation.openWorkspace()
            let assessments = try invocation.value("--team").map { try workspace.gapReports(team: $0) }
                ?? [try workspace.gapReport(for: invocation.value("--person"))]
            switch invocation.format {
            case .json: try invocation.emit(GapReportFormat.json(assessments, catalog: workspace.catalog))
            case .csv: try invocation.emit(GapReportFormat.csv(assessments, catalog: workspace.catalog))
            default: try invocation.emit(GapReportFormat.text(assessments, catalog: workspace.catalog, language: invocation.language))
            }
            return ExitStatus.success
        })

    static let heatmap = CommandSpec(
        words: ["report", "heatmap"], argumentsUsage: "", positionalCount: 0...0,
        options: [
            .value("--team", "TEAM"),
            .value("--format", "FORMAT", choices: ["text", "csv", "html", "svg"]),
            .value("--lens", "TRACK", choices: HeatmapLens.allCases.map(\.rawValue)),
            .value("--framework", "ID"),
        ],
        run: { invocation in
            let workspace = try invocation.openWorkspace()
            var heatmap = try workspace.heatmap(team: try requiredTeam(invocation))
            if let frameworkID = invocation.value("--framework")?.uppercased() {
                guard workspace.catalog.framework(frameworkID) != nil else {
                    throw SkillsError.unknownFramework(frameworkID, known: workspace.catalog.frameworks.map(\.id))
                }
                heatmap = heatmap.filtered(framework: frameworkID, catalog: workspace.catalog)
            }
            let lens = invocation.value("--lens").flatMap(HeatmapLens.init(rawValue:)) ?? .effective
            switch invocation.format {
            case .csv: try invocation.emit { try HeatmapFormat.csv(heatmap, catalog: workspace.catalog, lens: lens, to: &$0) }
            case .html: try invocation.emit(HeatmapHTML.render(heatmap, catalog: workspace.catalog, lens: lens, now: workspace.now))
            case .svg: try invocation.emit(HeatmapSVG.render(heatmap, catalog: workspace.catalog, lens: lens, now: workspace.now))
            default: try invocation.emit(HeatmapFormat.text(heatmap, catalog: workspace.catalog, lens: lens, language: invocation.language))
            }
            return ExitStatus.success
        })

    static let coverage = CommandSpec(
        words: ["report", "coverage"], argumentsUsage: "", positionalCount: 0...0,
        options: [
            .value("--team", "TEAM"),
            .value("--without", "LOGIN"),
            .value("--format", "FORMAT", choices: ["text", "json", "csv"]),
        ],
        run: { invocation in
            if invocation.value("--without") != nil, invocation.format == .csv {
                throw UsageError(.withoutInCSV)
            }
            let teamID = try requiredTeam(invocation)
            let workspace = try invocation.openWorkspace()
            let team = try workspace.team(teamID)
            // Coverage checks access to the team before anything about its members is told.
            let coverage = try workspace.coverage(team: teamID)
            let calibration = try workspace.calibration(team: teamID)
            let impact = try invocation.value("--without").map { login -> LeaverImpact in
                let person = try workspace.person(login)
                guard person.teamID == teamID else {
                    throw SkillsError.notInTeam(login: login, teamID: teamID)
                }
                return try workspace.impactOfLeaving(login)
            }
            switch invocation.format {
            case .json:
                try invocation.emit(CoverageFormat.json(coverage, team: team, calibration: calibration, impact: impact, catalog: workspace.catalog))
            case .csv:
                try invocation.emit(CoverageFormat.csv(coverage, catalog: workspace.catalog))
            default:
                try invocation.emit(
                    CoverageFormat.text(
                        coverage, team: team, calibration: calibration, impact: impact, catalog: workspace.catalog,
                        language: invocation.language))
            }
            return ExitStatus.success
        })

    static let trainingNeeds = CommandSpec(
        words: ["report", "training-needs"], argumentsUsage: "", positionalCount: 0...0,
        options: [
            .value("--team", "TEAM"),
            .value("--format", "FORMAT", choices: ["text", "csv", "json", "markdown"]),
            .flag("--excel"),
            .flag("--include-unrated"),
        ],
        run: { invocation in
            if invocation.flag("--excel"), invocation.format != .csv {
                throw UsageError(.excelWithoutCSV)
            }
            let workspace = try invocation.openWorkspace()
            let report = try workspace.trainingNeeds(team: invocation.value("--team"), includeUnrated: invocation.flag("--include-unrated"))
            switch invocation.format {
            case .csv:
                let writer = CSVWriter(byteOrderMark: invocation.flag("--excel"))
                try invocation.emit { try TrainingNeedsFormat.csv(report, catalog: workspace.catalog, writer: writer, to: &$0) }
            case .json: try invocation.emit { try TrainingNeedsFormat.json(report, catalog: workspace.catalog, to: &$0) }
            case .markdown:
                try invocation.emit { try TrainingNeedsFormat.markdown(report, catalog: workspace.catalog, language: invocation.language, to: &$0) }
            default: try invocation.emit(TrainingNeedsFormat.text(report, catalog: workspace.catalog, language: invocation.language))
            }
            invocation.dropInBackground(report)
            return ExitStatus.success
        })

    static let completion = CommandSpec(
        words: ["report", "completion"], argumentsUsage: "", positionalCount: 0...0,
        options: [
            .value("--cycle", "NAME"),
            .value("--team", "TEAM"),
            .value("--format", "FORMAT", choices: ["text", "csv", "json"]),
            .flag("--excel"),
        ],
        run: { invocation in
            if invocation.flag("--excel"), invocation.format != .csv {
                throw UsageError(.excelWithoutCSV)
            }
            let workspace = try invocation.openWorkspace()
            let report = try workspace.completion(cycle: invocation.value("--cycle"), team: invocation.value("--team"))
            switch invocation.format {
            case .csv:
                let writer = CSVWriter(byteOrderMark: invocation.flag("--excel"))
                try invocation.emit { try CompletionFormat.csv(report, writer: writer, to: &$0) }
            case .json: try invocation.emit { try CompletionFormat.json(report, to: &$0) }
            default: try invocation.emit(CompletionFormat.text(report, language: invocation.language))
            }
            return ExitStatus.success
        })

    static let trend = CommandSpec(
        words: ["report", "trend"], argumentsUsage: "", positionalCount: 0...0,
        options: [
            .value("--person", "LOGIN"),
            .value("--team", "TEAM"),
            .value("--format", "FORMAT", choices: ["text", "csv", "json", "html"]),
        ],
        run: { invocation in
            if invocation.value("--person") != nil, invocation.value("--team") != nil {
                throw UsageError(.personOrTeam)
            }
            let workspace = try invocation.openWorkspace()
            let report = try workspace.trend(person: invocation.value("--person"), team: invocation.value("--team"))
            switch invocation.format {
            case .html: try invocation.emit(TrendHTML.render(report))
            case .csv: try invocation.emit { try TrendFormat.csv(report, to: &$0) }
            case .json: try invocation.emit { try TrendFormat.json(report, to: &$0) }
            default: try invocation.emit(TrendFormat.text(report, catalog: workspace.catalog, language: invocation.language))
            }
            return ExitStatus.success
        })

    static let calibration = CommandSpec(
        words: ["report", "calibration"], argumentsUsage: "", positionalCount: 0...0,
        options: [
            .value("--team", "TEAM"),
            .value("--format", "FORMAT", choices: ["text", "csv", "json"]),
        ],
        run: { invocation in
            let workspace = try invocation.openWorkspace()
            let report = try workspace.calibrationReport(team: invocation.value("--team"))
            switch invocation.format {
            case .csv: try invocation.emit { try CalibrationFormat.csv(report, to: &$0) }
            case .json: try invocation.emit { try CalibrationFormat.json(report, to: &$0) }
            default: try invocation.emit(CalibrationFormat.text(report, language: invocation.language))
            }
            return ExitStatus.success
        })

    @MainActor
    private static func requiredTeam(_ invocation: Invocation) throws -> String {
        guard let team = invocation.value("--team") else {
            throw UsageError(.needsTeam(command: invocation.command.name))
        }
        return team
    }
}
