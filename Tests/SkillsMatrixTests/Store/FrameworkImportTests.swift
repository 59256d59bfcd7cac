import Foundation
import Testing
@testable import SkillsMatrix

@Suite("Framework import into the database (SQLite and PostgreSQL)")
struct FrameworkImportTests {
    static func pm(_ workspace: Workspace) throws -> Framework { try #require(workspace.catalog.framework("PM")) }

    static func bytes(_ framework: Framework, _ format: FrameworkFormat = .json) throws -> [UInt8] {
        Array(try FrameworkInterchange.encode(framework, format: format, lastChange: Fixtures.now).utf8)
    }

    /// The installed role profiles as a roles file in English and Bokmål, as the shipped one is, with `edit` applied.
    static func rolesFile(_ workspace: Workspace, version: String = "2.1.0", _ edit: (inout [RoleProfile]) -> Void = { _ in }) -> [UInt8] {
        var roles = workspace.catalog.roles
        edit(&roles)
        let texts = FrameworkJSON.TextWriter(languages: [.en, .nb])
        let document: JSONValue = [
            "version": .string(version),
            "languages": ["en", "nb"],
            "roles": .array(roles.map { role in
                [
                    "id": .string(role.id), "name": texts.value(role.localizedName), "description": texts.value(role.localizedDescription),
                    "requirements": .array(role.requirements.map { ["competency": .string($0.competencyID), "target": .int($0.target), "weight": .int($0.weight)] }),
                ]
            }),
        ]
        return Array(JSONWriter.string(document).utf8)
    }

    @Test("a new version and new roles go in together, with an audit row each; dropped competencies are retired, ratings kept", arguments: Backend.allCases)
    func newVersionWithRoles(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let admin = try WorkspaceTests.open(demo.path, as: "root")
        var framework = try Self.pm(admin)
        framework.version = "2.1.0"
        framework.areas[0].competencies[0].name = "Business case (renamed)"
        framework.areas[0].competencies.removeAll { $0.id == "PM.GOV.3" }
        // The project owner requires PM.GOV.3: the framework alone is refused ...
        #expect(performing: { try admin.importFramework(try Self.bytes(framework), file: "pm.json", format: .json) },
                throws: { "\($0)".contains("drops PM.GOV.3 (required by project-owner)") })
        // ... and accepted with a roles file that no longer requires it.
        let roles = Self.rolesFile(admin) { roles in
            for index in roles.indices { roles[index].requirements.removeAll { $0.competencyID == "PM.GOV.3" } }
        }
        let eventsBefore = try admin.store.ratingEventCount()
        #expect(try admin.allRatingEvents().contains { $0.competencyID == "PM.GOV.3" })
        let plan = try admin.importFrameworks([
            FrameworkImportFile(bytes: try Self.bytes(framework), file: "pm.json"), FrameworkImportFile(bytes: roles, file: "roles.json"),
        ])
        #expect(plan.frameworks.map(\.retired) == [["PM.GOV.3"]])
        #expect(plan.frameworks.map(\.changed) == [["PM.GOV.1"]])
        #expect(plan.roles?.changed == ["project-owner"])
        #expect(plan.roles?.summary == "Role profiles from roles.json (2.1.0): 10 profiles; 0 added, 1 changed, 0 removed")
        let reopened = try WorkspaceTests.open(demo.path, as: "root")
        #expect(reopened.catalog.framework("PM") == framework)
        #expect(reopened.catalog.competency("PM.GOV.3") == nil)
        #expect(try reopened.store.ratingEventCount() == eventsBefore)
        #expect(try reopened.allRatingEvents().contains { $0.competencyID == "PM.GOV.3" })
        #expect(try reopened.store.meta("roles_version") == "2.1.0")
        let audit = try reopened.store.auditEntries(limit: 2)
        #expect(audit.map(\.action) == ["import roles", "import framework"])
        #expect(audit.map(\.subject) == ["roles 2.1.0", "PM 2.1.0"])
        // Importing the same files again changes nothing.
        let again = try reopened.importFrameworks([
            FrameworkImportFile(bytes: try Self.bytes(framework), file: "pm.json"), FrameworkImportFile(bytes: roles, file: "roles.json"),
        ])
        #expect(again.isUnchanged)
        #expect(try reopened.store.auditEntries(limit: 2) == audit)
    }

