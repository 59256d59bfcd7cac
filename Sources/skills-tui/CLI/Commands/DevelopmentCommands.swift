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
                throw UsageError(.planNeedsTarget)
            }
            let workspace = try invocation.openWorkspace()
            let targetDate = try CalendarDay.parse(target)
            let item = try workspace.addPlanItem(
                competencyID: invocation.positionals[0].uppercased(), person: invocation.value("--person"),
                learningItemID: invocation.value("--item"), text: invocation.value("--text") ?? "", targetDate: targetDate)
            let words = invocation.language.messages.developmentReports
            let title = item.title(in: workspace.learning, language: invocation.language)
            try invocation.report(
                words.planItemAdded(number: item.number, login: item.personLogin, competency: item.competencyID, title: title, by: targetDate) + "\n",
                afterRecording: words.planItemRecorded(number: item.number, login: item.personLogin))
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
                throw UsageError(.planNumber(invocation.positionals[0]))
            }
            guard let state = PlanState(rawValue: invocation.positionals[1].lowercased()) else {
                throw UsageError(.planState(invocation.positionals[1]))
            }
            let workspace = try invocation.openWorkspace()
            let item = try workspace.movePlanItem(
                number, to: state, targetDate: try invocation.value("--target").map(CalendarDay.parse), note: invocation.value("--note") ?? "")
            let words = invocation.language.messages.developmentReports
            var text = words.planItemMoved(number: item.number, login: item.personLogin, competency: item.competencyID, to: item.state) + "\n"
            if item.state == .done { text += words.rateAgain(login: item.personLogin, competency: item.competencyID) + "\n" }
            try invocation.report(text, afterRecording: words.planMoveRecorded(number: item.number, to: item.state))
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
                throw UsageError(.certificateNeedsGained)
            }
            let workspace = try invocation.openWorkspace()
            let certificate = try workspace.addCertificate(
                person: invocation.value("--person"), name: invocation.value("--name") ?? "", issuer: invocation.value("--issuer") ?? "",
                credentialID: invocation.value("--id") ?? "", gained: try CalendarDay.parse(gained),
                expires: try invocation.value("--expires").map(CalendarDay.parse))
            let words = invocation.language.messages.developmentReports
            try invocation.report(
                words.certificateRecorded(
                    number: certificate.number, login: certificate.personLogin, name: certificate.name, issuer: certificate.issuer,
                    gained: certificate.gained, expires: certificate.expires) + "\n",
                afterRecording: words.certificateChange(number: certificate.number, login: certificate.personLogin))
            return ExitStatus.success
        })

    static let mark = CommandSpec(
        words: ["mark"], argumentsUsage: "COMPETENCY MARK", positionalCount: 2...2,
        options: [.flag("--off")],
        run: { invocation in
            guard let mark = InterestMark(rawValue: invocation.positionals[1].lowercased()) else {
                throw UsageError(.mark(invocation.positionals[1]))
            }
            let workspace = try invocation.openWorkspace()
            let competencyID = invocation.positionals[0].uppercased()
            let isSet = !invocation.flag("--off")
            try workspace.setMark(mark, competencyID: competencyID, isSet: isSet)
            let who = workspace.actor.login
            let words = invocation.language.messages.developmentReports
            try invocation.report(
                words.markSet(mark, isSet: isSet, who: who, competency: competencyID) + "\n",
                afterRecording: words.markRecorded(mark, competency: competencyID, who: who))
            return ExitStatus.success
        })
}
