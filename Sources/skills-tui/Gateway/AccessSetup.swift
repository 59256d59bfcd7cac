import Foundation
import SkillsMatrix

/// Where `skills-tui access` works: the gateway's configuration (which the forced
/// commands it writes must find again), the database, the keys file and the program.
@MainActor
struct AccessSetup {
    let configuration: GatewayConfiguration
    let databasePath: String
    let keysPath: String
    /// The service account: the OS user running `access`, whose keys file it is.
    let account: String
    private let program: String

    init(_ invocation: Invocation) throws {
        let path = invocation.value("--config") ?? GatewayConfiguration.defaultPath
        guard let configuration = try GatewayConfiguration.load(path) else { throw GatewayError.noConfiguration(path: path) }
        self.configuration = configuration
        databasePath = invocation.globals["--db"] ?? configuration.database ?? invocation.databasePath
        account = SystemUser.login
        keysPath = configuration.authorizedKeys ?? (SystemUser.homeDirectory ?? "/nonexistent") + "/.ssh/authorized_keys"
        program = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        for part in [program, configuration.path] where !Self.isSafeInCommand(part) { throw GatewayError.unsafeCommandPath(part) }
    }

    /// The database an `access` command works on when the keys file is not involved
    /// (`access grant`, `withdraw`, `rights`): `--db`, else the gateway configuration's,
    /// when there is one, else the default. So on a deployed host the administrator
    /// reaches the database the gateway serves without naming it.
    static func openDatabaseOnly(_ invocation: Invocation) throws -> Workspace {
        let configured = try GatewayConfiguration.load(invocation.value("--config") ?? GatewayConfiguration.defaultPath)?.database
        let path = invocation.globals["--db"] ?? configured ?? invocation.databasePath
        let workspace = try Workspace.open(databaseAt: path, login: invocation.environment.login, actingAs: invocation.actingAs)
        try invocation.adoptLanguage(of: workspace)
        return workspace
    }

    /// The database opened for the admin running `access` (its own checks decide).
    func openWorkspace(_ invocation: Invocation) throws -> Workspace {
        let workspace = try Workspace.open(databaseAt: databasePath, login: invocation.environment.login, actingAs: invocation.actingAs)
        try invocation.adoptLanguage(of: workspace)
        return workspace
    }

    /// `/usr/bin/skills-tui gateway LOGIN`, with `--config FILE` when it is not the default.
    func forcedCommand(_ login: String) -> String {
        let command = "\(program) gateway \(login)"
        return configuration.path == GatewayConfiguration.defaultPath ? command : command + " --config \(configuration.path)"
    }

    /// Whether `text` reads the same to sshd (inside `command="..."`) and to the shell it
    /// hands the command to.
    static func isSafeInCommand(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "/._+-".unicodeScalars.contains($0)
        }
    }
}
