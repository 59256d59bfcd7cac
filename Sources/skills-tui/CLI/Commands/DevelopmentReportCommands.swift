import Foundation
import SkillsMatrix

/// `report training-plan | people | certificates | plans`: from gaps to what to buy, who
/// is on the way, and who knows what.
enum DevelopmentReportCommands {
    static let trainingPlan = CommandSpec(
        words: ["report", "training-plan"], argumentsUsage: "", positionalCount: 0...0,
        summary: "a costed training plan: assessed needs grouped by the catalogue item that closes them",
        details: """
            \(TrainingPlanFormat.basis)
            Per item: headcount, needs, the priority it covers, hours and cost, using the cohort
            price where it is cheaper. Needs no item closes are listed with the nearest item;
            needs a booked plan item already answers are set aside. With --budget, the places to
            buy first: the selection that covers the most priority within the amount (exact for
            plans of a team or a council; greedy, at least half the best, for the largest).
            CSV columns: \(TrainingPlanFormat.csvHeader.joined(separator: ","))
            """,
        options: [
            .value("--team", "TEAM", "one team instead of the whole organisation"),
            .value("--budget", "AMOUNT", "what there is to spend, in the catalogue's currency (25000 or £25,000)"),
            .value("--format", "FORMAT", "text, csv, json or markdown", choices: ["text", "csv", "json", "markdown"]),
            .flag("--excel", "start CSV with a UTF-8 byte-order mark so Excel reads names such as Åse right"),
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
            case .markdown:
                try invocation.emit { try TrainingPlanFormat.markdown(plan, catalog: catalog, learning: learning, language: invocation.language, to: &$0) }
            default: try invocation.emit(TrainingPlanFormat.text(plan, catalog: catalog, learning: learning, language: invocation.language))
            }
            return ExitStatus.success
        })

    static let people = CommandSpec(
        words: ["report", "people"], argumentsUsage: "", positionalCount: 0...0,
        summary: "who knows what: people at or above a level in one competency",
        details: """
            Counts self and lead ratings apart and marks people listed on their own rating
            alone (unvalidated). Lists the people you may see (staff: themselves; leads: their
            teams; hr and admins: everyone) and, beyond them, anyone who marked the competency
            "willing to mentor" (`skills-tui mark COMPETENCY mentor`).
            """,
        options: [
            .value("--competency", "ID", "the competency (required)"),
            .value("--min-level", "N", "the lowest level to list, 1 to 4 (default 3)"),
            .value("--team", "TEAM", "only this team"),
            .value("--format", "FORMAT", "text, csv or json", choices: ["text", "csv", "json"]),
        ],
        run: { invocation in
            guard let competencyID = invocation.value("--competency") else {
                throw UsageError { $0.messages.developmentReports.peopleNeedsCompetency }
            }
            let levelText = invocation.value("--min-level") ?? "3"
            guard let level = Int(levelText) else { throw UsageError { $0.messages.developmentReports.notALevel(levelText) } }
            let workspace = try invocation.openWorkspace()
            let result = try workspace.peopleSearch(competencyID: competencyID.uppercased(), minimumLevel: level, team: invocation.value("--team"))
            switch invocation.format {
            case .csv: try invocation.emit { try PeopleSearchFormat.csv(result, catalog: workspace.catalog, to: &$0) }
            case .json: try invocation.emit { try PeopleSearchFormat.json(result, catalog: workspace.catalog, to: &$0) }
            default: try invocation.emit(PeopleSearchFormat.text(result, catalog: workspace.catalog, language: invocation.language))
            }
            return ExitStatus.success
        })

    static let certificates = CommandSpec(
        words: ["report", "certificates"], argumentsUsage: "", positionalCount: 0...0,
        summary: "certificates by team; with --expiring DAYS, what lapses soon or has lapsed",
        details: """
            With --expiring 90: certificates that expire within 90 days, and lapsed ones no
            later certificate of the same name replaces. Staff see their own; leads their
            teams; hr everyone. A rating that cites a lapsed certificate counts as stale.
            """,
        options: [
            .value("--expiring", "DAYS", "only what expires within DAYS days (or has expired)"),
            .value("--team", "TEAM", "one team"),
            .value("--format", "FORMAT", "text, csv or json", choices: ["text", "csv", "json"]),
        ],
        run: { invocation in
            let days = try invocation.value("--expiring").map { text -> Int in
                guard let days = Int(text), days >= 0 else { throw UsageError { $0.messages.developmentReports.notADayCount(text) } }
                return days
            }
            let workspace = try invocation.openWorkspace()
            let report = try workspace.certificateReport(team: invocation.value("--team"), withinDays: days)
            switch invocation.format {
            case .csv: try invocation.emit { try CertificateFormat.csv(report, to: &$0) }
            case .json: try invocation.emit { try CertificateFormat.json(report, to: &$0) }
            default: try invocation.emit(CertificateFormat.text(report, language: invocation.language))
            }
            return ExitStatus.success
        })

    static let plans = CommandSpec(
        words: ["report", "plans"], argumentsUsage: "", positionalCount: 0...0,
        summary: "development plans: items, states and overdue; uptake and booked spend",
        details: """
            Your own plan by default as staff; a lead's teams; the organisation for hr and
            admins. --person or --team narrows it.
            """,
        options: [
            .value("--person", "LOGIN", "one person's plan"),
            .value("--team", "TEAM", "one team"),
            .value("--format", "FORMAT", "text, csv or json", choices: ["text", "csv", "json"]),
        ],
        run: { invocation in
            if invocation.value("--person") != nil, invocation.value("--team") != nil { throw UsageError("give --person or --team, not both") }
            let workspace = try invocation.openWorkspace()
            let report = try workspace.developmentPlans(team: invocation.value("--team"), person: invocation.value("--person"))
            switch invocation.format {
            case .csv: try invocation.emit { try DevelopmentPlansFormat.csv(report, to: &$0) }
            case .json: try invocation.emit { try DevelopmentPlansFormat.json(report, learning: workspace.learning, to: &$0) }
            default:
                try invocation.emit(
                    DevelopmentPlansFormat.text(report, catalog: workspace.catalog, learning: workspace.learning, language: invocation.language))
            }
            return ExitStatus.success
        })
}
