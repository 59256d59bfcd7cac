import Foundation
import Testing

/// `skills-tui generate` through the built binary.
@Suite("generate")
struct GenerateCommandTests {
    @Test("makes a database the reports can read, and the same seed makes the same organisation")
    func generates() throws {
        let runner = BinaryRunner()
        defer { runner.remove() }
        let pinned = ["SKILLS_TUI_NOW": "2026-06-01T12:00:00Z"]
        let result = try runner.run(["generate", "--staff", "120", "--seed", "5", "--large-team", "20"], environment: pinned)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("Synthetic organisation: 120 people in "))
        #expect(result.standardOutput.contains("seed 5"))
        let needs = try runner.run(["report", "training-needs", "--format", "csv"], environment: pinned)
        #expect(needs.status == 0)
        #expect(needs.standardOutput.split(separator: "\r\n").count > 50)
        let heatmap = try runner.run(["report", "heatmap", "--team", "contact-centre"], environment: pinned)
        #expect(heatmap.status == 0)
        let again = BinaryRunner()
        defer { again.remove() }
        _ = try again.run(["generate", "--staff", "120", "--seed", "5", "--large-team", "20"], environment: pinned)
        #expect(try again.run(["report", "training-needs", "--format", "csv"], environment: pinned).standardOutput == needs.standardOutput)
    }

    @Test("an existing file or a bad --staff exits non-zero with one line, and writes nothing")
    func refuses() throws {
        let runner = BinaryRunner()
        defer { runner.remove() }
        for (arguments, status) in [
            (["generate"], Int32(64)), (["generate", "--staff", "many"], 64), (["generate", "--staff", "10"], 64),
            (["generate", "--staff", "100", "--large-team", "90"], 64), (["generate", "--staff", "60", "--seed", "-1"], 64),
        ] {
            let result = try runner.run(arguments)
            #expect(result.status == status, "\(arguments)")
            #expect(result.standardError.hasPrefix("skills-tui: "))
            #expect(result.standardError.split(separator: "\n").count == 1, "\(result.standardError)")
            #expect(!FileManager.default.fileExists(atPath: runner.databasePath))
        }
        #expect(try runner.run(["init"]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: runner.databasePath))
        let existing = try runner.run(["generate", "--staff", "60"])
        #expect(existing.status == 73)
        #expect(existing.standardError.contains("already exists"))
        #expect(existing.standardError.split(separator: "\n").count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: runner.databasePath)) == before)
    }
}
