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
        try Golden.check((try ByteOutput.text { try TrainingNeedsFormat.csv(report, catalog: catalog, to: &$0) }), "training-needs.csv")
        try Golden.check((try ByteOutput.text { try TrainingNeedsFormat.csv(report, catalog: catalog, writer: CSVWriter(byteOrderMark: true), to: &$0) }), "training-needs-excel.csv")
        try Golden.check((try ByteOutput.text { try TrainingNeedsFormat.json(report, catalog: catalog, to: &$0) }), "training-needs.json")
        try Golden.check((try ByteOutput.text { try TrainingNeedsFormat.markdown(report, catalog: catalog, to: &$0) }), "training-needs.md")
    }

    @Test("heatmap pictures: HTML and SVG")
    func heatmap() throws {
        try Golden.check(HeatmapHTML.render(ReportFixture.heatmap, catalog: catalog, now: Fixtures.now), "heatmap.html")
        try Golden.check(HeatmapSVG.render(ReportFixture.heatmap, catalog: catalog, now: Fixtures.now), "heatmap.svg")
        try Golden.check((try ByteOutput.text { try HeatmapFormat.csv(ReportFixture.heatmap, catalog: catalog, to: &$0) }), "heatmap.csv")
    }

    @Test("rating events: CSV and JSON")
    func ratings() throws {
        try Golden.check((try ByteOutput.text { try RatingExportFormat.csv(ReportFixture.events, to: &$0) }), "ratings.csv")
        try Golden.check((try ByteOutput.text { try RatingExportFormat.json(ReportFixture.events, to: &$0) }), "ratings.json")
    }

    @Test("framework exports: Moodle CSV, CASE, JSON")
    func frameworks() throws {
        let framework = catalog.frameworks[0]
        for format in FrameworkFormat.allCases {
            try Golden.check(
                try FrameworkInterchange.encode(framework, format: format, lastChange: Fixtures.now), "framework-AA.\(format.rawValue).\(format.fileExtension)")
        }
    }
}
