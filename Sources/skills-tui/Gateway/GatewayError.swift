import SkillsMatrix

/// What the SSH gateway refuses, and how its own configuration can be wrong. Each is
/// worded once here; refusals say what to do instead on the person's own machine.
enum GatewayError: SkillsFailure, Hashable {
    /// An unquoted shell character in the command sent over SSH (`;`, `|`, `$`, ...).
    case shellCharacter(String)
    /// A line break or another control character anywhere in the command.
    case controlCharacter(String)
    case unclosedQuote(Character)
    case commandTooLong(bytes: Int, limit: Int)
    /// scp, sftp or rsync: the program behind them expects a file server.
    case fileTransfer(String)
    /// A command that is not offered over SSH (`init`, `backup`, `gateway`, ...).
    case command(String)
    /// An option that would change who one is, which database, or write a server file.
    case option(String, login: String)
    /// A file named on the server where only `-` (standard input) is allowed.
    case fileOnServer(String)
    case standardInputTwice
    /// `gateway LOGIN` with a login that cannot be an OS user name.
    case invalidLogin(String)
    /// The configuration file that names the database is missing.
    case noConfiguration(path: String)
    /// The configuration file could be changed by someone other than root or the
    /// service account, so the database it names cannot be trusted.
    case unsafeConfiguration(path: String, problem: String)
    /// No database named where the gateway needs one.
    case noDatabaseConfigured(path: String)
    /// A path that cannot stand unquoted in a forced command (`command="..."`), which
    /// sshd hands to the account's shell.
    case unsafeCommandPath(String)

    var kind: FailureKind {
        switch self {
        case .shellCharacter, .controlCharacter, .unclosedQuote, .commandTooLong, .standardInputTwice, .invalidLogin:
            return .usage
        case .fileTransfer, .command, .option, .fileOnServer:
            return .notPermitted
        case .noConfiguration:
            return .missingInput
        case .unsafeConfiguration, .noDatabaseConfigured, .unsafeCommandPath:
            return .invalidData
        }
    }

    var description: String {
        switch self {
        case .shellCharacter(let character):
            return "the command holds an unquoted \(character): commands sent over SSH run without a shell, so ; | & $ ` < > are refused unless quoted ('...'); redirect on your own machine instead"
        case .controlCharacter(let name):
            return "the command holds \(name): send one command on one line"
        case .unclosedQuote(let quote):
            return "the command has a \(quote) quote that is never closed; quote the whole remote command on your side, e.g. ssh HOST 'rate PM.RISK.1 2 --note \"my note\"'"
        case .commandTooLong(let bytes, let limit):
            return "the command is \(bytes) bytes long; commands sent over SSH are limited to \(limit) bytes (send long input on standard input with -)"
        case .fileTransfer:
            return "scp, sftp and rsync are not available here: this account only runs skills-tui; send a file with `ssh HOST frameworks import - < FILE`, keep a report with `ssh HOST report ... > FILE`"
        case .command(let name):
            return "`\(name)` cannot be run over SSH: it is for the administrator on the server; run `ssh HOST --help` to see what you can run"
        case .option(let name, let login):
            switch name {
            case "--as":
                return "--as cannot be used over SSH: you are \(login), as your key says; nothing was changed"
            case "--db":
                return "--db cannot be used over SSH: the database is fixed by the server's configuration; nothing was changed"
            default:
                return "\(name) cannot be used over SSH: nothing is written on the server; redirect on your own machine instead: ssh HOST COMMAND > FILE"
            }
        case .fileOnServer(let path):
            return "\(path) would be a file on the server, which commands over SSH cannot read: give - and send the file on standard input (ssh HOST COMMAND - < FILE)"
        case .standardInputTwice:
            return "- (standard input) is given twice: send one file at a time"
        case .invalidLogin(let login):
            return "\"\(login)\" is not a login (an OS user name: letters, digits, . _ -): check the key line's command=\"... gateway LOGIN\""
        case .noConfiguration(let path):
            return "no configuration at \(path): the gateway reads the database's path from it (a line database = /path/to/skills.sqlite); ask the administrator"
        case .unsafeConfiguration(let path, let problem):
            return "\(path) \(problem), so the database it names cannot be trusted: make it owned by root (or the service account) and writable only by its owner (chmod 644)"
        case .noDatabaseConfigured(let path):
            return "\(path) names no database: add a line database = /path/to/skills.sqlite"
        case .unsafeCommandPath(let path):
            return "\(path) cannot stand in an authorized_keys command: install skills-tui (and its configuration) under a path of letters, digits and / . _ + -"
        }
    }
}
