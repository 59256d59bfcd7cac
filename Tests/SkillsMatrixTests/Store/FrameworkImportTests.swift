import Foundation
import Testing
@testable import SkillsMatrix

@Suite("Framework import into the database")
struct FrameworkImportTests {
    static func pm(_ workspace: Workspace) throws -> Framework { try #require(workspace.catalog.framework("PM")) }

    static func bytes(_ framework: Framework, _ format: FrameworkFormat = .json) throws -> [UInt8] {
        Array(try FrameworkInterchange.encode(framework, format: format, lastChange: Fixtures.now).utf8)
    }

    @Test("a new version is installed with an audit row; dropped competencies are retired, ratings kept")
    func newVersion() throws {
        let demo = try WorkspaceTests.makeDemo()
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let admin = try WorkspaceTests.open(demo.path, as: "root")
        var framework = try Self.pm(admin)
        framework.version = "1.1.0"
        framework.areas[0].competencies[0].name = "Business case (renamed)"
        // PM.GOV.3 is required by no role profile, so it may go.
        #expect(!admin.catalog.roles.contains { $0.requirements.contains { $0.competencyID == "PM.GOV.3" } })
        framework.areas[0].competencies.removeAll { $0.id == "PM.GOV.3" }
        let eventsBefore = try admin.store.ratingEventCount()
        let plan = try admin.importFramework(try Self.bytes(framework, .caseJSON), file: "pm.json", format: .caseJSON)
        #expect(plan.retired == ["PM.GOV.3"])
        #expect(plan.changed == ["PM.GOV.1"])
        let reopened = try WorkspaceTests.open(demo.path, as: "root")
        #expect(reopened.catalog.framework("PM") == framework)
        #expect(reopened.catalog.competency("PM.GOV.3") == nil)
        #expect(try reopened.store.ratingEventCount() == eventsBefore)
        let audit = try #require(try reopened.store.auditEntries(limit: 1).first)
        #expect(audit.action == "import framework")
        #expect(audit.subject == "PM 1.1.0")
        // Importing the same file again changes nothing.
        let again = try reopened.importFramework(try Self.bytes(framework, .caseJSON), file: "pm.json", format: .caseJSON)
        #expect(again.isUnchanged)
        #expect(try reopened.store.auditEntries(limit: 1).first == audit)
    }

    @Test("refusals: same version with other content, a dropped required competency, a non-admin")
    func refusals() throws {
        let demo = try WorkspaceTests.makeDemo()
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let admin = try WorkspaceTests.open(demo.path, as: "root")
        let original = try Self.pm(admin)
        var sameVersion = original
        sameVersion.name = "Project Management (edited)"
        #expect(performing: { try admin.importFramework(try Self.bytes(sameVersion), file: "pm.json", format: .json) },
                throws: { "\($0)".contains("already installed with different content") && ($0 as? SkillsError)?.kind == .invalidData })
        var dropsRequired = original
        dropsRequired.version = "2.0.0"
        dropsRequired.areas[2].competencies.removeAll { $0.id == "PM.RISK.1" }
        #expect(performing: { try admin.importFramework(try Self.bytes(dropsRequired), file: "pm.json", format: .json) },
                throws: { "\($0)".contains("drops PM.RISK.1 (required by project-manager, project-support-officer)") })
        let staff = try WorkspaceTests.open(demo.path, as: "apatel")
        #expect(performing: { try staff.importFramework(try Self.bytes(dropsRequired), file: "pm.json", format: .json) },
                throws: { $0 is AccessDenied })
        #expect(try WorkspaceTests.open(demo.path, as: "root").catalog.framework("PM") == original)
    }

    @Test("an older version, or a version that ratings already record, is refused and nothing is written")
    func versionOrder() throws {
        let demo = try WorkspaceTests.makeDemo()
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let admin = try WorkspaceTests.open(demo.path, as: "root")
        let original = try Self.pm(admin)
        #expect(try admin.store.ratedFrameworkVersions("PM") == ["1.0.0"])
        var older = original
        older.version = "0.9.0"
        older.name = "Project Management (draft)"
        var fingerprint = try DatabaseFingerprint.of(demo.path)
        #expect(throws: SkillsError.frameworkUpgrade(file: "pm.json", .older(framework: "PM", version: "0.9.0", installed: "1.0.0", above: "1.0.0"))) {
            try admin.importFramework(try Self.bytes(older), file: "pm.json", format: .json)
        }
        #expect(try DatabaseFingerprint.of(demo.path) == fingerprint)
        // A database where 0.9.0 was once installed over 1.0.0: 1.0.0 is newer, but ratings
        // recorded against 1.0.0 would then point at other content.
        try admin.store.installFramework(older, actor: "root", actingAs: "root", detail: "test", now: Fixtures.now)
        var changed = original
        changed.name = "Project Management (changed)"
        fingerprint = try DatabaseFingerprint.of(demo.path)
        let legacy = try WorkspaceTests.open(demo.path, as: "root")
        #expect(throws: SkillsError.frameworkUpgrade(file: "pm.json", .versionAlreadyRated(framework: "PM", version: "1.0.0", above: "1.0.0"))) {
            try legacy.importFramework(try Self.bytes(changed), file: "pm.json", format: .json)
        }
        #expect(try DatabaseFingerprint.of(demo.path) == fingerprint)
        changed.version = "1.10.0"
        #expect(try legacy.importFramework(try Self.bytes(changed), file: "pm.json", format: .json).summary.hasPrefix("Upgraded PM 0.9.0 -> 1.10.0:"))
        changed.version = "1.9.0"
        #expect(throws: SkillsError.frameworkUpgrade(file: "pm.json", .older(framework: "PM", version: "1.9.0", installed: "1.10.0", above: "1.10.0"))) {
            try legacy.importFramework(try Self.bytes(changed), file: "pm.json", format: .json)
        }
    }

    @Test("version order: numbers part by part, then text", arguments: [
        ("1.9.0", "1.10.0"), ("1.0.0", "2"), ("0.9", "0.10"), ("1.0", "1.0.0"), ("1.0.0-beta", "1.0.1"), ("2024a", "2024b"),
        ("1.99999999999999999999", "1.100000000000000000000"),
    ])
    func versionStrings(older: String, newer: String) {
        #expect(VersionOrder.isOlder(older, than: newer))
        #expect(!VersionOrder.isOlder(newer, than: older))
        #expect(!VersionOrder.isOlder(newer, than: newer))
    }

    @Test("an unknown framework id is refused with the ids there are, for export and walk-through alike")
    func unknownFramework() throws {
        let demo = try WorkspaceTests.makeDemo()
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let workspace = try WorkspaceTests.open(demo.path, as: "wli")
        let refusal = SkillsError.unknownFramework("XX", known: ["DI", "PM", "SL"])
        #expect(refusal.description == "unknown framework XX: use one of DI, PM, SL")
        #expect(throws: refusal) { try workspace.exportFramework("XX", format: .json) }
        #expect(throws: refusal) { try workspace.walkthrough(.framework("XX")) }
    }

    @Test("a framework with a new id is added after the others")
    func newFramework() throws {
        let demo = try WorkspaceTests.makeDemo()
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let admin = try WorkspaceTests.open(demo.path, as: "root")
        var framework = try Self.pm(admin)
        framework.id = "QA"
        framework.name = "Quality"
        framework.areas = framework.areas.prefix(1).map { area in
            CompetencyArea(
                id: "QA.GOV", name: area.name, description: area.description,
                competencies: area.competencies.map { competency in
                    var copy = competency
                    copy.id = competency.id.replacingOccurrences(of: "PM.", with: "QA.")
                    return copy
                })
        }
        try admin.importFramework(try Self.bytes(framework, .moodleCSV), file: "qa.csv", format: .moodleCSV)
        let reopened = try WorkspaceTests.open(demo.path, as: "root")
        #expect(reopened.catalog.frameworks.map(\.id) == ["DI", "PM", "SL", "QA"])
        #expect(reopened.catalog.framework("QA") == framework)
    }
}
