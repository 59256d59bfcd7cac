import Foundation
import Testing
@testable import SkillsMatrix

/// Every export format against a golden file, from `ReportFixture` with the clock pinned.
@Suite("Golden files")
struct GoldenFileTests {
    let catalog = Fixtures.catalog

    @Test("training needs: CSV, CSV for Excel, JSON, Markdown")
    func trainingNeeds() throws {
        let report = ReportFixture.trainingNeeds
        try golden.check((try ByteOutput.text { try TrainingNeedsFormat.csv(report, catalog: catalog, to: &$0) }), "training-needs.csv")
        try golden.check((try ByteOutput.text { try TrainingNeedsFormat.csv(report, catalog: catalog, writer: CSVWriter(byteOrderMark: true), to: &$0) }), "training-needs-excel.csv")
        try golden.check((try ByteOutput.text { try TrainingNeedsFormat.json(report, catalog: catalog, to: &$0) }), "training-needs.json")
        try golden.check((try ByteOutput.text { try TrainingNeedsFormat.markdown(report, catalog: catalog, language: .en, to: &$0) }), "training-needs.md")
    }

    /// The fixture catalog with framework AA and the analyst's role in English and Bokmål,
    /// as the shipped ones are (the helper's role stays English only).
    static let bilingualCatalog = Catalog(
        frameworks: [Fixtures.bilingualFramework] + Fixtures.catalog.frameworks.dropFirst(),
        roles: Fixtures.catalog.roles.map { role in
            var role = role
            if role.id == "analyst" { role.localizedName[.nb] = "Analytiker" }
            return role
        })

    /// Every text report on the report fixture, one after another, in `language`.
    static func textReports(in language: Language) throws -> String {
        let catalog = bilingualCatalog
        let assessments = ReportFixture.assessments
        let team = ReportFixture.team
        let coverage = Scoring.coverage(teamID: team.id, members: assessments)
        let calibration = Scoring.calibration(teamID: team.id, memberRatings: Array(ReportFixture.ratings.values))
        let impact = Scoring.impactOfLeaving("abjornstad", teamID: team.id, members: assessments)
        let sections = [
            GapReportFormat.text(assessments, catalog: catalog, language: language),
            HeatmapFormat.text(ReportFixture.heatmap, catalog: catalog, language: language),
            CoverageFormat.text(coverage, team: team, calibration: calibration, impact: impact, catalog: catalog, language: language),
            TrainingNeedsFormat.text(ReportFixture.trainingNeeds, catalog: catalog, language: language),
            try ByteOutput.text { try TrainingNeedsFormat.markdown(ReportFixture.trainingNeeds, catalog: catalog, language: language, to: &$0) },
            CatalogFormat.frameworkList(catalog, language: language),
            CatalogFormat.framework(catalog.frameworks[0], language: language),
            CatalogFormat.competency(catalog.frameworks[0].competencies[0], framework: catalog.frameworks[0], roles: catalog.roles, language: language),
            CatalogFormat.staff(ReportFixture.people, teams: TeamTree([team]), catalog: catalog, language: language),
        ]
        return sections.joined(separator: "\n----\n")
    }

    @Test("text reports in each language: words, numbers and dates from the language's catalogue, names in the engine's one order", arguments: Language.allCases)
    func textReports(language: Language) throws {
        try golden.check(try Self.textReports(in: language), "reports.\(language.code).txt")
    }

    @Test("review cycle reports: completion, trend and calibration in text, CSV and JSON")
    func cycleReports() throws {
        let completion = ReportFixture.completion
        try golden.check(CompletionFormat.text(completion, language: .en), "completion.txt")
        try golden.check((try ByteOutput.text { try CompletionFormat.csv(completion, to: &$0) }), "completion.csv")
        try golden.check((try ByteOutput.text { try CompletionFormat.json(completion, to: &$0) }), "completion.json")
        let trend = ReportFixture.trend
        try golden.check(TrendFormat.text(trend, catalog: catalog, language: .en), "trend.txt")
        try golden.check((try ByteOutput.text { try TrendFormat.csv(trend, to: &$0) }), "trend.csv")
        try golden.check((try ByteOutput.text { try TrendFormat.json(trend, to: &$0) }), "trend.json")
        try golden.check(TrendHTML.render(trend), "trend.html")
        try golden.check(TrendHTML.render(trend, language: .nb), "trend.nb.html")
        let calibration = ReportFixture.calibration
        try golden.check(CalibrationFormat.text(calibration, language: .en), "calibration.txt")
        try golden.check((try ByteOutput.text { try CalibrationFormat.csv(calibration, to: &$0) }), "calibration.csv")
        try golden.check((try ByteOutput.text { try CalibrationFormat.json(calibration, to: &$0) }), "calibration.json")
    }

    @Test("heatmap pictures: HTML and SVG, the English as before and the Norwegian its own")
    func heatmap() throws {
        try golden.check(HeatmapHTML.render(ReportFixture.heatmap, catalog: catalog, now: Fixtures.now), "heatmap.html")
        try golden.check(HeatmapSVG.render(ReportFixture.heatmap, catalog: catalog, now: Fixtures.now), "heatmap.svg")
        let bilingual = Self.bilingualCatalog
        try golden.check(HeatmapHTML.render(ReportFixture.heatmap, catalog: bilingual, now: Fixtures.now, language: .nb), "heatmap.nb.html")
        try golden.check(HeatmapSVG.render(ReportFixture.heatmap, catalog: bilingual, now: Fixtures.now, language: .nb), "heatmap.nb.svg")
        try golden.check((try ByteOutput.text { try HeatmapFormat.csv(ReportFixture.heatmap, catalog: catalog, to: &$0) }), "heatmap.csv")
    }

    @Test("rating events: CSV and JSON")
    func ratings() throws {
        try golden.check((try ByteOutput.text { try RatingExportFormat.csv(ReportFixture.events, to: &$0) }), "ratings.csv")
        try golden.check((try ByteOutput.text { try RatingExportFormat.json(ReportFixture.events, to: &$0) }), "ratings.json")
    }

    @Test("framework exports: Moodle CSV, CASE, JSON")
    func frameworks() throws {
        let framework = catalog.frameworks[0]
        for format in FrameworkFormat.allCases {
            try golden.check(
                try FrameworkInterchange.encode(framework, format: format, lastChange: Fixtures.now), "framework-AA.\(format.rawValue).\(format.fileExtension)")
        }
    }

    @Test("framework exports in each language: the English file is as before, the Norwegian its own; both read back byte-stable")
    func frameworksByLanguage() throws {
        let framework = Fixtures.bilingualFramework
        for format in FrameworkFormat.allCases {
            for language in Language.allCases {
                let text = try FrameworkInterchange.encode(framework, format: format, language: language, lastChange: Fixtures.now)
                let name = "framework-AA\(language == .en ? "" : "." + language.code).\(format.rawValue).\(format.fileExtension)"
                try golden.check(text, name)
                let imported = try FrameworkInterchange.decode(Array(text.utf8), file: name, format: format)
                #expect(imported == framework.restricted(to: language), "\(name)")
                #expect(try FrameworkInterchange.encode(imported, format: format, language: language, lastChange: Fixtures.now) == text)
            }
        }
        let both = try FrameworkInterchange.encode(framework, format: .json, lastChange: Fixtures.now)
        try golden.check(both, "framework-AA.en-nb.json.json")
        #expect(try FrameworkInterchange.decode(Array(both.utf8), file: "both.json", format: .json) == framework)
    }
}
