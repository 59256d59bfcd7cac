import Foundation
@testable import SkillsMatrix
import TestSupport

/// The golden files of exports and error messages (see `GoldenFiles`).
let golden = GoldenFiles("Tests/SkillsMatrixTests/Golden")

/// Small, hand-made data for tests whose expected numbers are worked out by hand.
enum Fixtures {
    static let repositoryRoot = Repository.root
    static let frameworksDirectory = repositoryRoot.appendingPathComponent("frameworks")
    static let demoDirectory = repositoryRoot.appendingPathComponent("seeds/demo")

    static let now = Date(timeIntervalSince1970: 1_790_000_000)

    static func daysAgo(_ days: Double) -> Date { now.addingTimeInterval(-days * 86_400) }

    static let scale = ProficiencyScale(levels: ["None", "Aware", "Working", "Practitioner", "Expert"].enumerated().map {
        ScaleLevel(level: $0.offset, label: $0.element, descriptor: "\($0.element) descriptor")
    })

    static func competency(_ id: String) -> Competency {
        Competency(id: id, name: "Name of \(id)", description: "About \(id)", indicators: ["one", "two", "three", "four"])
    }

    /// Framework AA (review every 365 days): AA.X.1, AA.X.2, AA.X.3; framework BB (730 days): BB.Y.1.
    static let catalog: Catalog = {
        let first = Framework(
            id: "AA", name: "Alpha", version: "1.0", description: "First", reviewIntervalDays: 365, scale: scale,
            areas: [CompetencyArea(id: "AA.X", name: "X", description: "x", competencies: ["AA.X.1", "AA.X.2", "AA.X.3"].map(competency))])
        let second = Framework(
            id: "BB", name: "Beta", version: "2.0", description: "Second", reviewIntervalDays: 730, scale: scale,
            areas: [CompetencyArea(id: "BB.Y", name: "Y", description: "y", competencies: [competency("BB.Y.1")])])
        let analyst = RoleProfile(
            id: "analyst", name: "Analyst", description: "",
            requirements: [
                Requirement(competencyID: "AA.X.1", target: 3, weight: 3),
                Requirement(competencyID: "AA.X.2", target: 2, weight: 1),
                Requirement(competencyID: "BB.Y.1", target: 4, weight: 2),
            ])
        let helper = RoleProfile(
            id: "helper", name: "Helper", description: "", requirements: [Requirement(competencyID: "AA.X.1", target: 2, weight: 2)])
        return Catalog(frameworks: [first, second], roles: [analyst, helper])
    }()

    /// Framework AA of `catalog` with Norwegian Bokmål beside its English text.
    static let bilingualFramework: Framework = {
        var framework = catalog.frameworks[0].localized(.nb)
        framework.languages = [.en, .nb]
        framework.name = "Alfa"
        framework.description = "Første"
        for (index, label) in ["Ingen", "Grunnleggende", "Selvstendig", "Avansert", "Ekspert"].enumerated() {
            framework.scale.levels[index].label = label
            framework.scale.levels[index].descriptor = "Beskrivelse av \(label.lowercased())"
        }
        framework.areas[0].name = "X på norsk"
        framework.areas[0].description = "x på norsk"
        for index in framework.areas[0].competencies.indices {
            let id = framework.areas[0].competencies[index].id
            framework.areas[0].competencies[index].name = "Navn på \(id)"
            framework.areas[0].competencies[index].description = "Om \(id): æ, ø og å"
            framework.areas[0].competencies[index].indicators = ["én", "to", "tre", "fire"]
        }
        return framework.localized(.en)
    }()

    static func index(_ id: String) -> Int { catalog.competencyIndex(of: id)! }

    static func person(_ login: String, team: String = "team", role: String = "analyst") -> Person {
        Person(login: login, name: login.capitalized, teamID: team, roleID: role)
    }

    static func rating(_ id: String, self selfLevel: Int? = nil, lead leadLevel: Int? = nil, selfAge: Double = 10, leadAge: Double = 5)
        -> CompetencyRating
    {
        CompetencyRating(
            competency: index(id),
            selfRating: selfLevel.map { Rating(level: $0, ratedAt: daysAgo(selfAge)) },
            leadRating: leadLevel.map { Rating(level: $0, ratedAt: daysAgo(leadAge)) })
    }

    static func assess(_ person: Person, _ ratings: [CompetencyRating]) -> PersonAssessment {
        Scoring.assess(person, ratings: ratings, catalog: catalog, now: now)
    }

    /// A fresh temporary folder, removed by the caller's `defer`.
    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("skills-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
