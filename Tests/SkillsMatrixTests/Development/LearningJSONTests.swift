import Foundation
import Testing
@testable import SkillsMatrix

/// The learning catalogue file: the shipped one loads and reviews clean; a bad one is
/// refused at its line and JSON path.
@Suite("Learning catalogue file")
struct LearningJSONTests {
    static let competencyIDs = Set(Fixtures.catalog.competencies.map(\.id))

    static func decode(_ text: String) throws -> LearningCatalogue {
        try LearningJSON.decode(Array(text.utf8), file: "learning.json", competencyIDs: competencyIDs)
    }

    static let valid = """
        {
          "version": "1.0",
          "currency": "GBP",
          "items": [
            {
              "id": "alpha-course",
              "title": "Alpha course",
              "provider": "Alpha Ltd",
              "format": "course",
              "hours": 7,
              "cost": { "perPerson": 400, "cohort": { "price": 1000, "size": 3 }, "indicative": true },
              "lifts": { "AA.X.1": 3 }
            }
          ]
        }
        """

    @Test("the shipped catalogue: three frameworks, public titles, indicative costs, every learning suggestion built")
    func shipped() throws {
        let directory = try FrameworkDirectory.load(from: Fixtures.frameworksDirectory)
        let learning = try #require(directory.learning)
        #expect(learning.languages == [.en, .nb])
        #expect(learning.currency == "GBP")
        #expect(learning.items.count >= 60)
        let titles = Set(learning.items.map(\.title))
        for title in ["PRINCE2 7 Foundation", "PRINCE2 7 Practitioner", "ICDL Workforce: IT Security", "Socitm Leadership Academy",
            "APM Project Fundamentals Qualification (PFQ)", "Digital Champion Essentials"]
        {
            #expect(titles.contains(title), "\(title)")
        }
        #expect(learning.items.contains { $0.localizedTitle[.nb].contains("digihjelp") })
        // Every priced external item says its price is indicative; in-house items at no cost need not.
        #expect(learning.items.filter { $0.cost.perPerson > 0 }.allSatisfy { $0.cost.isIndicative })
        for framework in directory.catalog.frameworks {
            #expect(framework.competencies.allSatisfy { !learning.items(lifting: $0.id).isEmpty }, "\(framework.id)")
        }
        #expect(LearningReview.review(learning, file: "learning.json", frameworks: directory.catalog.frameworks).isEmpty)
        // Each framework's learning suggestion is a catalogue item of its own title, or names a public course that is one.
        let englishTitles = Set(learning.items.map { $0.localizedTitle[.en] })
        let suggestions = directory.catalog.competencies.flatMap { $0.learning }
        let ownTitles = suggestions.filter(englishTitles.contains)
        #expect(ownTitles.count >= suggestions.count - 8)
    }

    @Test("a catalogue reads back equal after export, shipped one included")
    func roundTrip() throws {
        let directory = try FrameworkDirectory.load(from: Fixtures.frameworksDirectory)
        let learning = try #require(directory.learning)
        let ids = Set(directory.catalog.competencies.map(\.id))
        let text = JSONWriter.string(LearningJSON.encode(learning))
        #expect(try LearningJSON.decode(Array(text.utf8), file: "again.json", competencyIDs: ids) == learning)
        #expect(try Self.decode(Self.valid).items.first?.cost.cost(forPeople: 3) == 1_000)
    }

