import Foundation
import SkillsMatrix

/// `cycle open | list | show | close`: review cycles, opened and closed by hr or an admin.
enum CycleCommands {
    static let open = CommandSpec(
        words: ["cycle", "open"], argumentsUsage: "NAME", positionalCount: 1...1,
        options: [
            .value("--due", "YYYY-MM-DD"),
            .value("--teams", "TEAM,..."),
            .value("--frameworks", "ID,..."),
        ],
        run: { invocation in
            guard let dueText = invocation.value("--due") else { throw UsageError(.cycleNeedsDue) }
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
        options: [.value("--format", "FORMAT", choices: ["text", "json"])],
        run: { invocation in
            let workspace = try invocation.openWorkspace()
            let cycles = try workspace.cycles()
            try invocation.emit(invocation.format == .json ? CycleFormat.listJSON(cycles) : CycleFormat.listText(cycles, now: workspace.now, language: invocation.language))
            return ExitStatus.success
        })

    static let show = CommandSpec(
        words: ["cycle", "show"], argumentsUsage: "[NAME]", positionalCount: 0...1,
        options: [.value("--format", "FORMAT", choices: ["text", "json"])],
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
