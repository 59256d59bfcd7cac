import Foundation
import SkillsMatrix

/// `report gaps | heatmap | coverage | training-needs`.
enum ReportCommands {
    static let gaps = CommandSpec(
        words: ["report", "gaps"], argumentsUsage: "", positionalCount: 0...0,
        summary: "a gap report: target, self, lead, effective, gap and weight per requirement",
        details: """
            Your own report by default; --person LOGIN for someone you may see, --team TEAM
            for everyone in a team you lead. Requirements are sorted by weighted gap.
            JSON prints an array with one object per person (login, readiness, requirements).
            """,
        options: [
            .value("--person", "LOGIN", "whose report"),
            .value("--team", "TEAM", "everyone in a team"),
            .value("--format", "FORMAT", "text, json or csv", choices: ["text", "json", "csv"]),
        ],
        run: { invocation in
            if invocation.value("--person") != nil, invocation.value("--team") != nil {
                throw UsageError("give --person or --team, not both")
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
        summary: "a team as people x competencies, each cell the level and how far it is from target",
        details: HeatmapFormat.legend(in: .en),
        options: [
            .value("--team", "TEAM", "the team (required)"),
            .value("--format", "FORMAT", "text, csv, html (a self-contained page) or svg", choices: ["text", "csv", "html", "svg"]),
            .value("--lens", "TRACK", "which rating to show: effective (default), self or lead", choices: HeatmapLens.allCases.map(\.rawValue)),
            .value("--framework", "ID", "only the competencies of one framework"),
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
            case .html: try invocation.emit(HeatmapHTML.render(heatmap, catalog: workspace.catalog, lens: lens, now: workspace.now, language: invocation.language))
            case .svg: try invocation.emit(HeatmapSVG.render(heatmap, catalog: workspace.catalog, lens: lens, now: workspace.now, language: invocation.language))
            default: try invocation.emit(HeatmapFormat.text(heatmap, catalog: workspace.catalog, lens: lens, language: invocation.language))
            }
            return ExitStatus.success
        })

    static let coverage = CommandSpec(
        words: ["report", "coverage"], argumentsUsage: "", positionalCount: 0...0,
        summary: "how many team members meet each required competency; single points of failure; calibration",
        details: "With --without LOGIN, also what the team would lose if that person left.",
        options: [
            .value("--team", "TEAM", "the team (required)"),
            .value("--without", "LOGIN", "show the impact of this person leaving"),
            .value("--format", "FORMAT", "text, json or csv", choices: ["text", "json", "csv"]),
        ],
        run: { invocation in
            if invocation.value("--without") != nil, invocation.format == .csv {
                throw UsageError("--without shows its impact in text and json; --format csv lists coverage only")
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
        summary: "the ranked training-needs list for the organisation (hr, admin) or one team",
        details: """
            One row per person and competency rated short of target, grouped by competency and
            ranked. Requirements nobody has rated are not needs but missing answers: they are
            left out (see `report completion`) unless --include-unrated lists them, marked
            unrated (and assessed = false in CSV and JSON).
            \(TrainingNeedsFormat.priorityExplanation)
            CSV columns: \(TrainingNeedsFormat.csvHeader.joined(separator: ","))
            """,
        options: [
            .value("--team", "TEAM", "one team instead of the whole organisation"),
            .value("--format", "FORMAT", "text, csv, json or markdown", choices: ["text", "csv", "json", "markdown"]),
            .flag("--excel", "start CSV with a UTF-8 byte-order mark so Excel reads names such as Åse right"),
            .flag("--include-unrated", "list requirements nobody has rated too, marked unrated"),
        ],
        run: { invocation in
            if invocation.flag("--excel"), invocation.format != .csv {
                throw UsageError("--excel applies to --format csv only")
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
        summary: "who has done how much of a review cycle: done/total, last activity and email per person",
        details: """
            The open cycle by default (else the one closed last); --cycle NAME for another.
            hr and admin see everyone in the cycle, a lead the teams they lead, anyone else
            themselves. CSV is for a mail merge of reminders; its columns:
            \(CompletionFormat.csvHeader.joined(separator: ","))
            """,
        options: [
            .value("--cycle", "NAME", "which cycle (default: the open one)"),
            .value("--team", "TEAM", "one team"),
            .value("--format", "FORMAT", "text, csv or json", choices: ["text", "csv", "json"]),
            .flag("--excel", "start CSV with a UTF-8 byte-order mark so Excel reads names such as Åse right"),
        ],
        run: { invocation in
            if invocation.flag("--excel"), invocation.format != .csv {
                throw UsageError("--excel applies to --format csv only")
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
        summary: "readiness, completion and gaps at the close of each review cycle, and now, with what changed",
        details: """
            Without --person or --team: the organisation and every team (hr, admin); the teams
            you lead and yourself (a lead); yourself (anyone else). "What changed" compares the
            last two points: competencies whose gap closed, opened or got worse.
            CSV columns: \(TrendFormat.csvHeader.joined(separator: ","))
            """,
        options: [
            .value("--person", "LOGIN", "one person"),
            .value("--team", "TEAM", "one team"),
            .value("--format", "FORMAT", "text, csv, json or html (a page with a line chart)", choices: ["text", "csv", "json", "html"]),
        ],
        run: { invocation in
            if invocation.value("--person") != nil, invocation.value("--team") != nil {
                throw UsageError("give --person or --team, not both")
            }
            let workspace = try invocation.openWorkspace()
            let report = try workspace.trend(person: invocation.value("--person"), team: invocation.value("--team"))
            switch invocation.format {
            case .html: try invocation.emit(TrendHTML.render(report, language: invocation.language))
            case .csv: try invocation.emit { try TrendFormat.csv(report, to: &$0) }
            case .json: try invocation.emit { try TrendFormat.json(report, to: &$0) }
            default: try invocation.emit(TrendFormat.text(report, catalog: workspace.catalog, language: invocation.language))
            }
            return ExitStatus.success
        })

    static let calibration = CommandSpec(
        words: ["report", "calibration"], argumentsUsage: "", positionalCount: 0...0,
        summary: "self against lead ratings: each lead's leniency, each competency's and team's disputes, across cycles",
        details: """
            hr and admin see the organisation; a lead the teams they lead (--team for one).
            \(Language.en.messages.cycleScreens.calibrationExplanation(minimum: CalibrationFigure.minimumPairs))
            CSV columns: \(CalibrationFormat.csvHeader.joined(separator: ","))
            """,
        options: [
            .value("--team", "TEAM", "one team"),
            .value("--format", "FORMAT", "text, csv or json", choices: ["text", "csv", "json"]),
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
            throw UsageError("`\(invocation.command.name)` needs --team TEAM (see `skills-tui staff list` for team ids)")
        }
        return team
    }
}
