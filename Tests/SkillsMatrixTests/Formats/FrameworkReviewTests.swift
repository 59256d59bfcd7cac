import Foundation
import Testing
@testable import SkillsMatrix

/// The content rules of `frameworks validate`, one small file each in `Fixtures/review/`.
@Suite("Framework content rules")
struct FrameworkReviewTests {
    static let folder = Fixtures.repositoryRoot.appendingPathComponent("Tests/SkillsMatrixTests/Fixtures/review")

    static func validate(_ names: [String]) throws -> FrameworkValidation {
        let files = try names.map { name in (bytes: try InputFile.read(folder.appendingPathComponent(name).path), file: name) }
        return try FrameworkValidation.run(files, shipped: nil)
    }

    /// A finding's line in the report, in English.
    static func finding(_ severity: FrameworkReview.Finding.Severity, _ file: String, _ line: Int, _ path: String, _ message: String) -> String {
        "\(file):\(line): \(path): \(severity.rawValue): \(message)"
    }

    @Test("a clean file with every competency required has no findings")
    func clean() throws {
        var validation = try Self.validate(["clean.json", "roles.json"])
        #expect(validation.findings.map(\.description) == [
            Self.finding(.warning, "clean.json", 35, "$.areas[0].competencies[1]",
                "no role profile requires TT.A.2, so it never reaches a report; require it in a role or remove it")
        ])
        #expect(!validation.hasErrors)
        #expect(validation.text.hasSuffix("Content rules: 0 errors, 1 warning (roles from roles.json)\n"))
        validation = try Self.validate(["clean.json"])
        #expect(validation.rolesReviewedAgainst == "no role profiles")
    }

    @Test("every level present in every language: a missing Norwegian text is the loader's error, with its line")
    func everyLanguage() throws {
        #expect(throws: InputFileError(
            file: "missing-language.json", line: 30, location: "$.areas[0].competencies[0].indicators.3",
            message: "missing the Norwegian Bokmål (nb) text; every text needs one per language in \"languages\"")
        ) { try Self.validate(["missing-language.json"]) }
    }

    @Test("no indicator identical to another level's, in any language, ignoring case and spacing")
    func repeatedIndicators() throws {
        let validation = try Self.validate(["repeated-indicator.json", "roles.json"])
        let errors = validation.findings.filter { $0.severity == .error }
        #expect(errors.map(\.description) == [
            Self.finding(.error, "repeated-indicator.json", 30, "$.areas[0].competencies[0].indicators.3",
                "TT.A.1 says the same at levels 2 and 3 (in at least one of en, nb); write what a person does differently at level 3"),
            Self.finding(.error, "repeated-indicator.json", 42, "$.areas[0].competencies[1].indicators.3",
                "TT.A.2 says the same at levels 2 and 3 (in at least one of en, nb); write what a person does differently at level 3"),
        ])
        #expect(validation.hasErrors)
    }

    @Test("references: known schemes with their editions, SFIA 9 codes only at the levels SFIA defines them")
    func references() throws {
        let validation = try Self.validate(["references.json", "roles.json"])
        let byLine = Dictionary(validation.findings.filter { $0.path.contains("references") }.map { ($0.line ?? 0, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byLine[34] == nil, "SFIA9:PRMG@4-6 is fine")
        #expect(byLine[35]?.message == "SFIA9:RLMT@1-2: SFIA 9 defines RLMT only at levels 4-7; cite it at those levels, or cite another skill")
        #expect(byLine[36]?.message == "SFIA9:RLMT: name the SFIA levels the competency stands for, such as SFIA9:RLMT@4-7 (SFIA 9 defines RLMT at levels 4-7)")
        #expect(byLine[37]?.message.hasPrefix("SFIA9:XXXX@3: XXXX is not in the table of SFIA 9 skills") == true)
        #expect(byLine[38]?.message == "PRINCE2:theme/risk: name the edition; cite PRINCE2-7 (the 2023 edition, whose themes are now practices)")
        #expect(byLine[39]?.message.hasPrefix("PRINCE2-7:practice/change: \"practice/change\" is not a code of this scheme") == true)
        #expect(byLine[40] == nil, "APMCF2:budgeting-and-cost-control is fine")
        #expect(byLine[41]?.message.contains("cite APMCF2 (the 2nd edition, 2015; a 3rd edition could not be confirmed)") == true)
        #expect(byLine[42]?.message.hasPrefix("DigComp2.2:6.1: \"6.1\" is not a code of this scheme") == true)
        #expect(byLine[43]?.severity == .warning)
        #expect(byLine[43]?.message.hasPrefix("KS:digitaliseringsstrategi: KS is not a scheme skills-tui knows") == true)
        #expect([35, 36, 37, 38, 39, 41, 42].allSatisfy { byLine[$0]?.severity == .error })
        #expect(validation.findings.filter { $0.path.contains("references") }.count == 8)
    }

    @Test("a competency no role requires is a warning only: the files stay valid")
    func unusedIsWarning() throws {
        let validation = try Self.validate(["clean.json", "roles.json"])
        #expect(validation.findings.map(\.severity) == [.warning])
        #expect(!validation.hasErrors)
    }

    @Test("the shipped content passes every rule, with no warnings")
    func shippedContent() throws {
        let files = try ["di.json", "pm.json", "roles.json", "sl.json"].map { name in
            (bytes: try InputFile.read(Fixtures.frameworksDirectory.appendingPathComponent(name).path), file: name)
        }
        #expect(try FrameworkValidation.run(files, shipped: nil).findings == [])
    }

    @Test("the 1.0.0 content breaks the rules the 2.0.0 content was written to")
    func oldContent() throws {
        let folder = ContentUpgradeTests.oldContent.appendingPathComponent("frameworks")
        let files = try ["di.json", "pm.json", "roles.json", "sl.json"].map { name in
            (bytes: try InputFile.read(folder.appendingPathComponent(name).path), file: name)
        }
        let validation = try FrameworkValidation.run(files, shipped: nil)
        let unused = validation.findings.filter { $0.message.hasPrefix("no role profile requires") }
        #expect(unused.count == 12)
        #expect(validation.findings.contains { $0.message.hasPrefix("SFIA9:RLMT: name the SFIA levels") })
        #expect(validation.findings.contains { $0.message.hasPrefix("PRINCE2:theme/risk: name the edition") })
        #expect(validation.hasErrors)
    }
}
