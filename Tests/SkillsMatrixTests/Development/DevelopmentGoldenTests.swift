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
        try Golden.check(TrainingPlanFormat.text(plan, catalog: catalog, learning: learning), "training-plan.txt")
        try Golden.check(TrainingPlanFormat.csv(plan, catalog: catalog, learning: learning), "training-plan.csv")
        try Golden.check(
            TrainingPlanFormat.csv(plan, catalog: catalog, learning: learning, writer: CSVWriter(byteOrderMark: true)), "training-plan-excel.csv")
        try Golden.check(TrainingPlanFormat.json(plan, catalog: catalog, learning: learning), "training-plan.json")
        try Golden.check(TrainingPlanFormat.markdown(plan, catalog: catalog, learning: learning), "training-plan.md")
    }

    @Test("who knows what: text, CSV, JSON")
    func peopleSearch() throws {
        let result = DevelopmentFixture.peopleSearch
        try Golden.check(PeopleSearchFormat.text(result, catalog: catalog), "people.txt")
        try Golden.check(PeopleSearchFormat.csv(result, catalog: catalog), "people.csv")
        try Golden.check(PeopleSearchFormat.json(result, catalog: catalog), "people.json")
    }

    @Test("certificates expiring within 90 days: text, CSV, JSON")
    func certificates() throws {
        let report = DevelopmentFixture.certificateReport
        try Golden.check(CertificateFormat.text(report), "certificates.txt")
        try Golden.check(CertificateFormat.csv(report), "certificates.csv")
        try Golden.check(CertificateFormat.json(report), "certificates.json")
    }

    @Test("development plans: text, CSV, JSON")
    func plans() throws {
        let report = DevelopmentFixture.plansReport
        try Golden.check(DevelopmentPlansFormat.text(report, catalog: catalog, learning: learning), "plans.txt")
        try Golden.check(DevelopmentPlansFormat.csv(report), "plans.csv")
        try Golden.check(DevelopmentPlansFormat.json(report, learning: learning), "plans.json")
    }

    @Test("the learning catalogue exports to learning.json and reads back equal")
    func learningCatalogue() throws {
        let text = JSONWriter.string(LearningJSON.encode(learning))
        try Golden.check(text, "learning.json")
        let competencyIDs = Set(catalog.competencies.map(\.id))
        #expect(try LearningJSON.decode(Array(text.utf8), file: "learning.json", competencyIDs: competencyIDs) == learning)
        try Golden.check(LearningCatalogueFormat.text(learning), "learning-list.txt")
    }
}
