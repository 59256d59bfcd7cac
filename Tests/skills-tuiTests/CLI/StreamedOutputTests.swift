import Foundation
import SkillsMatrix
import Testing

/// The large outputs are streamed row by row into a byte buffer; these hold them to the
/// bytes the binary wrote when it built each report as one `String` (recorded before the
/// change in `Golden/output-digests.txt`), on a generated organisation and on the demo.
@Suite("Streamed outputs are byte-identical to the reports built whole")
struct StreamedOutputTests {
    static let pinnedTime = ["SKILLS_TUI_NOW": "2026-11-24T09:30:00Z"]

    struct Case {
        var digest: String
        var bytes: Int
        var database: String
        var arguments: [String]
    }

    static func cases() throws -> [Case] {
        let file = BinaryRunner.repositoryRoot.appendingPathComponent("Tests/skills-tuiTests/Golden/output-digests.txt")
        return try String(contentsOf: file, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let words = line.split(separator: " ").map(String.init)
            return Case(digest: words[0], bytes: Int(words[1]) ?? -1, database: words[2], arguments: Array(words[3...]))
        }
    }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }

    @Test("every recorded output, to standard output and through --output, is the same bytes")
    func sameBytes() throws {
        let generated = BinaryRunner()
        let demo = BinaryRunner()
        defer {
            generated.remove()
            demo.remove()
        }
        let environment = Self.pinnedTime.merging(["SKILLS_TUI_DATA": BinaryRunner.repositoryRoot.path]) { $1 }
        #expect(try generated.run(["generate", "--staff", "300", "--large-team", "40"], environment: environment).status == 0)
        #expect(try demo.run(["init", "--demo"], environment: environment).status == 0)
        let cases = try Self.cases()
        #expect(cases.count >= 30)
        for item in cases {
            let runner = item.database == "demo" ? demo : generated
            let result = try runner.run(item.arguments, environment: Self.pinnedTime)
            #expect(result.status == 0, "\(item.arguments): \(result.standardError)")
            let bytes = Array(result.standardOutput.utf8)
            #expect(bytes.count == item.bytes, "\(item.database) \(item.arguments.joined(separator: " "))")
            #expect(Self.hex(SHA1.digest(bytes)) == item.digest, "\(item.database) \(item.arguments.joined(separator: " "))")
        }
        // The same through --output (a temporary file renamed into place), for the CSVs.
        for item in cases where item.arguments.contains("csv") {
            let runner = item.database == "demo" ? demo : generated
            let path = runner.folder.appendingPathComponent("out").path
            let result = try runner.run(["--output", path] + item.arguments, environment: Self.pinnedTime)
            #expect(result.status == 0 && result.standardOutput.isEmpty, "\(item.arguments): \(result.standardError)")
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            #expect(Self.hex(SHA1.digest(bytes)) == item.digest, "--output \(item.database) \(item.arguments.joined(separator: " "))")
        }
    }
}