    @Test("refusals: same version with other content, a dropped required competency, a non-admin", arguments: Backend.allCases)
    func refusals(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let admin = try WorkspaceTests.open(demo.path, as: "root")
        let original = try Self.pm(admin)
        var sameVersion = original
        sameVersion.name = "Project Management (edited)"
        #expect(performing: { try admin.importFramework(try Self.bytes(sameVersion), file: "pm.json", format: .json) },
                throws: { "\($0)".contains("already installed with different content") && ($0 as? SkillsError)?.kind == .invalidData })
        var dropsRequired = original
        dropsRequired.version = "3.0.0"
        dropsRequired.areas[2].competencies.removeAll { $0.id == "PM.RISK.1" }
        #expect(throws: SkillsError.catalogImport(file: "pm.json", .dropsRequired(framework: "PM", version: "3.0.0", required: [
            .init(competency: "PM.RISK.1", roles: ["project-manager", "project-coordinator", "project-support-officer", "senior-systems-development-officer"])
        ]))) { try admin.importFramework(try Self.bytes(dropsRequired), file: "pm.json", format: .json) }
        let staff = try WorkspaceTests.open(demo.path, as: "apatel")
        #expect(performing: { try staff.importFramework(try Self.bytes(dropsRequired), file: "pm.json", format: .json) },
                throws: { $0 is AccessDenied })
        #expect(try WorkspaceTests.open(demo.path, as: "root").catalog.framework("PM") == original)
    }

    @Test("a roles file is refused, with nothing changed, when a role requires a competency no framework has or drops a role people hold", arguments: Backend.allCases)
    func rolesRefusals(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let admin = try WorkspaceTests.open(demo.path, as: "root")
        let fingerprint = try DatabaseFingerprint.of(demo.path)
        let unknown = Self.rolesFile(admin) { roles in roles[0].requirements.append(Requirement(competencyID: "PM.RISK.9", target: 2, weight: 1)) }
        #expect(performing: { try admin.importFrameworks([FrameworkImportFile(bytes: unknown, file: "roles.json")]) }, throws: { error in
            (error as? InputFileError).map { failure in
                failure.file == "roles.json" && failure.line != nil && failure.location == "$.roles[0].requirements[16].competency"
                    && failure.message.hasPrefix("unknown competency PM.RISK.9: no framework in force defines it;")
            } ?? false
        })
        let dropsHeld = Self.rolesFile(admin) { roles in roles.removeAll { $0.id == "it-service-representative" } }
        #expect(throws: SkillsError.catalogImport(file: "roles.json", .dropsHeldRoles([.init(role: "it-service-representative", holders: 1)]))) { try admin.importFrameworks([FrameworkImportFile(bytes: dropsHeld, file: "roles.json")]) }
        let twoRoles = FrameworkImportFile(bytes: Self.rolesFile(admin), file: "roles.json")
        #expect(throws: SkillsError.catalogImport(file: "again.json", .secondRolesFile(first: "roles.json"))) {
            try admin.importFrameworks([twoRoles, FrameworkImportFile(bytes: twoRoles.bytes, file: "again.json")])
        }
        #expect(try DatabaseFingerprint.of(demo.path) == fingerprint)
    }

    @Test("an older version, or a version that ratings already record, is refused and nothing is written", arguments: Backend.allCases)
    func versionOrder(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let admin = try WorkspaceTests.open(demo.path, as: "root")
        let original = try Self.pm(admin)
        #expect(try admin.store.ratedFrameworkVersions("PM") == ["2.0.0"])
        var older = original
        older.version = "0.9.0"
        older.name = "Project Management (draft)"
        var fingerprint = try DatabaseFingerprint.of(demo.path)
        #expect(throws: SkillsError.catalogImport(file: "pm.json", .older(framework: "PM", version: "0.9.0", installed: "2.0.0", above: "2.0.0"))) {
            try admin.importFramework(try Self.bytes(older), file: "pm.json", format: .json)
        }
        #expect(try DatabaseFingerprint.of(demo.path) == fingerprint)
        // A database where 0.9.0 was once installed over 2.0.0: 2.0.0 is newer, but ratings
        // recorded against 2.0.0 would then point at other content.
        try admin.store.installFramework(older, actor: "root", actingAs: "root", detail: "test", now: Fixtures.now)
        var changed = original
        changed.name = "Project Management (changed)"
        fingerprint = try DatabaseFingerprint.of(demo.path)
        let legacy = try WorkspaceTests.open(demo.path, as: "root")
        #expect(throws: SkillsError.catalogImport(file: "pm.json", .versionAlreadyRated(framework: "PM", version: "2.0.0", above: "2.0.0"))) {
            try legacy.importFramework(try Self.bytes(changed), file: "pm.json", format: .json)
        }
        #expect(try DatabaseFingerprint.of(demo.path) == fingerprint)
        changed.version = "2.10.0"
        #expect(try legacy.importFramework(try Self.bytes(changed), file: "pm.json", format: .json).summary.hasPrefix("Upgraded PM 0.9.0 -> 2.10.0:"))
        changed.version = "2.9.0"
        #expect(throws: SkillsError.catalogImport(file: "pm.json", .older(framework: "PM", version: "2.9.0", installed: "2.10.0", above: "2.10.0"))) {
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

    @Test("an unknown framework id is refused with the ids there are, for export and walk-through alike", arguments: Backend.allCases)
    func unknownFramework(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let workspace = try WorkspaceTests.open(demo.path, as: "wli")
        let refusal = SkillsError.unknownFramework("XX", known: ["DI", "PM", "SL"])
        #expect(refusal.description == "unknown framework XX: use one of DI, PM, SL")
        #expect(throws: refusal) { try workspace.exportFramework("XX", format: .json) }
        #expect(throws: refusal) { try workspace.walkthrough(.framework("XX")) }
    }

    @Test("a framework with a new id is added after the others", arguments: Backend.allCases)
    func newFramework(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
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
        // Moodle CSV holds one language: the framework arrives in English.
        #expect(reopened.catalog.framework("QA") == framework.restricted(to: .en))
    }
}
