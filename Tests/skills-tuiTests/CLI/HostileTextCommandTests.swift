import Foundation
@testable import SkillsMatrix
import Testing
import TestSupport

/// Every text the command line prints is inert, even when the database holds attacks
/// (written by an older version or another program, since the importers refuse them):
/// every text report, list and message, and every error line. A line break in a login
/// never forges a second error line. CSV written to a file or pipe keeps the data exact;
/// on a terminal every format is shown inert.
@Suite("Command line: hostile text")
struct HostileTextCommandTests {
    /// A demo database whose names, team names, role names, a framework's name and
    /// notes are the attacks of `HostileText.corpus`, written past the importers.
    static func hostileDemo() throws -> BinaryRunner {
        let runner = try BinaryRunner.withDemo()
        let connection = try SQLiteConnection(path: runner.databasePath, mode: .readWrite)
        let logins = try connection.query("SELECT login FROM people ORDER BY login") { $0.text(0) }
        for (index, attack) in HostileText.corpus.enumerated() {
            let login = logins[index % logins.count]
            try connection.run("UPDATE people SET name = ?, email = ? WHERE login = ?", [.text("N\(index) " + attack.text), .text(attack.text), .text(login)])
            try connection.run(
                """
                INSERT INTO rating_events(person_no, competency_no, level, track, rater, note, framework_version, rated_at)
                SELECT p.no, c.no, 2, 'self', p.login, ?, '1.0.0', CAST(strftime('%s', 'now') AS INTEGER) - 60
                FROM people p, competencies c WHERE p.login = ? AND c.id = 'PM.RISK.1'
                """, [.text(attack.text), .text(login)])
        }
        try connection.run("UPDATE teams SET name = ?", [.text("Team " + HostileText.corpus[0].text + HostileText.corpus[5].text)])
        try connection.run("UPDATE roles SET name = name || ?", [.text(HostileText.corpus[3].text)])
        try connection.run(
            "UPDATE frameworks SET document = replace(document, '\"en\":\"Project Management\"', ?) WHERE id = 'PM'",
            [.text(#""en":"Project \u001b]8;;https://evil.example/\u001b\\Management\u202e""#)])
        return runner
    }

    static func check(_ result: BinaryRunner.Result, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let raw = HostileText.rawControls(in: result.standardOutput + result.standardError)
        #expect(raw.isEmpty, "\(arguments) printed \(raw.map { "U+" + String($0.value, radix: 16) })", sourceLocation: sourceLocation)
    }

    @Test("every text report, list and message is inert, whoever asks")
    func textCommands() throws {
        let runner = try Self.hostileDemo()
        defer { runner.remove() }
        var commands: [[String]] = [
            ["staff", "list", "--all"], ["frameworks", "list"], ["frameworks", "show", "PM"], ["frameworks", "show", "PM.RISK.1"],
            ["report", "training-needs"], ["report", "training-needs", "--format", "markdown"],
            ["--as", "apatel", "report", "gaps"], ["--as", "hmarsh", "rate", "PM.RISK.1", "3", "--person", "apatel"],
            ["--as", "pnair", "report", "training-plan", "--budget", "5000"],
            ["--as", "pnair", "report", "training-plan", "--format", "markdown"], ["--as", "pnair", "report", "plans"],
            ["--as", "pnair", "report", "certificates"], ["--as", "pnair", "report", "certificates", "--expiring", "3650"],
            ["--as", "pnair", "report", "people", "--competency", "PM.RISK.1", "--min-level", "1"], ["learning", "list"],
            ["--as", "hmarsh", "plan", "add", "PM.RISK.1", "--person", "apatel", "--text", "a course", "--target", "2099-01-01"],
        ]
        for team in try SkillsStore.open(at: runner.databasePath).teams().map(\.id) {
            commands += [
                ["report", "gaps", "--team", team], ["report", "heatmap", "--team", team],
                ["report", "coverage", "--team", team, "--without", "apatel"], ["report", "coverage", "--team", team],
                ["report", "training-needs", "--team", team, "--format", "markdown"],
            ]
        }
        for arguments in commands {
            let result = try runner.run(arguments)
            Self.check(result, arguments)
            #expect([0, 65].contains(result.status), "\(arguments): \(result.standardError)")
        }
        let shown = try runner.run(["frameworks", "show", "PM"]).standardOutput
        #expect(shown.contains("Project \\e]8;;https://evil.example/\\e\\Management\\u{202E}"))
    }

    @Test("JSON is inert and CSV exact when written to a file or pipe; on a terminal, both are inert")
    func dataFormats() throws {
        let runner = try Self.hostileDemo()
        defer { runner.remove() }
        // As hr, who sees the notes (an admin's export has them empty).
        let json = try runner.run(["--as", "pnair", "export", "ratings", "--format", "json"])
        Self.check(json, ["--as", "pnair", "export", "ratings", "--format", "json"])
        let csv = try runner.run(["--as", "pnair", "export", "ratings"])
        for attack in HostileText.corpus where !attack.text.contains("\u{0}") {
            #expect(csv.standardOutput.contains(attack.text), "the CSV changed \(attack.name)")
        }
        // On a terminal (a pseudo-terminal from script(1)), the same CSV is shown inert.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "'\(BinaryRunner.binary.path)' --as pnair export ratings", "/dev/null"]
        var environment = ProcessInfo.processInfo.environment
        environment["SKILLS_DB"] = runner.databasePath
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // The terminal turns each line feed into CR LF; those are the terminal's own.
        let seen = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\r\n", with: "\n").replacingOccurrences(of: "\r\n", with: "\n")
        #expect(seen.contains("rated_at,login,competency_id"))
        #expect(HostileText.rawControls(in: seen).isEmpty, "\(HostileText.rawControls(in: seen).map { String($0.value, radix: 16) })")
    }

    @Test("an error names hostile input on one line: no control reaches the terminal and no line is forged")
    func errorLines() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        // (NUL cannot be passed in an argument.)
        for attack in HostileText.corpus where !attack.text.contains("\u{0}") {
            for arguments in [
                ["report", "gaps", "--person", attack.text], ["--as", attack.text, "report", "gaps"],
                ["frameworks", "show", attack.text], ["report", "heatmap", "--team", attack.text],
            ] {
                let result = try runner.run(arguments)
                Self.check(result, arguments)
                #expect(result.status != 0, "\(arguments)")
                #expect(result.standardError.split(separator: "\n").count == 1, "\(attack.name): \(result.standardError)")
            }
            // A note may hold line breaks and format characters, never other controls.
            let rate = ["--as", "apatel", "rate", "PM.RISK.1", "2", "--note", attack.text]
            let result = try runner.run(rate)
            Self.check(result, rate)
            if TerminalText.storageProblem(attack.text, onOneLine: false) == nil {
                #expect(result.status == 0, "\(attack.name): \(result.standardError)")
            } else {
                #expect(result.status == 65, "\(attack.name)")
                #expect(result.standardError.split(separator: "\n").count == 1, "\(attack.name): \(result.standardError)")
            }
        }
        // A staff file with a hostile login on each row: one error line per row, no more.
        let rows = HostileText.corpus.map { "\"\($0.text.replacingOccurrences(of: "\"", with: "\"\""))\",Name,,customer-services,front-line-staff" }
        let file = runner.folder.appendingPathComponent("staff.csv")
        try ("login,name,email,team,role\n" + rows.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let result = try runner.run(["staff", "import", file.path])
        Self.check(result, ["staff", "import"])
        #expect(result.status == 65)
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.count == HostileText.corpus.count)
        #expect(lines.allSatisfy { $0.hasPrefix("skills-tui: \(file.path):") })
    }
}
