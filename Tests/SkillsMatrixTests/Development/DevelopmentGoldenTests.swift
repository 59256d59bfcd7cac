import Foundation
import Testing
@testable import SkillsMatrix

/// Every new export against a golden file, from `DevelopmentFixture` with the clock pinned.
@Suite("Golden files: learning and development")
struct DevelopmentGoldenTests {
    let catalog = Fixtures.catalog
    let learning = DevelopmentFixture.learning

    @Test("training plan with a budget: text, CSV, CSV for Excel, JSON, Markdown")
    func trainingPlan() throws {
        let plan = DevelopmentFixture.trainingPlan
        try golden.check(TrainingPlanFormat.text(plan, catalog: catalog, learning: learning, language: .en), "training-plan.txt")
        try golden.check(try ByteOutput.text { try TrainingPlanFormat.csv(plan, catalog: catalog, learning: learning, to: &$0) }, "training-plan.csv")
        try golden.check(
            try ByteOutput.text { try TrainingPlanFormat.csv(plan, catalog: catalog, learning: learning, writer: CSVWriter(byteOrderMark: true), to: &$0) }, "training-plan-excel.csv")
        try golden.check(try ByteOutput.text { try TrainingPlanFormat.json(plan, catalog: catalog, learning: learning, to: &$0) }, "training-plan.json")
        try golden.check(try ByteOutput.text { try TrainingPlanFormat.markdown(plan, catalog: catalog, learning: learning, language: .en, to: &$0) }, "training-plan.md")
    }

    @Test("who knows what: text, CSV, JSON")
    func peopleSearch() throws {
        let result = DevelopmentFixture.peopleSearch
        try golden.check(PeopleSearchFormat.text(result, catalog: catalog, language: .en), "people.txt")
        try golden.check(try ByteOutput.text { try PeopleSearchFormat.csv(result, catalog: catalog, to: &$0) }, "people.csv")
        try golden.check(try ByteOutput.text { try PeopleSearchFormat.json(result, catalog: catalog, to: &$0) }, "people.json")
    }

    @Test("certificates expiring within 90 days: text, CSV, JSON")
    func certificates() throws {
        let report = DevelopmentFixture.certificateReport
        try golden.check(CertificateFormat.text(report, language: .en), "certificates.txt")
        try golden.check(try ByteOutput.text { try CertificateFormat.csv(report, to: &$0) }, "certificates.csv")
        try golden.check(try ByteOutput.text { try CertificateFormat.json(report, to: &$0) }, "certificates.json")
    }

    @Test("development plans: text, CSV, JSON")
    func plans() throws {
        let report = DevelopmentFixture.plansReport
        try golden.check(DevelopmentPlansFormat.text(report, catalog: catalog, learning: learning, language: .en), "plans.txt")
        try golden.check(try ByteOutput.text { try DevelopmentPlansFormat.csv(report, to: &$0) }, "plans.csv")
        try golden.check(try ByteOutput.text { try DevelopmentPlansFormat.json(report, learning: learning, to: &$0) }, "plans.json")
    }

    @Test("the learning catalogue exports to learning.json and reads back equal")
    func learningCatalogue() throws {
        let text = JSONWriter.string(LearningJSON.encode(learning))
        try golden.check(text, "learning.json")
        let competencyIDs = Set(catalog.competencies.map(\.id))
        #expect(try LearningJSON.decode(Array(text.utf8), file: "learning.json", competencyIDs: competencyIDs) == learning)
        try golden.check(LearningCatalogueFormat.text(learning, language: .en), "learning-list.txt")
    }
}
