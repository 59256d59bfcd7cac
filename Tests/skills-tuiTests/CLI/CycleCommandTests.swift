import Foundation
@testable import SkillsMatrix
import Testing

/// The review-cycle commands and reports through the built binary, on the demo.
@Suite("Cycle commands")
struct CycleCommandTests {
    static let environment = ["SKILLS_TUI_NOW": "2026-11-24T09:30:00Z"]

    @Test("hr opens and closes; staff and leads get 77 and nothing changes; usage mistakes are 64 and 65")
    func openAndClose() throws {
        let runner = BinaryRunner()
        defer { runner.remove() }
        #expect(try runner.run(["init", "--demo"], environment: Self.environment).status == 0)
        let list = try runner.run(["cycle", "list", "--format", "json"], environment: Self.environment)
        #expect(list.status == 0 && list.standardOutput.contains("\"2026 winter review\""))
        for login in ["wli", "hmarsh"] {
            let refused = try runner.run(["--as", login, "cycle", "close", "2026 winter review"], environment: Self.environment)
            #expect(refused.status == 77, "\(login): \(refused.standardError)")
        }
        #expect(try runner.run(["cycle", "list"], environment: Self.environment).standardOutput.contains("open, overdue"))
        #expect(try runner.run(["--as", "pnair", "cycle", "open", "x"], environment: Self.environment).status == 64)
        let badDate = try runner.run(["--as", "pnair", "cycle", "open", "x", "--due", "31/12/2026"], environment: Self.environment)
        #expect(badDate.status == 64 && badDate.standardError.contains("YYYY-MM-DD"))
        let stillOpen = try runner.run(["--as", "pnair", "cycle", "open", "x", "--due", "2026-12-31"], environment: Self.environment)
        #expect(stillOpen.status == 73 && stillOpen.standardError.contains("cycle list"))
        let closed = try runner.run(["--as", "pnair", "cycle", "close", "2026 winter review"], environment: Self.environment)
        #expect(closed.status == 0 && closed.standardOutput.hasPrefix("Closed review cycle 2026 winter review"))
        let opened = try runner.run(
            ["--as", "pnair", "cycle", "open", "2027 spring", "--due", "2027-03-31", "--teams", "customer-services", "--frameworks", "DI"],
            environment: Self.environment)
        #expect(opened.status == 0, "\(opened.standardError)")
        let completion = try runner.run(["--as", "pnair", "report", "completion", "--format", "csv"], environment: Self.environment)
        let rows = completion.standardOutput.split(separator: "\r\n")
        #expect(rows.first == "cycle,login,name,email,team,role,done,total,percent,last_activity,due,overdue")
        #expect(rows.count == 8 && rows.dropFirst().allSatisfy { $0.contains(",customer-services,") })
        let trend = try runner.run(["--as", "pnair", "report", "trend", "--format", "csv"], environment: Self.environment)
        #expect(trend.status == 0 && trend.standardOutput.contains("organisation,,2026 winter review,"))
    }

    @Test("the cycle reports and commands speak Bokmål with --lang nb, a saved preference or LANG; CSV and JSON stay the same bytes")
    func bokmal() throws {
        let runner = BinaryRunner()
        defer { runner.remove() }
        #expect(try runner.run(["init", "--demo"], environment: Self.environment).status == 0)
        let norwegian = Self.environment.merging(["LANG": "nb_NO.UTF-8"]) { $1 }
        let expected: [([String], [String])] = [
            (["report", "completion"], ["Kartleggingsrunde 2026 winter review · åpen, forfalt siden ", " personer · ", " punkter ferdig (", " %) · ", "Sist aktiv"]),
            (["cycle", "show"], ["Kartleggingsrunde 2026 winter review", "hele organisasjonen", "Forsinket"]),
            (["report", "calibration"], ["Kalibrering: hele organisasjonen", "Organisasjonen: ", "Ledere", "Kompetanser", "Mildhet", "Avvik"]),
            (["report", "trend"], ["Utvikling: måloppnåelse", "organisasjonen  ", "Måletidspunkt", "Dato", "  nå  "]),
            (["cycle", "list"], ["Runde", "Status", "Frist", "Omfang", "åpen, forfalt", "hele organisasjonen"]),
        ]
        for (arguments, texts) in expected {
            let run = try runner.run(["--as", "pnair"] + arguments, environment: norwegian)
            #expect(run.status == 0, "\(arguments): \(run.standardError)")
            for text in texts { #expect(run.standardOutput.contains(text), "\(arguments): \(text) in \(run.standardOutput)") }
            for english in ["Review cycle", "people", "items", "overdue", "Calibration", "Leads", "Trend", "Readiness", " now ", "Scope", "Due"] {
                #expect(!run.standardOutput.contains(english), "\(arguments): \(english)")
            }
            #expect(try runner.run(["--as", "pnair", "--lang", "nb"] + arguments, environment: Self.environment).standardOutput == run.standardOutput)
            let english = try runner.run(["--as", "pnair"] + arguments, environment: Self.environment)
            #expect(english.standardOutput != run.standardOutput)
            for format in arguments == ["cycle", "list"] || arguments == ["cycle", "show"] ? ["json"] : ["csv", "json"] {
                let data = ["--as", "pnair"] + arguments + ["--format", format]
                #expect(try runner.run(data, environment: norwegian).standardOutput == runner.run(data, environment: Self.environment).standardOutput)
            }
        }
        // A saved preference closes and opens cycles in Bokmål, dates as Norwegians write them.
        #expect(try runner.run(["--as", "pnair", "profile", "language", "nb"], environment: Self.environment).status == 0)
        let closed = try runner.run(["--as", "pnair", "cycle", "close", "2026 winter review"], environment: Self.environment)
        #expect(closed.status == 0 && closed.standardOutput.hasPrefix("Lukket kartleggingsrunden 2026 winter review og registrerte tallene: "))
        #expect(closed.standardOutput.contains(" personer i ") && closed.standardOutput.contains("måloppnåelse "))
        let opened = try runner.run(["--as", "pnair", "cycle", "open", "Vår 2027", "--due", "2027-03-31"], environment: Self.environment)
        #expect(opened.standardOutput.hasPrefix("Åpnet kartleggingsrunden Vår 2027: hele organisasjonen, rammeverk "))
        #expect(opened.standardOutput.hasSuffix(", frist 31.03.2027.\n"))
        let list = try runner.run(["--as", "pnair", "cycle", "list"], environment: Self.environment)
        #expect(list.standardOutput.contains("lukket 24.11.2026") && list.standardOutput.contains("31.03.2027"))
    }

    @Test("training needs leave unrated requirements out unless asked, and mark them when listed")
    func includeUnrated() throws {
        let runner = BinaryRunner()
        defer { runner.remove() }
        #expect(try runner.run(["init", "--demo"], environment: Self.environment).status == 0)
        let rated = try runner.run(["--as", "pnair", "report", "training-needs", "--format", "csv"], environment: Self.environment)
        let all = try runner.run(["--as", "pnair", "report", "training-needs", "--format", "csv", "--include-unrated"], environment: Self.environment)
        let ratedRows = rated.standardOutput.split(separator: "\r\n").dropFirst()
        let allRows = all.standardOutput.split(separator: "\r\n").dropFirst()
        #expect(ratedRows.allSatisfy { $0.hasSuffix(",true,") })
        #expect(allRows.count == ratedRows.count + allRows.count { $0.hasSuffix(",false,") })
        #expect(allRows.contains { $0.hasSuffix(",false,") })
    }
}
