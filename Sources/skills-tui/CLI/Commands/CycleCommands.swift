import Foundation
import SkillsMatrix

/// `cycle open | list | show | close`: review cycles, opened and closed by hr or an admin.
enum CycleCommands {
    static let open = CommandSpec(
        words: ["cycle", "open"], argumentsUsage: "NAME", positionalCount: 1...1,
        summary: "open a review cycle (hr, admin): who assesses which frameworks by when",
        details: """
            Opens now and is due at the end of --due (UTC). Without --teams the whole
            organisation is in it; a team brings the teams below it. Without --frameworks
            every installed framework is. Each person's items are their role's requirements
            in those frameworks; an item is done once they rate it (or re-confirm an older
            rating) during the cycle. One cycle is open at a time.
            Example: skills-tui cycle open "2027 annual review" --due 2027-03-31 --frameworks PM,DI
            """,
        options: [
            .value("--due", "YYYY-MM-DD", "the day it is due (required)"),
            .value("--teams", "TEAM,...", "teams in scope (default: the organisation)"),
            .value("--frameworks", "ID,...", "frameworks in scope (default: all)"),
        ],
        run: { invocation in
            guard let dueText = invocation.value("--due") else { throw UsageError { $0.cycleOpenNeedsDue } }
            let due = try CalendarDay.parse(dueText)
            let workspace = try invocation.openWorkspace()
            let cycle = try workspace.openCycle(
                name: invocation.positionals[0], teamIDs: list(invocation.value("--teams")),
                frameworkIDs: list(invocation.value("--frameworks")), due: due)
            try invocation.report(
                CycleFormat.opened(cycle, language: invocation.language),
                afterRecording: invocation.language.messages.cycleScreens.openedChange(cycle.name))
            return ExitStatus.success
        })

    static let list = CommandSpec(
        words: ["cycle", "list"], argumentsUsage: "", positionalCount: 0...0,
        summary: "review cycles: open and closed, with their dates and scope",
        details: "JSON prints an array with one object per cycle.",
        options: [.value("--format", "FORMAT", "text or json", choices: ["text", "json"])],
        run: { invocation in
            let workspace = try invocation.openWorkspace()
            let cycles = try workspace.cycles()
            try invocation.emit(invocation.format == .json ? CycleFormat.listJSON(cycles) : CycleFormat.listText(cycles, now: workspace.now, language: invocation.language))
            return ExitStatus.success
        })

    static let show = CommandSpec(
        words: ["cycle", "show"], argumentsUsage: "[NAME]", positionalCount: 0...1,
        summary: "one review cycle (default: the open one): its dates and completion by team",
        details: """
            hr and admin see every team; a lead the teams they lead; anyone else their own
            progress. `report completion` lists each person.
            """,
        options: [.value("--format", "FORMAT", "text or json", choices: ["text", "json"])],
        run: { invocation in
            let workspace = try invocation.openWorkspace()
            let report = try workspace.completion(cycle: invocation.positionals.first)
            if invocation.format == .json {
                try invocation.emit { try CompletionFormat.json(report, to: &$0) }
            } else {
                try invocation.emit(CompletionFormat.summaryText(report, language: invocation.language))
            }
            return ExitStatus.success
        })

    static let close = CommandSpec(
        words: ["cycle", "close"], argumentsUsage: "NAME", positionalCount: 1...1,
        summary: "close a review cycle (hr, admin) and record its snapshot for later comparison",
        details: """
            Records, once and for good, each person's and team's readiness, completion, gaps
            and calibration, each lead's and competency's calibration, and the organisation's.
            `report trend` and `report calibration` compare cycles through these snapshots.
            """,
        options: [],
        run: { invocation in
            let workspace = try invocation.openWorkspace()
            let closed = try workspace.closeCycle(named: invocation.positionals[0])
            try invocation.report(
                CycleFormat.closed(closed.cycle, snapshot: closed.snapshot, language: invocation.language),
                afterRecording: invocation.language.messages.cycleScreens.closedChange(closed.cycle.name))
            return ExitStatus.success
        })

    static let all = [open, list, show, close]

    /// `a,b, c` as ids; empty for none.
    static func list(_ text: String?) -> [String] {
        (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
