import Foundation
import Testing
@testable import SkillsMatrix

@Suite("Framework interchange: Moodle CSV, CASE, JSON")
struct FrameworkInterchangeTests {
    /// Empty if the shipped files fail to load, which `shippedFrameworks` then reports.
    static let shipped: [Framework] = {
        (try? FrameworkDirectory.load(from: Fixtures.frameworksDirectory).catalog.frameworks) ?? []
    }()

    static let installed = Date(timeIntervalSince1970: 1_760_000_000)

    @Test("all three shipped frameworks load", arguments: ["DI", "PM", "SL"])
    func shippedFrameworks(id: String) {
        #expect(Self.shipped.contains { $0.id == id })
    }

    /// What a file in `format` and `language` holds of `framework`: JSON without a
    /// language holds every language; anything else one.
    static func expected(_ framework: Framework, _ format: FrameworkFormat, _ language: Language?) -> Framework {
        guard format == .json, language == nil else { return framework.restricted(to: language ?? framework.languages[0]) }
        return framework
    }

    @Test("the shipped frameworks carry English and Norwegian Bokmål", arguments: ["DI", "PM", "SL"])
    func shippedLanguages(id: String) throws {
        let framework = try #require(Self.shipped.first { $0.id == id })
        #expect(framework.languages == [.en, .nb])
        let norwegian = framework.localized(.nb)
        #expect(norwegian.name != framework.name)
        for competency in norwegian.competencies {
            #expect(competency.localizedName.text(in: .nb) == competency.name)
            #expect(competency.localizedIndicators.allSatisfy { $0.languages == [.en, .nb] }, "\(competency.id)")
        }
    }

    @Test("export then import gives back an equal framework, in each language", arguments: FrameworkFormat.allCases, ["DI", "PM", "SL"])
    func roundTrip(format: FrameworkFormat, id: String) throws {
        let framework = try #require(Self.shipped.first { $0.id == id })
        for language in [nil, Language.en, .nb] {
            let exported = try FrameworkInterchange.encode(framework, format: format, language: language, lastChange: Self.installed)
            let imported = try FrameworkInterchange.decode(Array(exported.utf8), file: "export.\(format.fileExtension)", format: format)
            #expect(imported == Self.expected(framework, format, language), "\(language?.code ?? "all")")
            // Byte-stable: a second export is identical.
            #expect(try FrameworkInterchange.encode(imported, format: format, language: language, lastChange: Self.installed) == exported)
        }
    }

