import Foundation
import SkillsMatrix

/// `report training-plan | people | certificates | plans`: from gaps to what to buy, who
/// is on the way, and who knows what.
enum DevelopmentReportCommands {
    static let trainingPlan = CommandSpec(
        words: ["report", "training-plan"], argumentsUsage: "", positionalCount: 0...0,
        options: [
            .value("--team", "TEAM"),
            .value("--budget", "AMOUNT"),
            .value("--format", "FORMAT", choices: ["text", "csv", "json", "markdown"]),
            .flag("--excel"),
        ],
        run: { invocation in
            if invocation.flag("--excel"), invocation.format != .csv { throw UsageError("--excel applies to --format csv only") }
            let budget = try invocation.value("--budget").map(Money.parse)
            let workspace = try invocation.openWorkspace()
            let plan = try workspace.trainingPlan(team: invocation.value("--team"), budget: budget)
            let catalog = workspace.catalog
            let learning = workspace.learning
            switch invocation.format {
            case .csv:
                let writer = CSVWriter(byteOrderMark: invocation.flag("--excel"))
                try invocation.emit { try TrainingPlanFormat.csv(plan, catalog: catalog, learning: learning, writer: writer, to: &$0) }
            case .json: try invocation.emit { try TrainingPlanFormat.json(plan, catalog: catalog, learning: learning, to: &$0) }
            case .markdown: try invocation.emit { try TrainingPlanFormat.markdown(plan, catalog: catalog, learning: learning, to: &$0) }
            default: try invocation.emit(TrainingPlanFormat.text(plan, catalog: catalog, learning: learning))
            }
            return ExitStatus.success
        })

    static let people = CommandSpec(
        words: ["report", "people"], argumentsUsage: "", positionalCount: 0...0,
        options: [
            .value("--competency", "ID"),
            .value("--min-level", "N"),
            .value("--team", "TEAM"),
            .value("--format", "FORMAT", choices: ["text", "csv", "json"]),
        ],
        run: { invocation in
            guard let competencyID = invocation.value("--competency") else {
                throw UsageError("`report people` needs --competency ID (see `skills-tui frameworks list`)")
            }
            let levelText = invocation.value("--min-level") ?? "3"
            guard let level = Int(levelText) else { throw UsageError("--min-level must be a number from 1 to 4, not \"\(levelText)\"") }
            let workspace = try invocation.openWorkspace()
            let result = try workspace.peopleSearch(competencyID: competencyID.uppercased(), minimumLevel: level, team: invocation.value("--team"))
            switch invocation.format {
            case .csv: try invocation.emit { try PeopleSearchFormat.csv(result, catalog: workspace.catalog, to: &$0) }
            case .json: try invocation.emit { try PeopleSearchFormat.json(result, catalog: workspace.catalog, to: &$0) }
            default: try invocation.emit(PeopleSearchFormat.text(result, catalog: workspace.catalog))
            }
            return ExitStatus.success
        })

    static let certificates = CommandSpec(
        words: ["report", "certificates"], argumentsUsage: "", positionalCount: 0...0,
        options: [
            .value("--expiring", "DAYS"),
            .value("--team", "TEAM"),
            .value("--format", "FORMAT", choices: ["text", "csv", "json"]),
        ],
        run: { invocation in
            let days = try invocation.value("--expiring").map { text -> Int in
                guard let days = Int(text), days >= 0 else { throw UsageError("--expiring takes a number of days, 0 or more, not \"\(text)\"") }
                return days
            }
            let workspace = try invocation.openWorkspace()
            let report = try workspace.certificateReport(team: invocation.value("--team"), withinDays: days)
            switch invocation.format {
            case .csv: try invocation.emit { try CertificateFormat.csv(report, to: &$0) }
            case .json: try invocation.emit { try CertificateFormat.json(report, to: &$0) }
            default: try invocation.emit(CertificateFormat.text(report))
            }
            return ExitStatus.success
        })

    static let plans = CommandSpec(
        words: ["report", "plans"], argumentsUsage: "", positionalCount: 0...0,
        options: [
            .value("--person", "LOGIN"),
            .value("--team", "TEAM"),
            .value("--format", "FORMAT", choices: ["text", "csv", "json"]),
        ],
        run: { invocation in
            if invocation.value("--person") != nil, invocation.value("--team") != nil { throw UsageError("give --person or --team, not both") }
            let workspace = try invocation.openWorkspace()
            let report = try workspace.developmentPlans(team: invocation.value("--team"), person: invocation.value("--person"))
            switch invocation.format {
            case .csv: try invocation.emit { try DevelopmentPlansFormat.csv(report, to: &$0) }
            case .json: try invocation.emit { try DevelopmentPlansFormat.json(report, learning: workspace.learning, to: &$0) }
            default: try invocation.emit(DevelopmentPlansFormat.text(report, catalog: workspace.catalog, learning: workspace.learning))
            }
            return ExitStatus.success
        })
}