    @Test("every bad value is refused at its line and path, saying what to do", arguments: [
        ("\"hours\": 7", "\"hours\": -1", ":10: $.items[0].hours: hours must be from 0 to 2000"),
        ("\"format\": \"course\"", "\"format\": \"webinar\"", ":9: $.items[0].format: unknown format \"webinar\"; use one of course, e-learning"),
        ("\"AA.X.1\": 3", "\"ZZ.Q.1\": 3", ":12: $.items[0].lifts.ZZ.Q.1: unknown competency ZZ.Q.1"),
        ("\"AA.X.1\": 3", "\"AA.X.1\": 5", ":12: $.items[0].lifts.AA.X.1: the level an item lifts a person to is 1 to 4, not 5"),
        ("\"AA.X.1\": 3", "", ":12: $.items[0].lifts: name at least one competency"),
        ("\"currency\": \"GBP\"", "\"currency\": \"pounds\"", ":3: $.currency: \"pounds\" is not a currency code"),
        ("\"id\": \"alpha-course\"", "\"id\": \"Alpha Course\"", ":6: $.items[0].id: item id \"Alpha Course\" must be lower-case words"),
        ("\"size\": 3", "\"size\": 1", ":11: $.items[0].cost.cohort.size: a cohort is 2 to 1000 people, not 1"),
        ("\"perPerson\": 400", "\"perPerson\": 400.5", ":11: $.items[0].cost.perPerson: expected a whole number"),
        ("\"indicative\": true", "\"indicative\": \"yes\"", ":11: $.items[0].cost.indicative: expected true or false"),
        ("\"provider\": \"Alpha Ltd\"", "\"provider\": \"Alpha Ltd\", \"price\": 3", ":8: $.items[0].price: unknown member \"price\""),
        ("\"title\": \"Alpha course\"", "\"title\": { \"en\": \"Alpha\" }", ":7: $.items[0].title: this file is in en only"),
    ])
    func refusals(_ change: (String, String, String)) throws {
        let text = Self.valid.replacingOccurrences(of: change.0, with: change.1)
        #expect(text != Self.valid)
        do {
            _ = try Self.decode(text)
            Issue.record("accepted: \(change.1)")
        } catch let error as InputFileError {
            #expect(error.description.hasPrefix("learning.json" + change.2), "\(error.description)")
            #expect(error.kind == .invalidData)
        }
    }

    @Test("a second item with the same id names the first")
    func duplicateID() throws {
        let item = Self.valid.components(separatedBy: "\"items\": [")[1].components(separatedBy: "\n  ]")[0]
        let doubled = Self.valid.replacingOccurrences(of: item, with: item + "," + item)
        #expect(throws: InputFileError.self) { try Self.decode(doubled) }
        do {
            _ = try Self.decode(doubled)
        } catch let error as InputFileError {
            #expect(error.description.contains("$.items[1].id: item alpha-course is already defined at $.items[0]"))
        }
    }

    @Test("a bilingual catalogue takes a public title as one string and the tool's own as one per language")
    func titles() throws {
        let text = Self.valid.replacingOccurrences(of: "\"version\": \"1.0\",", with: "\"version\": \"1.0\", \"languages\": [\"en\", \"nb\"],")
        let catalogue = try Self.decode(text)
        #expect(catalogue.items[0].localizedTitle[.nb] == "Alpha course")
        let own = text.replacingOccurrences(of: "\"title\": \"Alpha course\"", with: "\"title\": { \"en\": \"Reading\", \"nb\": \"Lesing\" }")
        #expect(try Self.decode(own).items[0].localizedTitle[.nb] == "Lesing")
        let missing = text.replacingOccurrences(of: "\"title\": \"Alpha course\"", with: "\"title\": { \"en\": \"Reading\" }")
        #expect(throws: InputFileError.self) { try Self.decode(missing) }
    }

    @Test("review: a cohort never cheaper than its places, and a suggestion no item builds, are warnings")
    func review() throws {
        var catalogue = try Self.decode(Self.valid)
        catalogue.items[0].cost.cohort = .init(price: 1_200, size: 3)
        var framework = Fixtures.catalog.frameworks[1]
        framework.areas[0].competencies[0].learning = ["Read the beta book"]
        let findings = LearningReview.review(catalogue, file: "learning.json", frameworks: [framework])
        #expect(findings.count == 2)
        #expect(findings.allSatisfy { $0.severity == .warning })
        #expect(findings.map(\.path) == ["$.items[0].cost.cohort", "$.items"])
        #expect(findings[1].message.hasPrefix("BB.Y.1 has learning suggestions in BB"))
    }

    @Test("validation reads a catalogue next to the frameworks: ok line and the loader's errors")
    func validation() throws {
        let validation = try FrameworkValidation.run(
            [(Array(Self.valid.utf8), "mine.json")], shipped: FrameworkDirectory(catalog: Fixtures.catalog, rolesVersion: "t"))
        #expect(validation.text.hasPrefix("ok  mine.json: learning catalogue 1.0 (en), 1 items, costs in GBP\n"))
        #expect(!validation.hasErrors)
        let bad = Self.valid.replacingOccurrences(of: "\"AA.X.1\": 3", with: "\"PM.RISK.1\": 3")
        #expect(throws: InputFileError.self) {
            try FrameworkValidation.run([(Array(bad.utf8), "mine.json")], shipped: FrameworkDirectory(catalog: Fixtures.catalog, rolesVersion: "t"))
        }
    }
}
