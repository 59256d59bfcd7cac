import Foundation
import Testing
@testable import SkillsMatrix

/// A framework upgrade that rewords a competency's indicators flags the ratings made
/// against the older wording, wherever they are shown, until they are rated again.
@Suite("Re-rating after a change of wording")
struct WordingChangeTests {
    @Test("ratings made before the upgrade are flagged with their version; renamed-only competencies are not; re-rating clears it")
    func flaggedAcrossUpgrade() throws {
        let demo = try WorkspaceTests.makeDemo()
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let admin = try WorkspaceTests.open(demo.path, as: "root")
        var framework = try FrameworkImportTests.pm(admin)
        let oldVersion = framework.version
        framework.version = "9.0.0"
        let risk = try #require(framework.areas.indices.lazy.flatMap { area in
            framework.areas[area].competencies.indices.map { (area, $0) } }.first { framework.areas[$0.0].competencies[$0.1].id == "PM.RISK.1" })
        framework.areas[risk.0].competencies[risk.1].indicators[2] = "Runs the risk register for a whole programme"
        framework.areas[0].competencies[0].name = "Renamed only"
        let renamedID = framework.areas[0].competencies[0].id
        _ = try admin.importFramework(try FrameworkImportTests.bytes(framework), file: "pm.json", format: .json)

        let hr = try WorkspaceTests.open(demo.path, as: "pnair")
        let index = try hr.competencyIndex("PM.RISK.1")
        #expect(hr.catalog.wordingChanges(ofCompetency: index).map(\.fromVersion) == [oldVersion])
        #expect(hr.catalog.wordingChanges(ofCompetency: try hr.competencyIndex(renamedID)).isEmpty)
        // Everyone whose effective PM.RISK.1 rating predates the upgrade is flagged with the old version.
        var flagged: [String] = []
        for person in try hr.staff() {
            let report = try hr.gapReport(for: person.login)
            guard let requirement = report.requirements.first(where: { $0.competency == index }), requirement.effectiveRating != nil else { continue }
            #expect(hr.catalog.ratedAgainstVersion(ofCompetency: index, change: requirement.outdatedWording) == oldVersion)
            #expect(GapReportFormat.text(report, catalog: hr.catalog, language: .en).contains("rated against \(oldVersion)"))
            #expect(GapReportFormat.text(report, catalog: hr.catalog, language: .nb).contains("vurdert mot \(oldVersion)"))
            flagged.append(person.login)
        }
        let login = try #require(flagged.first)
        // In the training needs (CSV's last column) too.
        let csv = ByteOutput.text { try? TrainingNeedsFormat.csv(try hr.trainingNeeds(includeUnrated: true), catalog: hr.catalog, to: &$0) }
        #expect(csv.split(separator: "\r\n").contains { $0.hasPrefix("PM.RISK.1,") && $0.hasSuffix(",\(oldVersion)") })
        // The person's walk-through offers it first; rating it again clears the flag.
        let person = try WorkspaceTests.open(demo.path, as: login)
        let walkthrough = try person.walkthrough(.role)
        if walkthrough.steps.contains(where: { $0.competency == index && $0.ratings?.selfRating != nil }) {
            let first = try #require(walkthrough.rerate.first)
            #expect(walkthrough.steps[first].ratedAgainstVersion == oldVersion)
        }
        let target = try #require(try person.gapReport().requirements.first { $0.competency == index })
        if target.effectiveTrack == .selfAssessment {
            try person.rate(competencyID: "PM.RISK.1", level: 3)
            #expect(try person.gapReport().requirements.first { $0.competency == index }?.outdatedWording == nil)
        }
        // The history of the reworded competency is kept.
        #expect(try hr.allRatingEvents().contains { $0.competencyID == "PM.RISK.1" && $0.frameworkVersion == oldVersion })
    }
}
