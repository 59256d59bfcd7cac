import Foundation
import SkillsMatrix
import Testing

/// The interchange commands through the built binary: exit statuses, outputs, refusals.
@Suite("Interchange commands")
struct InterchangeCommandTests {
    @Test("report heatmap --format html|svg writes a picture of the team")
    func heatmapPictures() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let html = try runner.run(["--as", "hmarsh", "report", "heatmap", "--team", "project-support-office", "--format", "html"])
        #expect(html.status == 0)
        #expect(html.standardOutput.hasPrefix("<!DOCTYPE html>"))
        #expect(html.standardOutput.contains("Kjersti Ødegård"))
        #expect(html.standardOutput.contains("1/7<small>SPOF</small>"))
        let target = runner.folder.appendingPathComponent("pso.svg").path
        let svg = try runner.run(["--as", "hmarsh", "--output", target, "report", "heatmap", "--team", "project-support-office", "--format", "svg", "--framework", "PM"])
        #expect(svg.status == 0 && svg.standardOutput.isEmpty)
        let picture = try String(contentsOfFile: target, encoding: .utf8)
        #expect(picture.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!picture.contains(">DI.FND.1<"))
        #expect(try runner.run(["--as", "apatel", "report", "heatmap", "--team", "customer-services", "--format", "html"]).status == 77)
    }

    @Test("frameworks export then import: every format and language round-trips through the binary; staff may not import")
    func frameworksRoundTrip() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        for format in ["moodle-csv", "case", "json"] {
            for language in ["en", "nb"] {
                let file = runner.folder.appendingPathComponent("di.\(language).\(format)").path
                let export = try runner.run(["--output", file, "frameworks", "export", "DI", "--format", format, "--lang", language])
                #expect(export.status == 0, "\(export.standardError)")
                let again = try runner.run(["frameworks", "export", "di", "--format", format, "--lang", language])
                #expect(again.standardOutput == (try String(contentsOfFile: file, encoding: .utf8)), "export of \(format) is not byte-stable")
                let imported = try runner.run(["frameworks", "import", file])
                #expect(imported.status == 0, "\(imported.standardError)")
                #expect(imported.standardOutput == "DI 2.0.0 is already installed with the same content: nothing changed\n")
            }
        }
        // Without --lang: English for Moodle and CASE, every language for JSON.
        let english = try String(contentsOfFile: runner.folder.appendingPathComponent("di.en.case").path, encoding: .utf8)
        #expect(try runner.run(["frameworks", "export", "DI", "--format", "case"]).standardOutput == english)
        let both = try runner.run(["frameworks", "export", "DI", "--format", "json"]).standardOutput
        #expect(both.contains("\"languages\": [\n    \"en\",\n    \"nb\"\n  ]"))
        #expect(try runner.run(["frameworks", "export", "DI", "--lang", "de"]).status == 64)
        let moodle = runner.folder.appendingPathComponent("di.nb.moodle-csv").path
        let text = try String(contentsOfFile: moodle, encoding: .utf8).replacingOccurrences(of: "Versjon: 2.0.0", with: "Versjon: 2.1.0")
        try text.write(toFile: moodle, atomically: true, encoding: .utf8)
        let refused = try runner.run(["--as", "apatel", "frameworks", "import", moodle, "--format", "moodle-csv"])
        #expect(refused.status == 77)
        let upgrade = try runner.run(["frameworks", "import", moodle, "--format", "moodle-csv"])
        #expect(upgrade.status == 0)
        #expect(upgrade.standardOutput.hasPrefix("Upgraded DI 2.0.0 -> 2.1.0: 18 competencies; 0 added, 18 changed, 0 retired; languages en, nb -> nb\n"))
        #expect(try runner.run(["frameworks", "list"]).standardOutput.contains("2.1.0"))
        let downgrade = try runner.run(["frameworks", "import", runner.folder.appendingPathComponent("di.en.json").path])
        #expect(downgrade.status == 65)
        #expect(downgrade.standardError.hasSuffix("DI 2.0.0 is older than the installed 2.1.0; give the new file a higher version than 2.1.0 (nothing was changed)\n"))
        let missing = try runner.run(["frameworks", "import", runner.folder.appendingPathComponent("nope.csv").path])
        #expect(missing.status == 66)
    }

    @Test("frameworks export without a database gives the same bytes on any day")
    func exportWithoutDatabase() throws {
        let runner = BinaryRunner()
        defer { runner.remove() }
        let today = try runner.run(["frameworks", "export", "PM", "--format", "case"])
        let later = try runner.run(["frameworks", "export", "PM", "--format", "case"], environment: ["SKILLS_TUI_NOW": "2031-02-03T04:05:06Z"])
        #expect(today.status == 0 && later.status == 0, "\(today.standardError)")
        #expect(!FileManager.default.fileExists(atPath: runner.databasePath))
        #expect(today.standardOutput == later.standardOutput)
        #expect(today.standardOutput.contains("\"lastChangeDateTime\": \"1970-01-01T00:00:00Z\""))
    }

    @Test("every command that reads a named file fails the same way on a folder or a missing file", arguments: [
        ["frameworks", "import"], ["frameworks", "validate"], ["staff", "import"],
    ])
    func unreadableFiles(command: [String]) throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let folder = runner.folder.path
        let onFolder = try runner.run(command + [folder])
        #expect(onFolder.status == 66)
        #expect(onFolder.standardError == "skills-tui: \(folder) is a folder: give a file\n")
        let missing = runner.folder.appendingPathComponent("missing.csv").path
        let onMissing = try runner.run(command + [missing])
        #expect(onMissing.status == 66)
        #expect(onMissing.standardError == "skills-tui: cannot read \(missing): No such file or directory\n")
    }

    @Test("staff import: all errors with line numbers and exit 65; a dry run; then the import")
    func staffImport() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let bad = runner.folder.appendingPathComponent("bad.csv")
        try "login,name,email,team,role,lead\nnew1,New One,,customer-services,front-line-staff,\nnew1,Again,,customer-services,front-line-staff,\nnew2,Two,,customer-services,wizard,\n"
            .write(to: bad, atomically: true, encoding: .utf8)
        let failed = try runner.run(["staff", "import", bad.path])
        #expect(failed.status == 65)
        #expect(failed.standardError == "skills-tui: \(bad.path):3: login: duplicate login new1 (first on line 2); each person appears once\nskills-tui: \(bad.path):4: role: unknown role \"wizard\"; known roles: customer-services-officer, front-line-staff, head-of-it, it-service-representative, project-coordinator, project-manager, project-owner, project-support-officer, senior-systems-development-officer, team-leader\n")
        #expect(try runner.run(["--as", "pnair", "staff", "list"]).standardOutput.contains("new1") == false)
        let good = runner.folder.appendingPathComponent("good.csv")
        try "\u{FEFF}login,name,email,team,role,lead\r\nnew1,Nora Ødegård,,customer-services,front-line-staff,\r\n".write(to: good, atomically: true, encoding: .utf8)
        let dry = try runner.run(["staff", "import", good.path, "--dry-run"])
        #expect(dry.status == 0)
        #expect(dry.standardOutput.hasPrefix("Dry run: nothing was written.\n\(good.path): 1 person; 1 added, 0 updated, 0 unchanged, 0 deactivated\n"))
        #expect(try runner.run(["--as", "pnair", "staff", "list"]).standardOutput.contains("new1") == false)
        let done = try runner.run(["staff", "import", good.path])
        #expect(done.status == 0)
        #expect(try runner.run(["--as", "pnair", "staff", "list"]).standardOutput.contains("Nora Ødegård"))
        #expect(try runner.run(["--as", "hmarsh", "staff", "import", good.path]).status == 77)
    }

    @Test("staff list --format csv imports back unchanged, names that look like formulas included")
    func staffListReimports() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let odd = runner.folder.appendingPathComponent("odd.csv")
        try """
            login,name,email,team,role,lead
            formula,"=HYPERLINK(""http://example.com"",""x"")",,customer-services,front-line-staff,
            at,@SUM(1),,customer-services,front-line-staff,
            sum,-2+3,+44@example.com,customer-services,front-line-staff,

            """.write(to: odd, atomically: true, encoding: .utf8)
        #expect(try runner.run(["staff", "import", odd.path]).status == 0)
        let listed = runner.folder.appendingPathComponent("staff.csv").path
        #expect(try runner.run(["--output", listed, "staff", "list", "--all", "--format", "csv"]).status == 0)
        #expect(try String(contentsOfFile: listed, encoding: .utf8).contains("\r\nat,'@SUM(1),"))
        let again = try runner.run(["staff", "import", listed, "--dry-run"])
        #expect(again.status == 0, "\(again.standardError)")
        #expect(again.standardOutput.contains(" 0 added, 0 updated, "), "\(again.standardOutput)")
        let names = try runner.run(["--as", "pnair", "staff", "list"]).standardOutput
        #expect(names.contains("at          @SUM(1) ") && names.contains("sum         -2+3 ") && !names.contains("'="))
    }
}
