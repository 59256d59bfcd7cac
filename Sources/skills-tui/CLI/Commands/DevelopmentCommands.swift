import Foundation
import SkillsMatrix

/// `plan add`, `plan move`, `certificate add` and `mark`: the changes to development
/// plans, evidence and marks. Each goes through `Workspace`, which asks `AccessPolicy`
/// and writes an audit row with the change.
enum DevelopmentCommands {
    static let addPlanItem = CommandSpec(
        words: ["plan", "add"], argumentsUsage: "COMPETENCY", positionalCount: 1...1,
        summary: "add an item to a development plan: yours, or a team member's as their lead",
        details: """
            The item is a learning catalogue item that builds the competency (--item; see
            `skills-tui learning list --competency ID`), or what the person will do in words
            (--text), or both. --target is the day it should be done by (YYYY-MM-DD, today or
            later). The item starts planned; move it with `skills-tui plan move`.
            Example: skills-tui plan add PM.RISK.1 --person apatel --item pm-risk-1-risk-workshop --target 2027-03-31
            """,
        options: [
            .value("--person", "LOGIN", "whose plan (default: yours)"),
            .value("--item", "ID", "a learning catalogue item"),
            .value("--text", "TEXT", "what the person will do, in words"),
            .value("--target", "DAY", "the day it should be done by (YYYY-MM-DD)"),
        ],
        run: { invocation in
            guard let target = invocation.value("--target") else {
                throw UsageError { $0.messages.developmentReports.planAddNeedsTarget }
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
        summary: "move a plan item on: booked, done or cancelled (the person, their leads, hr)",
        details: """
            Items move forward only: planned -> booked -> done, or cancelled from planned or
            booked. Every move is kept. When an item is done, the person's walk-through offers
            that competency first, to be rated again.
            """,
        options: [
            .value("--target", "DAY", "a new day it should be done by (YYYY-MM-DD)"),
            .value("--note", "TEXT", "a note with the change (the course date, a booking reference)"),
        ],
        run: { invocation in
            guard let number = Int(invocation.positionals[0]) else {
                throw UsageError { [typed = invocation.positionals[0]] in $0.messages.developmentReports.notAPlanNumber(typed) }
            }
            guard let state = PlanState(rawValue: invocation.positionals[1].lowercased()) else {
                throw UsageError { [typed = invocation.positionals[1]] in $0.messages.developmentReports.notAPlanState(typed) }
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
        summary: "record a certificate as evidence: yours, a team member's as their lead, anyone's as hr",
        details: """
            A rating can then cite it: skills-tui rate COMPETENCY LEVEL --certificate NUMBER.
            Once the certificate expires, the ratings that cite it count as stale. Certificates
            are private to the person, the leads of their team and hr.
            """,
        options: [
            .value("--person", "LOGIN", "whose certificate (default: yours)"),
            .value("--name", "NAME", "the certificate's title, such as \"PRINCE2 7 Practitioner\""),
            .value("--issuer", "ISSUER", "who issued it, such as PeopleCert"),
            .value("--id", "ID", "the issuer's certificate or candidate number"),
            .value("--gained", "DAY", "the day it was gained (YYYY-MM-DD)"),
            .value("--expires", "DAY", "the day it expires, if it does (YYYY-MM-DD)"),
        ],
        run: { invocation in
            guard let gained = invocation.value("--gained") else {
                throw UsageError { $0.messages.developmentReports.certificateNeedsGained }
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
        summary: "mark a competency: willing to mentor others in it, or want to grow in it (your own)",
        details: """
            MARK is mentor or grow; --off clears it. Marks show in `skills-tui report people`;
            being willing to mentor also shows you to everyone who searches for that competency.
            """,
        options: [.flag("--off", "clear the mark")],
        run: { invocation in
            guard let mark = InterestMark(rawValue: invocation.positionals[1].lowercased()) else {
                throw UsageError { [typed = invocation.positionals[1]] in $0.messages.developmentReports.notAMark(typed) }
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
