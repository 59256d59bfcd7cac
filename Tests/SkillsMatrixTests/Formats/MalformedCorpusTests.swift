import Foundation
import Testing
import TestSupport
@testable import SkillsMatrix

/// Every file in `Corpus/` is malformed in one way. `Corpus/cases.tsv` says which
/// importer reads it, the line the first complaint must name, and words it must use.
/// Each is imported by an admin into the demo organisation: it must be refused with
/// that line, and the database must be exactly as before.
@Suite("Malformed input corpus")
struct MalformedCorpusTests {
    struct Case: CustomStringConvertible, Sendable {
        var file: String
        var importer: String
        var line: Int
        var fragment: String
        var description: String { file }
    }

    static let folder = Fixtures.repositoryRoot.appendingPathComponent("Tests/SkillsMatrixTests/Corpus")

    static let cases: [Case] = {
        guard let text = try? String(contentsOf: folder.appendingPathComponent("cases.tsv"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4, let number = Int(fields[2]) else { return nil }
            return Case(file: fields[0], importer: fields[1], line: number, fragment: fields[3])
        }
    }()

    @Test("the corpus holds at least 40 cases, every file is listed, and every importer is covered")
    func corpusSize() throws {
        #expect(Self.cases.count >= 40)
        #expect(Set(Self.cases.map(\.importer)) == ["staff", "moodle-csv", "case", "json"])
        var listed = Set(Self.cases.map(\.file))
        for folder in ["staff", "moodle-csv", "case", "json"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: Self.folder.appendingPathComponent(folder).path) {
                #expect(listed.remove("\(folder)/\(name)") != nil, "\(folder)/\(name) is not in cases.tsv")
            }
        }
        #expect(listed.isEmpty, "listed but missing: \(listed)")
    }

    @Test("each malformed file is refused with its line and changes nothing; its problems are worded as in the golden file of each language")
    func rejected() throws {
        let demo = try WorkspaceTests.makeDemo()
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let before = try DatabaseFingerprint.of(demo.path)
        var worded = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, "") })
        for item in Self.cases {
            let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(item.file)))
            let admin = try WorkspaceTests.open(demo.path, as: "root")
            do {
                switch item.importer {
                case "staff":
                    try admin.importStaff(bytes, file: item.file, deactivateMissing: false, dryRun: false)
                default:
                    let format = try #require(FrameworkFormat(rawValue: item.importer))
                    try admin.importFramework(bytes, file: item.file, format: format)
                }
                Issue.record("\(item.file) was accepted")
            } catch let failure as any SkillsFailure {
                let lines = failure.description.split(separator: "\n").map(String.init)
                #expect(failure.kind == .invalidData, "\(item.file): \(failure.kind)")
                #expect(lines.first?.hasPrefix("\(item.file):\(item.line): ") == true, "\(item.file): expected line \(item.line), got \(lines.first ?? "")")
                #expect(lines.contains { $0.contains(item.fragment) }, "\(item.file): no \"\(item.fragment)\" in \(failure.description)")
                for language in Language.allCases { worded[language, default: ""] += failure.described(in: language) + "\n" }
            }
            #expect(try DatabaseFingerprint.of(demo.path) == before, "\(item.file) changed the database")
        }
        for language in Language.allCases {
            try GoldenFiles("Tests/SkillsMatrixTests/Golden")
                .check(worded[language] ?? "", language == .en ? "malformed-files.txt" : "malformed-files.\(language.code).txt")
        }
    }
}
