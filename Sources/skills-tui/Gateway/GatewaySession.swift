import Foundation
import SkillsMatrix
#if canImport(Glibc)
import Glibc
#endif

/// One connection through the SSH gateway: who the key says the person is, the database
/// the server's configuration names, and the rules for what they may ask for.
///
/// Nothing here comes from the client except the command words, which `admit` checks:
/// the login is the forced command's, the database the configuration file's, and the
/// environment is cut down to what a terminal needs (`sanitisedEnvironment`).
struct GatewaySession {
    let login: String
    let configuration: GatewayConfiguration
    /// Who the login is in the database, for the help listing what they may run.
    let actor: Actor
    /// How the person reached the server, as `ssh` takes it (`-p 2222 skills@host`),
    /// for the commands shown to them.
    let destination: String
    /// The person's language: `--lang` in the forced command, else their saved preference
    /// (`profile language`), else the locale sshd passed on, else English. A command they
    /// send may still say `--lang` for itself.
    var language: Language = .en
    /// `--lang` in the forced command (`gateway LOGIN --lang nb`), which the administrator
    /// wrote: it holds over the person's saved preference, as `--lang` does anywhere.
    var forcedLanguage: Language? = nil

    var databasePath: String { configuration.database ?? "" }

    /// Commands offered over SSH, by name ("" is the TUI). Everything else (`init`,
    /// `generate`, `demo`, `backup`, `access ...`, `gateway` itself, and any command added
    /// later until it is listed here) is refused.
    static let offeredCommands: Set<String> = [
        "", "frameworks list", "frameworks show", "frameworks validate", "frameworks import", "frameworks export",
        "learning list", "learning export", "staff list", "staff import", "rate", "plan add", "plan move", "certificate add", "mark",
        "report gaps", "report heatmap", "report coverage", "report training-needs", "report training-plan", "report plans",
        "report certificates", "report people", "report completion", "report trend", "report calibration",
        "cycle list", "cycle show", "cycle open", "cycle close", "export ratings", "profile language",
    ]

    /// Commands whose arguments are files: over SSH only `-` (standard input) may be given.
    static let fileCommands: Set<String> = ["frameworks validate", "frameworks import", "staff import"]

    /// Options that would change who one is, which database is used, or write a file on the server.
    static let refusedOptions = ["--as", "--db", "--output"]

    /// Refuses a parsed command line that is not for the gateway.
    func admit(_ parsed: ParsedCommandLine) throws {
        for name in Self.refusedOptions where parsed.globals[name] != nil { throw GatewayError.option(name, login: login) }
        if let command = parsed.command {
            guard Self.offeredCommands.contains(command.name) else { throw GatewayError.command(command.name) }
            if Self.fileCommands.contains(command.name) {
                if let path = parsed.positionals.first(where: { $0 != "-" }) { throw GatewayError.fileOnServer(path) }
            }
            // `rate --from -` reads the client's standard input; any other name is a server file.
            if let path = parsed.values["--from"], path != "-" { throw GatewayError.fileOnServer(path) }
        } else if let group = parsed.groupWords.first {
            // `ssh HOST access` names a group with nothing offered in it.
            guard Self.offeredCommands.contains(where: { $0.hasPrefix(group + " ") }) else { throw GatewayError.command(group) }
        }
    }

    // MARK: - The environment

    /// Variables kept from the environment sshd hands over: the terminal's type and
    /// language, and what sshd says about the connection. Everything else is dropped,
    /// whatever the client sent with SendEnv or SetEnv and sshd's AcceptEnv let through:
    /// SKILLS_* and XDG_* (which steer the tool), HOME (and so every path derived from
    /// it), TERMINFO* (which would make ncurses read a file of the client's choosing),
    /// LINES and COLUMNS (which would pin the screen size and break resizing).
    static func isKept(_ name: String) -> Bool {
        ["TERM", "LANG", "NO_COLOR", "TZ", "PATH", "USER", "LOGNAME", "SHELL", "SSH_CONNECTION", "SSH_CLIENT", "SSH_TTY"]
            .contains(name) || name.hasPrefix("LC_")
    }

    /// Removes from this process's environment every variable `isKept` does not keep, so
    /// no code anywhere (Foundation, ncurses) can read one, and returns what is left.
    static func sanitiseProcessEnvironment() -> [String: String] {
        for name in ProcessInfo.processInfo.environment.keys where !isKept(name) { unsetenv(name) }
        return ProcessInfo.processInfo.environment
    }

    /// `USER@HOST` (`-p PORT USER@HOST` off port 22) as the person reached this server:
    /// the configured `ssh-destination`, else this account and the server's address from
    /// SSH_CONNECTION ("client port server port").
    static func destination(configuration: GatewayConfiguration, environment: [String: String]) -> String {
        if let configured = configuration.sshDestination { return configured }
        let account = SystemUser.login
        let fields = (environment["SSH_CONNECTION"] ?? "").split(separator: " ").map(String.init)
        guard fields.count == 4 else { return "\(account)@\(ProcessInfo.processInfo.hostName)" }
        return fields[3] == "22" ? "\(account)@\(fields[2])" : "-p \(fields[3]) \(account)@\(fields[2])"
    }
}