    @Test("a language the framework lacks is refused, not filled with English")
    func missingLanguage() throws {
        let english = try #require(Self.shipped.first { $0.id == "PM" }).restricted(to: .en)
        #expect(throws: SkillsError.noTextInLanguage(framework: "PM", version: "2.0.0", language: .nb, available: ["en"])) {
            try FrameworkInterchange.encode(english, format: .caseJSON, language: .nb, lastChange: Self.installed)
        }
    }

    @Test("awkward text survives every format: newlines, quotes, commas, markup, Norwegian")
    func awkwardText() throws {
        var framework = try #require(Self.shipped.first { $0.id == "PM" })
        framework.description = "Line one, with \"quotes\".\nLine two: <b>bold</b> & Åse's = formula"
        framework.areas[0].competencies[0].indicators[1] = "First line\nsecond line - with a dash; and 1. a number"
        framework.areas[0].competencies[0].description = "=SUM(A1) starts like a formula, ø æ å"
        framework.areas[0].competencies[0].learning = ["Kurs: «Prosjektveiviseren»", "- a dash first"]
        for format in FrameworkFormat.allCases {
            let exported = try FrameworkInterchange.encode(framework, format: format, lastChange: Self.installed)
            #expect(try FrameworkInterchange.decode(Array(exported.utf8), file: "x", format: format) == Self.expected(framework, format, nil), "\(format)")
        }
    }

    @Test("text that looks like the Moodle Description's own structure survives every format")
    func descriptionLookalikes() throws {
        var framework = try #require(Self.shipped.first { $0.id == "PM" })
        framework.description = "Version: not this line.\nScale: the council's own.\nReview interval\\: already escaped"
        framework.scale.levels[1].descriptor = "First line.\n\nEquivalents: not really"
        framework.scale.levels[2].equivalents = [
            ScaleEquivalent(scheme: "SFIA; 9", value: "4 = 5; or 6"), ScaleEquivalent(scheme: "A=B\\", value: "\\;"),
        ]
        var competency = framework.areas[0].competencies[0]
        competency.description = "Intro.\nReferences: see the council's guide.\nLevel indicators:\n- not a list\nLearning:"
        competency.indicators[0] = "First paragraph.\n\nSecond paragraph."
        competency.indicators[1] = "Keeps\n  two spaces of indent\n\n\nand two blank lines"
        competency.references = ["SFIA9:BURM", "APM:Risk"]
        competency.learning = ["Course:\n\n- step one\n- step two"]
        framework.areas[0].competencies[0] = competency
        for format in FrameworkFormat.allCases {
            let exported = try FrameworkInterchange.encode(framework, format: format, lastChange: Self.installed)
            let imported = try FrameworkInterchange.decode(Array(exported.utf8), file: "x", format: format)
            #expect(imported == Self.expected(framework, format, nil), "\(format)")
            #expect(try FrameworkInterchange.encode(imported, format: format, lastChange: Self.installed) == exported, "\(format)")
        }
    }

    @Test("Moodle CSV: a heading-like line inside prose written by hand stays prose")
    func handWrittenProse() throws {
        let framework = try #require(Self.shipped.first { $0.id == "PM" })
        let text = try MoodleCompetencyCSV.encode(framework)
        let original = try #require(framework.competencies.first { $0.id == "PM.RISK.1" })
        let edited = text.replacingOccurrences(
            of: original.description, with: original.description + "\nReferences: see the council's guide.\nAsk the PMO.")
        let imported = try MoodleCompetencyCSV.decode(Array(edited.utf8), file: "pm.csv")
        let competency = try #require(imported.competencies.first { $0.id == "PM.RISK.1" })
        #expect(competency.description == original.description + "\nReferences: see the council's guide.\nAsk the PMO.")
        #expect(competency.references == original.references)
    }

    @Test("Moodle CSV: a repeated heading is an error at its own line, naming the first")
    func repeatedHeading() throws {
        let framework = try #require(Self.shipped.first { $0.id == "PM" })
        let text = try MoodleCompetencyCSV.encode(framework)
        let original = try #require(framework.competencies.first { $0.id == "PM.RISK.1" })
        // A last prose line that reads as a heading starts the sections, so the real list repeats it.
        let edited = text.replacingOccurrences(of: original.description, with: original.description + "\nReferences: see the guide.")
        let records = try CSVReader.parse(Array(edited.utf8), file: "pm.csv")
        let row = try #require(records.first { $0.fields[1] == "PM.RISK.1" })
        let lines = row.fields[3].split(separator: "\n", omittingEmptySubsequences: false)
        let first = try #require(lines.firstIndex { $0.hasPrefix("References:") })
        let second = try #require(lines.lastIndex { $0.hasPrefix("References:") })
        #expect(throws: InputFileErrors([
            InputFileError(
                file: "pm.csv", line: row.line + second, location: "Description",
                message: "a second \"References:\" heading (the first is on line \(row.line + first)); merge them into one")
        ])) {
            try MoodleCompetencyCSV.decode(Array(edited.utf8), file: "pm.csv")
        }
    }

    @Test("Moodle CSV refuses what Moodle cannot hold instead of losing it", arguments: [
        ("Working, mostly", "PM cannot be exported as Moodle CSV: scale level 2 \"Working, mostly\" has a comma, and Moodle splits Scale values at commas; rename the level without one, or export as case or json"),
        ("Work\ning", "PM cannot be exported as Moodle CSV: scale level 2 \"Work\ning\" has a line break; put the label on one line, or export as case or json"),
    ])
    func refusesLabels(label: String, message: String) throws {
        var framework = try #require(Self.shipped.first { $0.id == "PM" })
        framework.scale.levels[2].label = label
        #expect(performing: { try FrameworkInterchange.encode(framework, format: .moodleCSV, lastChange: Self.installed) }, throws: {
            ($0 as? SkillsError)?.kind == .invalidData && "\($0)" == message
        })
        for format in [FrameworkFormat.caseJSON, .json] {
            let exported = try FrameworkInterchange.encode(framework, format: format, lastChange: Self.installed)
            #expect(try FrameworkInterchange.decode(Array(exported.utf8), file: "x", format: format) == Self.expected(framework, format, nil))
        }
    }

    @Test("Moodle CSV starts with exactly the tool_lpimportcsv header and one framework row")
    func moodleHeader() throws {
        let framework = try #require(Self.shipped.first { $0.id == "PM" })
        let text = try MoodleCompetencyCSV.encode(framework)
        #expect(text.hasPrefix(#""Parent id number","Id number",Shortname,Description,"Description format","Scale values","Scale configuration","Rule type (optional)","Rule outcome (optional)","Rule config (optional)","Cross referenced competency id numbers","Exported id (optional)","Is framework",Taxonomy"# + "\r\n"))
        let records = try CSVReader.parse(Array(text.utf8), file: "pm.csv")
        #expect(records.count == 1 + 1 + framework.areas.count + framework.competencies.count)
        let frameworkRow = records[1].fields
        #expect(frameworkRow[1] == "PM")
        #expect(frameworkRow[5] == "None,Aware,Working,Practitioner,Expert")
        #expect(frameworkRow[12] == "1")
        #expect(frameworkRow[13] == "domain,competency")
        let configuration = try JSONParser.parse(frameworkRow[6]).root
        let items = try #require(configuration.arrayValue, "scale configuration is not an array")
        #expect(items.count == 6)
        let competencyRow = try #require(records.first { $0.fields[1] == "PM.RISK.1" }).fields
        #expect(competencyRow[0] == "PM.RISK")
        #expect(competencyRow[3].contains("Level indicators:\n\n1. Aware: "))
        #expect(records.dropFirst(2).allSatisfy { $0.fields[12] == "" })
    }

    @Test("CASE: lowercase UUID identifiers, the schema's members only, every competency in a rubric")
    func caseShape() throws {
        let framework = try #require(Self.shipped.first { $0.id == "SL" })
        let text = CASEPackage.encode(framework, lastChange: Self.installed)
        let root = try JSONParser.parse(text).root
        var identifiers: [String] = []
        /// The object's members, each checked against the schema; its identifier collected.
        func check(_ value: JSONValue?, allowed: Set<String>, path: String) throws -> JSONObject {
            let object = try #require(value?.objectValue, "\(path) is not an object")
            for key in object.keys { #expect(allowed.contains(key), "\(path) has \(key), which the schema does not allow") }
            if let identifier = object["identifier"]?.stringValue { identifiers.append(identifier) }
            return object
        }
        let package = try check(root, allowed: CASEPackage.Members.package, path: "$")
        _ = try check(package["CFDocument"], allowed: CASEPackage.Members.document, path: "$.CFDocument")
        let items = try #require(package["CFItems"]?.arrayValue)
        let associations = try #require(package["CFAssociations"]?.arrayValue)
        let rubrics = try #require(package["CFRubrics"]?.arrayValue)
        for item in items { _ = try check(item, allowed: CASEPackage.Members.item, path: "item") }
        for association in associations { _ = try check(association, allowed: CASEPackage.Members.association, path: "association") }
        var levelCount = 0
        for rubric in rubrics {
            let object = try check(rubric, allowed: CASEPackage.Members.rubric, path: "rubric")
            for criterion in try #require(object["CFRubricCriteria"]?.arrayValue, "a rubric without criteria") {
                let members = try check(criterion, allowed: CASEPackage.Members.criterion, path: "criterion")
                for level in try #require(members["CFRubricCriterionLevels"]?.arrayValue, "a criterion without levels") {
                    _ = try check(level, allowed: CASEPackage.Members.level, path: "level")
                    levelCount += 1
                }
            }
        }
        #expect(levelCount > 0)
        #expect(items.count == framework.areas.count + framework.competencies.count)
        #expect(associations.count == items.count)
        #expect(rubrics.count == 1 + framework.competencies.count)
        #expect(identifiers.allSatisfy(NameBasedUUID.isCASEIdentifier))
        #expect(Set(identifiers).count == identifiers.count, "identifiers must be unique")
        #expect(text.contains("\"humanCodingScheme\": \"SL.STR.1\""))
        #expect(text.contains("\"lastChangeDateTime\": \"2025-10-09T08:53:20Z\""))
    }
}
