import Foundation
@testable import SkillsMatrix
import Testing

/// The learning and development commands on the built binary: outputs, exit statuses, and
/// that a refused or malformed change leaves the database as it was.
@Suite("Development commands")
struct DevelopmentCommandTests {
    /// A day `days` from today (UTC), as the commands take it.
    static func day(_ days: Int) -> String { CalendarDay(containing: Date()).adding(days: days).description }

    /// Every plan, certificate and mark hr can see, as text: equal before and after means nothing changed.
    static func snapshot(_ runner: BinaryRunner) throws -> String {
        try runner.run(["--as", "pnair", "report", "plans", "--format", "json"]).standardOutput
            + runner.run(["--as", "pnair", "report", "certificates", "--format", "json"]).standardOutput
            + runner.run(["--as", "pnair", "report", "people", "--competency", "PM.RISK.1", "--min-level", "1", "--format", "csv"]).standardOutput
    }

    static func expectRefused(_ runner: BinaryRunner, _ arguments: [String], status: Int32, saying text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try snapshot(runner)
        let result = try runner.run(arguments)
        #expect(result.status == status, "\(arguments): \(result.standardError)", sourceLocation: sourceLocation)
        #expect(result.standardOutput.isEmpty, sourceLocation: sourceLocation)
        #expect(result.standardError.contains(text), "\(result.standardError)", sourceLocation: sourceLocation)
        #expect(result.standardError.split(separator: "\n").count == 1, sourceLocation: sourceLocation)
        #expect(try snapshot(runner) == before, "\(arguments) changed something", sourceLocation: sourceLocation)
    }

