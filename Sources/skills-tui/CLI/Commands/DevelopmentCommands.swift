import Foundation
import SkillsMatrix

/// `plan add`, `plan move`, `certificate add` and `mark`: the changes to development
/// plans, evidence and marks. Each goes through `Workspace`, which asks `AccessPolicy`
/// and writes an audit row with the change.
enum DevelopmentCommands {
    static let addPlanItem = CommandSpec(
        words: ["plan", "add"], argumentsUsage: "COMPETENCY", positionalCount: 1...1,
        options: [
            .value("--person", "LOGIN"),
            .value("--item", "ID"),
            .value("--text", "TEXT"),
            .value("--target", "DAY"),
        ],
        run: { invocation in
            guard let target = invocation.value("--target") else {
                throw UsageError("`plan add` needs --target DAY, the day it should be done by (YYYY-MM-DD)")
            }
            let workspace = try invocation.openWorkspace()
            let item = try workspace.addPlanItem(
                competencyID: invocation.positionals[0].uppercased(), person: invocation.value("--person"),
                learningItemID: invocation.value("--item"), text: invocation.value("--text") ?? "", targetDate: try CalendarDay.parse(target))
            try invocation.report(
                "Added plan item \(item.number) for \(item.personLogin): \(item.competencyID) \(item.title(in: workspace.learning)), by \(target) (planned).\n",
                afterRecording: "plan item \(item.number) for \(item.personLogin)")
            return ExitStatus.success
        })

    static let movePlanItem = CommandSpec(
        words: ["plan", "move"], argumentsUsage: "NUMBER STATE", positionalCount: 2...2,
        options: [
            .value("--target", "DAY"),
            .value("--note", "TEXT"),
        ],
        run: { invocation in
            guard let number = Int(invocation.positionals[0]) else {
                throw UsageError("NUMBER is the plan item's number (see `skills-tui report plans`), not \"\(invocation.positionals[0])\"")
            }
            guard let state = PlanState(rawValue: invocation.positionals[1].lowercased()) else {
                throw UsageError("STATE must be one of \(PlanState.valueList), not \"\(invocation.positionals[1])\"")
            }
            let workspace = try invocation.openWorkspace()
            let item = try workspace.movePlanItem(
                number, to: state, targetDate: try invocation.value("--target").map(CalendarDay.parse), note: invocation.value("--note") ?? "")
            var text = "Plan item \(item.number) (\(item.personLogin) \(item.competencyID)) is now \(item.state.rawValue).\n"
            if item.state == .done {
                text += "\(item.personLogin): rate \(item.competencyID) again now the training is done; the walk-through offers it first.\n"
            }
            try invocation.report(text, afterRecording: "the move of plan item \(item.number) to \(item.state.rawValue)")
            return ExitStatus.success
        })

    static let addCertificate = CommandSpec(
        words: ["certificate", "add"], argumentsUsage: "", positionalCount: 0...0,
        options: [
            .value("--person", "LOGIN"),
            .value("--name", "NAME"),
            .value("--issuer", "ISSUER"),
            .value("--id", "ID"),
            .value("--gained", "DAY"),
            .value("--expires", "DAY"),
        ],
        run: { invocation in
            guard let gained = invocation.value("--gained") else {
                throw UsageError("`certificate add` needs --gained DAY, the day it was gained (YYYY-MM-DD)")
            }
            let workspace = try invocation.openWorkspace()
            let certificate = try workspace.addCertificate(
                person: invocation.value("--person"), name: invocation.value("--name") ?? "", issuer: invocation.value("--issuer") ?? "",
                credentialID: invocation.value("--id") ?? "", gained: try CalendarDay.parse(gained),
                expires: try invocation.value("--expires").map(CalendarDay.parse))
            try invocation.report(
                "Recorded certificate \(certificate.number) for \(certificate.personLogin): \(certificate.name) (\(certificate.issuer)), "
                    + "gained \(certificate.gained), expires \(certificate.expires?.description ?? "never").\n"
                    + "Cite it with: skills-tui rate COMPETENCY LEVEL --certificate \(certificate.number)\n",
                afterRecording: "certificate \(certificate.number) for \(certificate.personLogin)")
            return ExitStatus.success
        })

    static let mark = CommandSpec(
        words: ["mark"], argumentsUsage: "COMPETENCY MARK", positionalCount: 2...2,
        options: [.flag("--off")],
        run: { invocation in
            guard let mark = InterestMark(rawValue: invocation.positionals[1].lowercased()) else {
                throw UsageError("MARK must be one of \(InterestMark.valueList), not \"\(invocation.positionals[1])\"")
            }
            let workspace = try invocation.openWorkspace()
            let competencyID = invocation.positionals[0].uppercased()
            let isSet = !invocation.flag("--off")
            try workspace.setMark(mark, competencyID: competencyID, isSet: isSet)
            let who = workspace.actor.login
            let text: String
            switch (mark, isSet) {
            case (.mentor, true): text = "\(who) is now willing to mentor in \(competencyID): everyone who searches for it sees you."
            case (.grow, true): text = "\(who) now wants to grow in \(competencyID)."
            case (.mentor, false): text = "\(who) is no longer marked willing to mentor in \(competencyID)."
            case (.grow, false): text = "\(who) is no longer marked wanting to grow in \(competencyID)."
            }
            try invocation.report(text + "\n", afterRecording: "the \(mark.rawValue) mark on \(competencyID) for \(who)")
            return ExitStatus.success
        })
}
