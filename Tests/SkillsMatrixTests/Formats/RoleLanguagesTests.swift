import Foundation
import Testing
@testable import SkillsMatrix

/// Role profiles' names and descriptions in several languages: read as a framework's
/// texts are, kept in the database, and shown in the reader's language while CSV and
/// JSON keep the English.
@Suite("Role profiles in each language")
struct RoleLanguagesTests {
    static let bilingual = """
        {
          "version": "1",
          "languages": ["en", "nb"],
          "roles": [
            { "id": "tester", "name": { "en": "Tester", "nb": "Testleder" },
              "description": { "en": "Tests things.", "nb": "Tester ting." },
              "requirements": [{ "competency": "TT.A.1", "target": 3, "weight": 2 }] }
          ]
        }
        """

    static func decode(_ text: String) throws(InputFileError) -> [RoleProfile] {
        try FrameworkJSON.decodeRoles(Array(text.utf8), file: "roles.json", competencyIDs: ["TT.A.1", "TT.A.2"])
    }

    @Test("a roles file with en and nb gives every role both names; English-only files read as before")
    func reading() throws {
        let role = try #require(try Self.decode(Self.bilingual).first)
        #expect(role.name == "Tester")
        #expect(role.name(in: .en) == "Tester")
        #expect(role.name(in: .nb) == "Testleder")
        #expect(role.description(in: .nb) == "Tester ting.")
        #expect(role.languages == [.en, .nb])
        let english = try #require(try Self.decode(FrameworkValidationTests.roles).first)
        #expect(english.name(in: .nb) == "Tester")
        #expect(english.languages == [.en])
        #expect(english.description.isEmpty)
    }

    static let broken: [(name: String, from: String, to: String, expected: [String])] = [
        ("no nb name", #"{ "en": "Tester", "nb": "Testleder" }"#, #"{ "en": "Tester" }"#,
         ["roles.json:5:", "$.roles[0].name", "missing the Norwegian Bokmål (nb) text"]),
        ("a plain name", #"{ "en": "Tester", "nb": "Testleder" }"#, #""Tester""#, ["$.roles[0].name", "expected the text in every language"]),
        ("no nb description", #"{ "en": "Tests things.", "nb": "Tester ting." }"#, #"{ "en": "Tests things." }"#,
         ["$.roles[0].description", "missing the Norwegian Bokmål (nb) text"]),
        ("an unlisted language", #""nb": "Testleder""#, #""nb": "Testleder", "de": "Tester""#, ["\"de\" is not one of this file's languages"]),
    ]

    @Test("a role without its Norwegian text is refused like a framework text: file, line, path and what to do", arguments: broken.indices)
    func missingLanguage(_ index: Int) throws {
        let broken = Self.broken[index]
        let text = Self.bilingual.replacingOccurrences(of: broken.from, with: broken.to)
        #expect(text != Self.bilingual, "case \(broken.name) did not change the file")
        #expect(performing: { try Self.decode(text) }, throws: { error in
            broken.expected.allSatisfy { "\(error)".contains($0) }
        })
    }

    @Test("every shipped role has a Norwegian name and description of its own")
    func shipped() throws {
        let roles = try FrameworkDirectory.load(from: Fixtures.frameworksDirectory).catalog.roles
        #expect(roles.count == 10)
        for role in roles {
            #expect(role.languages == [.en, .nb], "\(role.id)")
            #expect(role.name(in: .nb) != role.name(in: .en), "\(role.id)")
            #expect(!role.description(in: .nb).isEmpty && role.description(in: .nb) != role.description(in: .en), "\(role.id)")
        }
        let names = Dictionary(uniqueKeysWithValues: roles.map { ($0.id, $0.name(in: .nb)) })
        #expect(names["project-manager"] == "Prosjektleder")
        #expect(names["project-owner"] == "Prosjekteier")
        #expect(names["customer-services-officer"] == "Kundebehandler")
    }

    @Test("the database keeps both names; text shows the reader's, CSV and JSON the English", arguments: Backend.allCases)
    func stored(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let workspace = try WorkspaceTests.open(demo.path, as: "dmensah")
        let role = try #require(workspace.catalog.role("project-manager"))
        #expect(role.name == "Project Manager")
        #expect(role.name(in: .nb) == "Prosjektleder")
        let assessment = try workspace.gapReport(for: "dmensah")
        #expect(GapReportFormat.text(assessment, catalog: workspace.catalog, language: .nb).contains("Rolle: Prosjektleder · Team: "))
        #expect(GapReportFormat.text(assessment, catalog: workspace.catalog, language: .en).contains("Role: Project Manager · Team: "))
        let json = GapReportFormat.json([assessment], catalog: workspace.catalog)
        #expect(json.contains("\"project-manager\"") && !json.contains("Prosjektleder"))
        let staff = try workspace.staff()
        let teams = try workspace.teamTree()
        #expect(CatalogFormat.staff(staff, teams: teams, catalog: workspace.catalog, language: .nb).contains("Prosjektleder"))
        let csv = try ByteOutput.text { try CatalogFormat.staffCSV(staff, teams: teams, to: &$0) }
        #expect(!csv.contains("Prosjektleder"))
    }
}
