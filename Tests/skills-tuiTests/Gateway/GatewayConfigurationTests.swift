import Foundation
import Testing
@testable import SkillsMatrix
@testable import skills_tui

/// The gateway's configuration file: what it may say, and who may be able to change it.
@Suite("Gateway configuration")
struct GatewayConfigurationTests {
    static func file(_ text: String, mode: Int = 0o644) throws -> (folder: URL, path: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gateway-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        let path = folder.appendingPathComponent("config").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        return (folder, path)
    }

    @Test("settings, comments and blank lines are read; a missing file is nil")
    func reads() throws {
        let config = try Self.file("""
            # the department's database
            account = skills

            database = /var/lib/skills-tui/skills.sqlite
            authorized-keys = /var/lib/skills-tui/.ssh/authorized_keys\r
            ssh-destination = skills@skills.example.gov.uk
            """)
        defer { try? FileManager.default.removeItem(at: config.folder) }
        let loaded = try #require(try GatewayConfiguration.load(config.path))
        #expect(loaded.account == "skills")
        #expect(loaded.database == "/var/lib/skills-tui/skills.sqlite")
        #expect(loaded.authorizedKeys == "/var/lib/skills-tui/.ssh/authorized_keys")
        #expect(loaded.sshDestination == "skills@skills.example.gov.uk")
        #expect(try GatewayConfiguration.load(config.folder.appendingPathComponent("none").path) == nil)
        #expect(try GatewayConfiguration.loadForGateway(config.path) == loaded)
    }

    @Test("every bad line is reported with its line number, and nothing is used")
    func refusesBadLines() throws {
        let config = try Self.file("database = skills.sqlite\ndatabse = /x\njust words\naccount = not a login\n")
        defer { try? FileManager.default.removeItem(at: config.folder) }
        let errors = try #require(throws: InputFileErrors.self) { try GatewayConfiguration.load(config.path) }
        #expect(errors.errors.map(\.line) == [1, 2, 3, 4])
        #expect(errors.description.contains("give an absolute path"))
        #expect(errors.description.contains("unknown setting \"databse\""))
        // The same problems in Bokmål, for an administrator who reads it.
        let bokmal = errors.described(in: .nb)
        #expect(bokmal.split(separator: "\n").count == errors.errors.count)
        #expect(bokmal.contains("oppgi en absolutt sti"))
        #expect(bokmal.contains("ukjent innstilling «databse»"))
    }

    @Test("the gateway refuses a configuration others could change, or one naming no database")
    func gatewayRefusals() throws {
        let writable = try Self.file("database = /srv/skills.sqlite\n", mode: 0o666)
        defer { try? FileManager.default.removeItem(at: writable.folder) }
        #expect(throws: GatewayError.unsafeConfiguration(path: writable.path, folder: nil, ownedByAnother: false)) {
            try GatewayConfiguration.loadForGateway(writable.path)
        }
        let noDatabase = try Self.file("account = skills\n")
        defer { try? FileManager.default.removeItem(at: noDatabase.folder) }
        #expect(throws: GatewayError.noDatabaseConfigured(path: noDatabase.path)) { try GatewayConfiguration.loadForGateway(noDatabase.path) }
        let missing = noDatabase.folder.appendingPathComponent("none").path
        #expect(throws: GatewayError.noConfiguration(path: missing)) { try GatewayConfiguration.loadForGateway(missing) }
        // A folder above it that others may write is as bad as the file.
        let folder = try Self.file("database = /srv/skills.sqlite\n")
        defer { try? FileManager.default.removeItem(at: folder.folder) }
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder.folder.path)
        #expect(throws: GatewayError.self) { try GatewayConfiguration.loadForGateway(folder.path) }
    }
}