    @Test("plan add and move: a lead adds, hr books, the person finishes; mistakes exit 64, 65 or 77 and change nothing")
    func plans() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let added = try runner.run(
            ["--as", "hmarsh", "plan", "add", "pm.risk.1", "--person", "ccampbell", "--item", "pm-risk-1-risk-workshop", "--target", Self.day(30)])
        #expect(added.status == 0, "\(added.standardError)")
        #expect(added.standardOutput == "Added plan item 13 for ccampbell: PM.RISK.1 Risk workshop on a live project, by \(Self.day(30)) (planned).\n")
        #expect(try runner.run(["--as", "pnair", "plan", "move", "13", "booked", "--note", "On 4 March"]).standardOutput
            == "Plan item 13 (ccampbell PM.RISK.1) is now booked.\n")
        let done = try runner.run(["--as", "ccampbell", "plan", "move", "13", "done"])
        #expect(done.standardOutput.contains("is now done.\nccampbell: rate PM.RISK.1 again"))
        let plans = try runner.run(["--as", "ccampbell", "report", "plans"])
        #expect(plans.standardOutput.contains("Risk workshop on a live project"))
        #expect(plans.standardOutput.contains("done"))
        try Self.expectRefused(runner, ["--as", "ccampbell", "plan", "move", "13", "cancelled"], status: 65, saying: "plan item 13 is done")
        try Self.expectRefused(runner, ["--as", "ccampbell", "plan", "move", "thirteen", "done"], status: 64, saying: "NUMBER is the plan item's number")
        try Self.expectRefused(runner, ["--as", "ccampbell", "plan", "move", "2", "finished"], status: 64, saying: "STATE must be one of planned, booked")
        try Self.expectRefused(runner, ["--as", "ccampbell", "plan", "move", "2", "done"], status: 77, saying: "may not change plan item 2")
        try Self.expectRefused(runner, ["--as", "pnair", "plan", "move", "99", "done"], status: 65, saying: "no plan item 99: see `skills-tui report plans`")
        try Self.expectRefused(runner, ["--as", "apatel", "plan", "add", "PM.RISK.1", "--text", "x"], status: 64, saying: "needs --target DAY")
        try Self.expectRefused(
            runner, ["--as", "apatel", "plan", "add", "PM.RISK.1", "--text", "x", "--target", "next week"], status: 64, saying: "\"next week\" is not a day")
        try Self.expectRefused(
            runner, ["--as", "apatel", "plan", "add", "PM.RISK.1", "--text", "x", "--target", Self.day(-1)], status: 65, saying: "is before today")
        try Self.expectRefused(
            runner, ["--as", "apatel", "plan", "add", "PM.RISK.1", "--person", "tashworth", "--text", "x", "--target", Self.day(5)], status: 77,
            saying: "apatel may not add to tashworth's development plan")
        try Self.expectRefused(
            runner, ["--as", "apatel", "plan", "add", "PM.RISK.1", "--item", "itil-4-foundation", "--target", Self.day(5)], status: 65,
            saying: "`skills-tui learning list --competency PM.RISK.1` lists the items that do")
        try Self.expectRefused(runner, ["--as", "apatel", "plan", "add", "PM.RISK.1", "--target", Self.day(5)], status: 65, saying: "must not be empty")
    }

    @Test("certificate add, rate --certificate and marks; the holder's own certificate only")
    func evidence() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let recorded = try runner.run([
            "--as", "apatel", "certificate", "add", "--name", "M_o_R 4 Foundation", "--issuer", "PeopleCert", "--id", "GR-1", "--gained", Self.day(-30),
            "--expires", Self.day(1_000),
        ])
        #expect(recorded.status == 0, "\(recorded.standardError)")
        #expect(recorded.standardOutput.hasPrefix("Recorded certificate 13 for apatel: M_o_R 4 Foundation (PeopleCert)"))
        let rated = try runner.run(["--as", "apatel", "rate", "PM.PSO.2", "3", "--certificate", "13"])
        #expect(rated.standardOutput == "Recorded PM.PSO.2 = 3 (Practitioner) for apatel on the self track, citing certificate 13.\n")
        let mine = try runner.run(["--as", "apatel", "report", "certificates", "--format", "csv"])
        #expect(mine.standardOutput.contains("M_o_R 4 Foundation,13,PeopleCert,GR-1"))
        #expect(mine.standardOutput.contains(",PM.PSO.2\r\n"))
        try Self.expectRefused(runner, ["--as", "apatel", "rate", "PM.PSO.2", "3", "--certificate", "1"], status: 77, saying: "may not use certificate 1")
        try Self.expectRefused(runner, ["--as", "apatel", "rate", "PM.PSO.2", "3", "--certificate", "one"], status: 64, saying: "--certificate is a certificate's number")
        try Self.expectRefused(
            runner, ["--as", "hmarsh", "rate", "PM.PSO.2", "3", "--person", "apatel", "--certificate", "1"], status: 65,
            saying: "certificate 1 is not apatel's")
        try Self.expectRefused(
            runner, ["--as", "apatel", "certificate", "add", "--name", "x", "--issuer", "y", "--gained", Self.day(3)], status: 65,
            saying: "after today")
        try Self.expectRefused(runner, ["--as", "apatel", "certificate", "add", "--name", "x", "--issuer", "y"], status: 64, saying: "needs --gained DAY")
        try Self.expectRefused(
            runner, ["--as", "root", "report", "certificates"], status: 77, saying: "admin rights do not include them")
        #expect(try runner.run(["--as", "apatel", "mark", "pm.risk.1", "mentor"]).standardOutput.hasPrefix("apatel is now willing to mentor in PM.RISK.1"))
        let found = try runner.run(["--as", "rdunn", "report", "people", "--competency", "PM.RISK.1", "--min-level", "2"])
        #expect(found.standardOutput.contains("Anita Patel (apatel)"))
        #expect(try runner.run(["--as", "apatel", "mark", "PM.RISK.1", "mentor", "--off"]).status == 0)
        #expect(!(try runner.run(["--as", "rdunn", "report", "people", "--competency", "PM.RISK.1", "--min-level", "2"]).standardOutput.contains("apatel")))
        try Self.expectRefused(runner, ["--as", "apatel", "mark", "PM.RISK.1", "teach"], status: 64, saying: "MARK must be one of mentor, grow")
    }

    @Test("report training-plan: text with a budget, CSV with its header, --excel, and the same access as training needs")
    func trainingPlan() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let text = try runner.run(["--as", "pnair", "report", "training-plan", "--budget", "£5,000"])
        #expect(text.status == 0, "\(text.standardError)")
        #expect(text.standardOutput.hasPrefix("Training plan: whole organisation (25 people; "))
        #expect(text.standardOutput.contains("Within a budget of £5,000 (the best selection): buy "))
        #expect(text.standardOutput.contains("Needs no catalogue item closes"))
        let csv = try runner.run(["--as", "hmarsh", "report", "training-plan", "--team", "project-support-office", "--format", "csv", "--excel"])
        #expect(csv.standardOutput.hasPrefix("\u{FEFF}" + TrainingPlanFormat.csvHeader.joined(separator: ",") + "\r\n"))
        let json = try runner.run(["--as", "pnair", "report", "training-plan", "--format", "json", "--budget", "0"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect((object["budget"] as? [String: Any])?["cost"] as? Int == 0)
        #expect(try runner.run(["--as", "pnair", "report", "training-plan", "--format", "markdown"]).standardOutput.hasPrefix("# Training plan"))
        try Self.expectRefused(runner, ["--as", "pnair", "report", "training-plan", "--budget", "lots"], status: 64, saying: "\"lots\" is not an amount")
        try Self.expectRefused(runner, ["--as", "hmarsh", "report", "training-plan"], status: 77, saying: "may not see the whole organisation")
        try Self.expectRefused(runner, ["--as", "pnair", "report", "training-plan", "--excel"], status: 64, saying: "--excel applies to --format csv only")
    }

    @Test("report people: needs --competency; a level off 1 to 4 exits 65")
    func people() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let result = try runner.run(["--as", "pnair", "report", "people", "--competency", "PM.RISK.1"])
        #expect(result.standardOutput.hasPrefix("Who knows PM.RISK.1 Risk analysis at level 3 (Practitioner) or above"))
        try Self.expectRefused(runner, ["--as", "pnair", "report", "people"], status: 64, saying: "needs --competency ID")
        try Self.expectRefused(runner, ["--as", "pnair", "report", "people", "--competency", "PM.RISK.1", "--min-level", "7"], status: 65, saying: "level 7 is outside")
        try Self.expectRefused(runner, ["--as", "pnair", "report", "people", "--competency", "PM.RISK.9"], status: 65, saying: "unknown competency PM.RISK.9")
    }

    @Test("learning list and export: without a database the shipped file, byte for byte; with one, what is installed")
    func learning() throws {
        let runner = BinaryRunner()
        defer { runner.remove() }
        let shipped = try String(contentsOf: BinaryRunner.repositoryRoot.appendingPathComponent("frameworks/learning.json"), encoding: .utf8)
        #expect(try runner.run(["learning", "export"]).standardOutput == shipped)
        let list = try runner.run(["learning", "list", "--competency", "pm.risk.1"])
        #expect(list.standardOutput.contains("pm-risk-1-risk-workshop"))
        #expect(!list.standardOutput.contains("itil-4-foundation"))
        #expect(try runner.run(["learning", "list", "--competency", "PM.RISK.9"]).status == 65)
        #expect(try runner.run(["init"]).status == 0)
        #expect(try runner.run(["learning", "export"]).standardOutput == shipped)
        let again = try runner.run(["frameworks", "import"] + ["di", "pm", "sl", "roles", "learning"].map {
            BinaryRunner.repositoryRoot.appendingPathComponent("frameworks/\($0).json").path
        })
        #expect(again.status == 0)
        #expect(again.standardOutput.hasSuffix("(1.0.0) is already installed: nothing changed\n"))
    }

    @Test("in Bokmål: the changes, the reports and the commands' own checks are Norwegian; CSV and JSON are as in English")
    func bokmal() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let target = CalendarDay(containing: Date()).adding(days: 30)
        let added = try runner.run(
            ["--lang", "nb", "--as", "hmarsh", "plan", "add", "PM.RISK.1", "--person", "ccampbell", "--item", "pm-risk-1-risk-workshop",
             "--target", target.description])
        #expect(added.status == 0, "\(added.standardError)")
        let day = Language.nb.messages.day(target.start)
        #expect(added.standardOutput == "La til planpunkt 13 for ccampbell: PM.RISK.1 Risikoverksted på et pågående prosjekt, innen \(day) (planlagt).\n")
        #expect(try runner.run(["--lang", "nb", "--as", "ccampbell", "plan", "move", "13", "done"]).standardOutput
            == "Planpunkt 13 (ccampbell PM.RISK.1) er nå fullført.\nccampbell: vurder PM.RISK.1 på nytt nå som opplæringen er fullført; egenvurderingen viser den først.\n")
        #expect(try runner.run(["--lang", "nb", "--as", "apatel", "mark", "PM.RISK.1", "grow"]).standardOutput == "apatel vil nå utvikle seg i PM.RISK.1.\n")
        let plans = try runner.run(["--lang", "nb", "--as", "ccampbell", "report", "plans"]).standardOutput
        #expect(plans.hasPrefix("Utviklingsplaner: ") && plans.contains("fullført") && !plans.contains("Uptake"))
        #expect(try runner.run(["--lang", "nb", "--as", "pnair", "report", "training-plan"]).standardOutput.hasPrefix("Opplæringsplan: hele organisasjonen"))
        #expect(try runner.run(["--lang", "nb", "--as", "pnair", "report", "certificates"]).standardOutput.hasPrefix("Sertifikater: "))
        #expect(try runner.run(["--lang", "nb", "--as", "pnair", "report", "people", "--competency", "PM.RISK.1"]).standardOutput.hasPrefix("Hvem kan PM.RISK.1"))
        #expect(try runner.run(["--lang", "nb", "--as", "pnair", "learning", "list"]).standardOutput.hasPrefix("Læringskatalog "))
        for arguments in [
            ["report", "training-plan", "--format", "csv"], ["report", "training-plan", "--format", "json"], ["report", "plans", "--format", "csv"],
            ["report", "plans", "--format", "json"], ["report", "certificates", "--format", "csv"], ["report", "certificates", "--format", "json"],
            ["report", "people", "--competency", "PM.RISK.1", "--format", "csv"],
        ] {
            let english = try runner.run(["--as", "pnair"] + arguments).standardOutput
            #expect(!english.isEmpty)
            #expect(try runner.run(["--lang", "nb", "--as", "pnair"] + arguments).standardOutput == english, "\(arguments)")
        }
        for (arguments, text) in [
            (["plan", "move", "tretten", "done"], "NUMBER er planpunktets nummer (se `skills-tui report plans`), ikke «tretten»"),
            (["plan", "move", "13", "ferdig"], "STATE må være en av planned, booked, done, cancelled, ikke «ferdig»"),
            (["plan", "add", "PM.RISK.1", "--text", "x"], "`plan add` trenger --target"),
            (["certificate", "add", "--name", "x"], "`certificate add` trenger --gained"),
            (["mark", "PM.RISK.1", "lærer"], "MARK må være en av mentor, grow, ikke «lærer»"),
            (["report", "people"], "`report people` trenger --competency"),
            (["report", "people", "--competency", "PM.RISK.1", "--min-level", "tre"], "--min-level må være et tall fra 1 til 4, ikke «tre»"),
            (["report", "certificates", "--expiring", "-1"], "--expiring tar et antall dager, 0 eller flere, ikke «-1»"),
        ] {
            try Self.expectRefused(runner, ["--lang", "nb", "--as", "ccampbell"] + arguments, status: 64, saying: text)
        }
    }
}
