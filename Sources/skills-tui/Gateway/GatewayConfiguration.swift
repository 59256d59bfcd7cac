import Foundation
import SkillsMatrix
#if canImport(Glibc)
import Glibc
#endif

/// The server's settings for the SSH gateway, from a file that only root (or the service
/// account) can change: never from anything a person connecting can set.
///
/// `/etc/skills-tui/config` by default; `skills-tui gateway LOGIN --config FILE` names
/// another (the forced command is written by the administrator, so it is trusted).
/// Lines are `setting = value`; `#` starts a comment:
///
///     # the service account that owns the database; skills-tui run as it uses `database`
///     account = skills
///     database = /var/lib/skills-tui/skills.sqlite
///     # or, on several hosts over one PostgreSQL database (the file is root's, mode 0600
///     # or 0644 with the password in the service account's ~/.pgpass instead):
///     # database = postgresql://skills_gateway@db.example-council.gov.uk/skills
///     # optional: default ~ACCOUNT/.ssh/authorized_keys of the account running `access`
///     authorized-keys = /var/lib/skills-tui/.ssh/authorized_keys
///     # optional: how people reach the server, for the commands the TUI shows them
///     ssh-destination = skills@skills.example-council.gov.uk
struct GatewayConfiguration: Hashable {
    static let defaultPath = "/etc/skills-tui/config"
    static let settings = ["account", "database", "authorized-keys", "ssh-destination"]

    let path: String
    var account: String?
    var database: String?
    var authorizedKeys: String?
    var sshDestination: String?

    /// Reads the configuration at `path`, its problems worded in `language`.
    /// - Returns: nil when there is no file there.
    /// - Throws: `InputFileError(s)` for a line that is not a known setting with a
    ///   sensible value; `SkillsError.io` when it cannot be read.
    static func load(_ path: String) throws -> GatewayConfiguration? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let text = String(decoding: try InputFile.read(path), as: UTF8.self)
        var configuration = GatewayConfiguration(path: path)
        var problems: [InputFileError] = []
        for (index, rawLine) in FileLines.split(text).enumerated() {
            let line = FileLines.withoutCarriageReturn(rawLine).trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            func problem(_ problem: GatewaySettingProblem) {
                problems.append(InputFileError(file: path, line: index + 1, problem: .gatewaySetting(problem)))
            }
            guard let equals = line.firstIndex(of: "=") else {
                problem(.expectsSetting)
                continue
            }
            let name = line[..<equals].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if value.isEmpty { problem(.noValue(setting: name)) }
            switch name {
            case "account":
                if !OrganisationCSV.isValidLogin(value) { problem(.notAnAccount(value)) }
                configuration.account = value
            case "database" where DatabaseLocation.isPostgresURL(value):
                configuration.database = value
            case "database", "authorized-keys":
                if !value.hasPrefix("/") { problem(.notAbsolute(setting: name, value: value)) }
                if name == "database" { configuration.database = value } else { configuration.authorizedKeys = value }
            case "ssh-destination":
                configuration.sshDestination = value
            default:
                problem(.unknownSetting(name, settings: settings))
            }
        }
        if !problems.isEmpty { throw problems.count == 1 ? problems[0] as any Error : InputFileErrors(problems) }
        return configuration
    }

    /// The configuration the gateway runs with: the file must exist, name a database, and
    /// be changeable by nobody but root or the user running the gateway (as sshd insists
    /// for `authorized_keys`), or a person who could edit it could point the gateway at a
    /// database of their own making.
    static func loadForGateway(_ path: String) throws -> GatewayConfiguration {
        guard let configuration = try load(path) else { throw GatewayError.noConfiguration(path: path) }
        try checkOwnership(path)
        guard configuration.database != nil else { throw GatewayError.noDatabaseConfigured(path: path) }
        return configuration
    }

    /// Refuses a file (or a folder above it) that someone other than root or the
    /// effective user owns, or that its group or others may write.
    static func checkOwnership(_ path: String) throws {
        var current = URL(fileURLWithPath: path).standardizedFileURL.path
        while true {
            var status = stat()
            guard stat(current, &status) == 0 else {
                throw SkillsError.io(path: current, operation: .read, cause: String(cString: strerror(errno)))
            }
            let isFolder = status.st_mode & S_IFMT == S_IFDIR
            let sticky = status.st_mode & S_ISVTX != 0
            if status.st_uid != 0, status.st_uid != geteuid() {
                throw GatewayError.unsafeConfiguration(path: path, folder: current == path ? nil : current, ownedByAnother: true)
            }
            // A sticky folder such as /tmp is safe to be in: nobody else may rename or
            // remove what is ours inside it.
            if status.st_mode & (S_IWGRP | S_IWOTH) != 0, !(isFolder && sticky) {
                throw GatewayError.unsafeConfiguration(path: path, folder: current == path ? nil : current, ownedByAnother: false)
            }
            if current == "/" { return }
            current = URL(fileURLWithPath: current).deletingLastPathComponent().path
        }
    }

    /// The configuration that applies to a plain `skills-tui` run: the default file, when
    /// it exists and names the OS user running as its `account`. Anyone else keeps their
    /// personal default, exactly as before the gateway existed.
    static func forServiceAccount(_ login: String) -> GatewayConfiguration? {
        guard let configuration = try? load(defaultPath), configuration.account == login else { return nil }
        return configuration
    }
}
