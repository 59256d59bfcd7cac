import Foundation
import Testing
import TestSupport
@testable import SkillsMatrix

/// Importers refuse what a terminal would act on: names, emails and team names with a
/// control, line-break or invisible character, each with its line; framework text and
/// notes with a control character. The database is left as it was.
@Suite("Hostile text at import")
struct HostileImportTests {
    /// `text` as one quoted CSV field.
    static func field(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// Line number (1-based, the header is 1) of each record of a CSV whose rows may span lines.
    static func recordLines(_ rows: [String]) -> [Int] {
        var line = 2
        return rows.map { row in
            defer { line += row.unicodeScalars.filter { $0 == "\n" }.count + 1 }
            return line
        }
    }

    @Test("a staff file: every hostile name, email and team name is refused with its line", arguments: ["name", "email", "team_name"])
    func staffFile(column: String) throws {
        let demo = try WorkspaceTests.makeDemo()
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let before = try DatabaseFingerprint.of(demo.path)
        var rows: [String] = []
        for (index, attack) in HostileText.corpus.enumerated() {
            let value = column == "email" ? "x\(index)@example.org" + attack.text : attack.text
            let name = column == "name" ? value : "Person \(index)"
            let email = column == "email" ? value : ""
            let teamName = column == "team_name" ? value : "New team"
            rows.append("x\(index),\(Self.field(name)),\(Self.field(email)),new-team-\(index),front-line-staff,\(Self.field(teamName))")
        }
        let file = "login,name,email,team,role,team_name\n" + rows.joined(separator: "\n") + "\n"
        let admin = try WorkspaceTests.open(demo.path, as: "root")
        let error = try #require(throws: InputFileErrors.self) {
            try admin.importStaff(Array(file.utf8), file: "staff.csv", deactivateMissing: false, dryRun: false)
        }
        #expect(error.errors.count == HostileText.corpus.count)
        #expect(error.errors.map(\.line) == Self.recordLines(rows))
        for problem in error.errors {
            #expect(problem.location == column)
            #expect(problem.message.contains("control or invisible character; write plain text on one line"), "\(problem)")
        }
        #expect(try DatabaseFingerprint.of(demo.path) == before)
    }

    @Test("the demo files: a hostile team name, person's name or note is refused with its line")
    func demoFiles() throws {
        let frameworks = try FrameworkDirectory.load(from: Fixtures.frameworksDirectory)
        let cases: [(file: String, find: String, replace: String, column: String)] = [
            ("teams.csv", "IT Leadership Team", "IT \u{1B}]52;c;eA==\u{07}Leadership", "name"),
            ("people.csv", "Margaret Hollis", "Margaret\u{202E}Hollis", "name"),
            ("ratings.csv", "Early talks only", "Early \u{9B}2J talks", "note"),
        ]
        for item in cases {
            let folder = Fixtures.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: folder) }
            for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.demoDirectory.path) {
                var text = try String(contentsOf: Fixtures.demoDirectory.appendingPathComponent(name), encoding: .utf8)
                if name == item.file { text = text.replacingOccurrences(of: item.find, with: item.replace) }
                try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
            }
            let path = folder.appendingPathComponent("demo.sqlite").path
            let error = try #require(throws: InputFileErrors.self) {
                try Workspace.create(databaseAt: path, frameworks: frameworks, demoDirectory: folder, login: "root")
            }
            #expect(error.errors.count == 1)
            #expect(error.errors.first?.line == 2, "\(item.file)")
            #expect(error.errors.first?.location == item.column)
            #expect(!FileManager.default.fileExists(atPath: path))
        }
    }

    @Test("a framework file in any format with a control character is refused with where it is", arguments: FrameworkFormat.allCases)
    func frameworkFiles(format: FrameworkFormat) throws {
        let demo = try WorkspaceTests.makeDemo()
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let before = try DatabaseFingerprint.of(demo.path)
        let admin = try WorkspaceTests.open(demo.path, as: "root")
        let pm = try #require(admin.catalog.framework("PM"))
        var hostile = pm
        hostile.version = "1.1.0"
        hostile.name = "Project \u{1B}]8;;https://evil.example/\u{1B}\\Management"
        let text = try FrameworkInterchange.encode(hostile, format: format, lastChange: Fixtures.now)
        #expect(performing: { try admin.importFramework(Array(text.utf8), file: "pm.\(format.fileExtension)", format: format) }, throws: { error in
            let message = "\(error)"
            return message.hasPrefix("pm.\(format.fileExtension):") && message.contains("contains \\e (U+001B), a control character")
        })
        #expect(try DatabaseFingerprint.of(demo.path) == before)
        // A description in several lines is fine.
        var paragraphs = pm
        paragraphs.version = "1.1.0"
        paragraphs.description = "First paragraph.\n\nSecond paragraph."
        let accepted = try FrameworkInterchange.encode(paragraphs, format: format, lastChange: Fixtures.now)
        #expect(try FrameworkInterchange.decode(Array(accepted.utf8), file: "pm", format: format).description.contains("Second paragraph"))
    }

    @Test("a note with a control character is refused; one with line breaks is recorded")
    func notes() throws {
        let demo = try WorkspaceTests.makeDemo()
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let staff = try WorkspaceTests.open(demo.path, as: "apatel")
        let before = try staff.store.ratingEventCount()
        for (name, text) in HostileText.corpus where TerminalText.storageProblem(text, onOneLine: false) != nil {
            #expect(throws: SkillsError.self, "\(name)") { try staff.rate(competencyID: "PM.RISK.1", level: 2, note: text) }
        }
        #expect(try staff.store.ratingEventCount() == before)
        #expect(try staff.rate(competencyID: "PM.RISK.1", level: 2, note: "Ran the risk workshop.\nTwice.").note == "Ran the risk workshop.\nTwice.")
    }
}
