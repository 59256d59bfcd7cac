import Foundation
import Testing
@testable import SkillsMatrix

/// A database made with the 1.0.0 content (kept in `Fixtures/content-1.0.0`) moves to the
/// shipped content through the tool's own import, as an administrator would do it.
@Suite("Upgrading a 1.0.0 database to the shipped content")
struct ContentUpgradeTests {
    static let oldContent = Fixtures.repositoryRoot.appendingPathComponent("Tests/SkillsMatrixTests/Fixtures/content-1.0.0")

    static func makeOldDemo() throws -> (folder: URL, path: String) {
        let folder = Fixtures.temporaryDirectory()
        let path = folder.appendingPathComponent("old.sqlite").path
        _ = try Workspace.create(
            databaseAt: path, frameworks: try FrameworkDirectory.load(from: oldContent.appendingPathComponent("frameworks")),
            demoDirectory: oldContent.appendingPathComponent("seeds/demo"), login: "root", clock: { Fixtures.now })
        return (folder, path)
    }

    static func shippedFiles() throws -> [FrameworkImportFile] {
        try ["di.json", "pm.json", "roles.json", "sl.json"].map { name in
            FrameworkImportFile(bytes: try InputFile.read(Fixtures.frameworksDirectory.appendingPathComponent(name).path), file: name)
        }
    }

    @Test("frameworks and roles move to 2.0.0 in one go; 1.0.0 ratings stay in the history; a new rating records 2.0.0")
    func upgrade() throws {
        let demo = try Self.makeOldDemo()
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let admin = try WorkspaceTests.open(demo.path, as: "root")
        #expect(admin.catalog.frameworks.map(\.version) == ["1.0.0", "1.0.0", "1.0.0"])
        let eventsBefore = try admin.allRatingEvents()
        #expect(eventsBefore.count == 359)
        // The frameworks alone are refused: the 1.0.0 roles still require what 2.0.0 retires.
        #expect(performing: { try admin.importFrameworks(try Self.shippedFiles().filter { $0.file != "roles.json" }) },
                throws: { "\($0)".contains("drops SL.PEO.3 (required by team-leader)") })

        let plan = try admin.importFrameworks(try Self.shippedFiles())
        #expect(plan.frameworks.map(\.framework.id) == ["DI", "PM", "SL"])
        #expect(plan.frameworks.map(\.retired) == [["DI.CAP.2"], [], ["SL.STR.2", "SL.GOV.2", "SL.SRC.2", "SL.PEO.3"]])
        #expect(plan.frameworks[1].added == ["PM.GOV.5", "PM.PLAN.6", "PM.PLAN.7", "PM.TEAM.1", "PM.TEAM.2", "PM.TEAM.3"])
        #expect(plan.roles?.added == ["project-owner", "project-coordinator", "it-service-representative"])
        #expect(plan.roles?.removed == [])

        let shipped = try FrameworkDirectory.load(from: Fixtures.frameworksDirectory).catalog
        let upgraded = try WorkspaceTests.open(demo.path, as: "root")
        #expect(upgraded.catalog.frameworks == shipped.frameworks)
        #expect(upgraded.catalog.roles == shipped.roles)
        // Every event is still there, with the version it was made against.
        let eventsAfter = try upgraded.allRatingEvents()
        #expect(eventsAfter == eventsBefore)
        #expect(eventsAfter.allSatisfy { $0.frameworkVersion == "1.0.0" })
        #expect(eventsAfter.contains { $0.competencyID == "SL.PEO.3" })
        // People keep their roles and are assessed against the new requirements.
        let lead = try WorkspaceTests.open(demo.path, as: "rdunn")
        let report = try lead.gapReport()
        #expect(report.person.roleID == "team-leader")
        let required = Set(report.requirements.map { lead.catalog.competencies[$0.competency].id })
        #expect(required.contains("SL.PEO.2"))
        #expect(!required.contains("SL.PEO.3"))
        // A rating made now records the new version.
        let event = try lead.rate(competencyID: "SL.PEO.2", level: 2)
        #expect(event.frameworkVersion == "2.0.0")
        // The same files again change nothing.
        #expect(try WorkspaceTests.open(demo.path, as: "root").importFrameworks(try Self.shippedFiles()).isUnchanged)
    }
}
