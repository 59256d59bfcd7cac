import Foundation
import Testing
@testable import SkillsMatrix

@Suite("Framework and role validation")
struct FrameworkValidationTests {
    @Test("the shipped frameworks and roles load and match the outline")
    func shippedFilesPass() throws {
        let loaded = try FrameworkDirectory.load(from: Fixtures.frameworksDirectory)
        let counts = Dictionary(uniqueKeysWithValues: loaded.catalog.frameworks.map { ($0.id, $0.competencies.count) })
        #expect(counts == ["PM": 29, "DI": 18, "SL": 13])
        #expect(loaded.catalog.roles.map(\.id) == [
            "project-manager", "project-owner", "project-coordinator", "project-support-officer", "senior-systems-development-officer",
            "it-service-representative", "customer-services-officer", "head-of-it", "team-leader", "front-line-staff",
        ])
        for framework in loaded.catalog.frameworks {
            #expect(framework.version == "2.0.0")
            #expect(framework.languages == [.en, .nb])
            #expect(framework.scale.levels.map(\.level) == [0, 1, 2, 3, 4])
            for competency in framework.competencies {
                #expect(competency.indicators.count == 4)
                #expect(!competency.description.isEmpty)
                #expect(!competency.references.isEmpty, "\(competency.id) cites no public framework")
            }
        }
        // FRAMEWORKS.md: every role needs the digital baseline, and 8-16 requirements; the
        // senior systems development officer 17, because the council report lists that many duties.
        for role in loaded.catalog.roles {
            let ids = Set(role.requirements.map(\.competencyID))
            #expect(ids.isSuperset(of: ["DI.FND.1", "DI.FND.2", "DI.FND.3", "DI.FND.4", "DI.FND.5"]), "\(role.id)")
            let limit = role.id == "senior-systems-development-officer" ? 17 : 16
            #expect((8...limit).contains(role.requirements.count), "\(role.id) has \(role.requirements.count) requirements")
        }
        let manager = try #require(loaded.catalog.role("project-manager"))
        #expect(manager.requirements.first { $0.competencyID == "PM.RISK.1" } == Requirement(competencyID: "PM.RISK.1", target: 3, weight: 3))
        // Every competency reaches a report through some role.
        let required = Set(loaded.catalog.roles.flatMap { $0.requirements.map(\.competencyID) })
        #expect(loaded.catalog.competencies.map(\.id).filter { !required.contains($0) } == [])
        // What the seeds say these posts do.
        let officer = try #require(loaded.catalog.role("senior-systems-development-officer"))
        #expect(Set(officer.requirements.map(\.competencyID)).isSuperset(of: ["PM.RISK.1", "PM.RISK.2", "PM.PLAN.1", "PM.PLAN.3", "PM.PSO.3", "PM.STK.4"]))
        #expect(try #require(loaded.catalog.role("head-of-it")).requirements.contains { $0.competencyID == "SL.GOV.3" })
        #expect(try #require(loaded.catalog.role("it-service-representative")).requirements.contains { $0.competencyID == "PM.GOV.5" })
        // Coaching is its own competency, and not every officer is a coach.
        let coaching: Set<String> = ["DI.CAP.4", "PM.PSO.4"]
        for id in ["customer-services-officer", "front-line-staff", "project-support-officer", "project-manager"] {
            let role = try #require(loaded.catalog.role(id))
            #expect(!role.requirements.contains { coaching.contains($0.competencyID) }, "\(id) is expected to coach")
        }
    }

    static let valid = """
        {
          "id": "TT",
          "name": "Test",
          "version": "1.0",
          "description": "A test framework.",
          "reviewIntervalDays": 365,
          "scale": {
            "levels": [
              { "level": 0, "label": "None", "descriptor": "d0" },
              { "level": 1, "label": "Aware", "descriptor": "d1" },
              { "level": 2, "label": "Working", "descriptor": "d2" },
              { "level": 3, "label": "Practitioner", "descriptor": "d3" },
              { "level": 4, "label": "Expert", "descriptor": "d4" }
            ]
          },
          "areas": [
            {
              "id": "TT.A",
              "name": "Area",
              "description": "An area.",
              "competencies": [
                {
                  "id": "TT.A.1",
                  "name": "First",
                  "description": "The first.",
                  "indicators": { "1": "i1", "2": "i2", "3": "i3", "4": "i4" },
                  "references": ["SFIA9:PRMG"]
                },
                {
                  "id": "TT.A.2",
                  "name": "Second",
                  "description": "The second.",
                  "indicators": { "1": "i1", "2": "i2", "3": "i3", "4": "i4" }
                }
              ]
            }
          ]
        }
        """

    static func decode(_ text: String) throws(InputFileError) -> Framework {
        try FrameworkJSON.decodeFramework(Array(text.utf8), file: "tt.json")
    }

    @Test("a valid framework decodes, and encoding gives an equal framework back")
    func validDecodesAndRoundTrips() throws {
        let framework = try Self.decode(Self.valid)
        #expect(framework.competencies.map(\.id) == ["TT.A.1", "TT.A.2"])
        #expect(framework.competencies[0].indicator(for: 3) == "i3")
        let again = try Self.decode(JSONWriter.string(FrameworkJSON.encode(framework)))
        #expect(again == framework)
    }

    /// Each case breaks the valid file one way; the error must say where and what.
    static let brokenFrameworks: [(name: String, from: String, to: String, expected: [String])] = [
        ("duplicate competency id", "\"id\": \"TT.A.2\"", "\"id\": \"TT.A.1\"",
         ["tt.json:30:", "$.areas[0].competencies[1].id", "duplicate id TT.A.1", "$.areas[0].competencies[0].id"]),
        ("missing indicator", "\"indicators\": { \"1\": \"i1\", \"2\": \"i2\", \"3\": \"i3\", \"4\": \"i4\" },\n          \"references\"",
         "\"indicators\": { \"1\": \"i1\", \"2\": \"i2\", \"4\": \"i4\" },\n          \"references\"",
         ["tt.json:", "$.areas[0].competencies[0].indicators", "missing the indicator for level 3"]),
        ("scale level 5", "{ \"level\": 4, \"label\": \"Expert\", \"descriptor\": \"d4\" }",
         "{ \"level\": 5, \"label\": \"Expert\", \"descriptor\": \"d4\" }", ["tt.json:13:", "$.scale.levels[4].level", "found 5 at position 4"]),
        ("scale missing a level", ",\n      { \"level\": 4, \"label\": \"Expert\", \"descriptor\": \"d4\" }", "",
         ["$.scale.levels", "exactly the levels 0 to 4; found 4"]),
        ("trailing comma", "\"references\": [\"SFIA9:PRMG\"]", "\"references\": [\"SFIA9:PRMG\",]",
         ["tt.json:27:", "invalid JSON", "trailing comma"]),
        ("unterminated string", "\"name\": \"Second\"", "\"name\": \"Second", ["tt.json:31:", "invalid JSON", "line break inside a string"]),
        ("missing member", "\"name\": \"Area\",\n", "", ["$.areas[0]", "missing \"name\""]),
        ("misspelt member", "\"description\": \"The second.\"", "\"descripton\": \"The second.\"",
         ["$.areas[0].competencies[1].descripton", "unknown member"]),
        ("wrong type", "\"reviewIntervalDays\": 365", "\"reviewIntervalDays\": \"365\"",
         ["tt.json:6:", "$.reviewIntervalDays", "expected a whole number, found a string"]),
        ("review interval out of range", "\"reviewIntervalDays\": 365", "\"reviewIntervalDays\": 0", ["outside 1...3650"]),
        ("competency id outside its area", "\"id\": \"TT.A.2\"", "\"id\": \"TT.B.2\"", ["competency id \"TT.B.2\" must be TT.A.<number>"]),
        ("lower-case framework id", "\"id\": \"TT\"", "\"id\": \"tt\"", ["tt.json:2:", "must be upper-case letters"]),
        ("empty name", "\"name\": \"First\"", "\"name\": \"  \"", ["$.areas[0].competencies[0].name", "must not be empty"]),
        ("reference without a scheme", "\"SFIA9:PRMG\"", "\"PRMG\"", ["$.areas[0].competencies[0].references[0]", "SCHEME:CODE"]),
        ("duplicate JSON member", "\"version\": \"1.0\",", "\"version\": \"1.0\",\n  \"version\": \"1.1\",", ["tt.json:5:", "duplicate member \"version\""]),
        ("not an object", Self.valid, "[1, 2]", ["$", "expected an object, found an array"]),
    ]

    @Test("broken framework files fail with the file, line, JSON path and reason", arguments: brokenFrameworks.indices)
    func brokenFramework(_ index: Int) throws {
        let broken = Self.brokenFrameworks[index]
        let text = broken.from == Self.valid ? broken.to : Self.valid.replacingOccurrences(of: broken.from, with: broken.to)
        #expect(text != Self.valid, "case \(broken.name) did not change the file")
        do throws(InputFileError) {
            _ = try Self.decode(text)
            Issue.record("\(broken.name): accepted a broken file")
        } catch {
            for fragment in broken.expected {
                #expect(error.description.contains(fragment), "\(broken.name): \"\(error.description)\" lacks \"\(fragment)\"")
            }
        }
    }

    static let roles = """
        {
          "version": "1",
          "roles": [
            { "id": "tester", "name": "Tester", "requirements": [
              { "competency": "TT.A.1", "target": 3, "weight": 2 },
              { "competency": "TT.A.2", "target": 1, "weight": 1 }
            ] }
          ]
        }
        """

    static let brokenRoles: [(name: String, from: String, to: String, expected: [String])] = [
        ("unknown competency", "\"TT.A.2\"", "\"TT.A.9\"", ["roles.json:6:", "$.roles[0].requirements[1].competency", "unknown competency TT.A.9"]),
        ("target 5", "\"target\": 3", "\"target\": 5", ["$.roles[0].requirements[0].target", "target level 5 is outside 1...4"]),
        ("target 0", "\"target\": 3", "\"target\": 0", ["target level 0 is outside 1...4"]),
        ("weight 0", "\"weight\": 2", "\"weight\": 0", ["roles.json:5:", "$.roles[0].requirements[0].weight", "weight 0 is outside 1...3"]),
        ("weight 4", "\"weight\": 1", "\"weight\": 4", ["weight 4 is outside 1...3"]),
        ("competency twice", "\"TT.A.2\"", "\"TT.A.1\"", ["lists TT.A.1 twice"]),
        ("bad role id", "\"id\": \"tester\"", "\"id\": \"Tester Role\"", ["must be lower-case words joined by '-'"]),
        ("no requirements", "[\n      { \"competency\": \"TT.A.1\", \"target\": 3, \"weight\": 2 },\n      { \"competency\": \"TT.A.2\", \"target\": 1, \"weight\": 1 }\n    ]", "[]",
         ["$.roles[0].requirements", "needs at least one requirement"]),
    ]

    @Test("broken role files fail with the path and reason", arguments: brokenRoles.indices)
    func brokenRole(_ index: Int) throws {
        let broken = Self.brokenRoles[index]
        let text = Self.roles.replacingOccurrences(of: broken.from, with: broken.to)
        #expect(text != Self.roles, "case \(broken.name) did not change the file")
        do throws(InputFileError) {
            _ = try FrameworkJSON.decodeRoles(Array(text.utf8), file: "roles.json", competencyIDs: ["TT.A.1", "TT.A.2"])
            Issue.record("\(broken.name): accepted a broken file")
        } catch {
            for fragment in broken.expected {
                #expect(error.description.contains(fragment), "\(broken.name): \"\(error.description)\" lacks \"\(fragment)\"")
            }
        }
    }

    @Test("two files defining the same framework are refused")
    func duplicateFrameworkAcrossFiles() throws {
        let framework = try Self.decode(Self.valid)
        #expect(throws: InputFileError.self) {
            try FrameworkDirectory.checkDistinct([framework, framework], files: ["a.json", "b.json"])
        }
    }
}
