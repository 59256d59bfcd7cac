import Foundation

/// Renders review cycles: the list, and what opening or closing one recorded.
public enum CycleFormat {
    public static func listText(_ cycles: [ReviewCycle], now: Date) -> String {
        if cycles.isEmpty { return "No review cycle has been opened yet.\n" }
        var table = TextTable([
            .init("Cycle", maximumWidth: 40), .init("State"), .init("Opened"), .init("Due"), .init("Frameworks"),
            .init("Scope", maximumWidth: 40),
        ])
        for cycle in cycles {
            table.append([
                cycle.name, cycle.closedAt.map { "closed \(DateText.day($0))" } ?? (cycle.isPastDue(at: now) ? "open, overdue" : "open"),
                DateText.day(cycle.opensAt), DateText.day(cycle.dueAt), cycle.frameworkIDs.joined(separator: ","),
                cycle.coversOrganisation ? "organisation" : cycle.teamIDs.joined(separator: ","),
            ])
        }
        return table.render()
    }

    public static func listJSON(_ cycles: [ReviewCycle]) -> String {
        JSONWriter.string(.array(cycles.map(CompletionFormat.cycleJSON)))
    }

    public static func opened(_ cycle: ReviewCycle) -> String {
        TerminalText.inertLines(
            "Opened review cycle \(cycle.name): \(cycle.scopeDescription), frameworks \(cycle.frameworkIDs.joined(separator: ", ")), due \(DateText.day(cycle.dueAt)).\n")
    }

    public static func closed(_ cycle: ReviewCycle, snapshot: [CycleSnapshotRow]) -> String {
        let organisation = snapshot.first { $0.kind == .organisation }?.figures ?? CycleFigures()
        let readiness = organisation.readiness.map { RequirementFields.percent($0) } ?? "-"
        let completion = organisation.completion.map { RequirementFields.percent($0) } ?? "-"
        return TerminalText.inertLines(
            "Closed review cycle \(cycle.name) and recorded its snapshot: \(snapshot.count { $0.kind == .person }) people in \(snapshot.count { $0.kind == .team }) teams; "
                + "readiness \(readiness), completion \(completion) (\(organisation.done) of \(organisation.total) items), \(organisation.gaps) gaps, "
                + "\(organisation.pairs) self/lead pairs.\n")
    }
}
