import SkillsMatrix

/// What the SSH gateway refuses, and how its own configuration can be wrong. Each is
/// worded once, in the reader's language (`CommandOutputWords`); refusals say what to do instead on the person's own machine.
enum GatewayError: SkillsFailure, Hashable {
    /// An unquoted shell character in the command sent over SSH (`;`, `|`, `$`, ...).
    case shellCharacter(Character)
    /// A `$` or a backtick inside `"..."`, which a shell would expand.
    case shellCharacterInQuotes(Character)
    /// A line break or another control character anywhere in the command.
    case controlCharacter(Unicode.Scalar)
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
    /// `folder`: the folder above it at fault, nil for the file itself; `ownedByAnother`:
    /// owned by another user, else writable by its group or by others.
    case unsafeConfiguration(path: String, folder: String?, ownedByAnother: Bool)
    /// No database named where the gateway needs one.
    case noDatabaseConfigured(path: String)
    /// A path that cannot stand unquoted in a forced command (`command="..."`), which
    /// sshd hands to the account's shell.
    case unsafeCommandPath(String)

    var kind: FailureKind {
        switch self {
        case .shellCharacter, .shellCharacterInQuotes, .controlCharacter, .unclosedQuote, .commandTooLong, .standardInputTwice, .invalidLogin:
            return .usage
        case .fileTransfer, .command, .option, .fileOnServer:
            return .notPermitted
        case .noConfiguration:
            return .missingInput
        case .unsafeConfiguration, .noDatabaseConfigured, .unsafeCommandPath:
            return .invalidData
        }
    }

    var description: String { described(in: .en) }

    func described(in language: Language) -> String {
        let words = language.messages.commandOutputs
        switch self {
        case .shellCharacter(let character): return words.shellCharacter(String(character), inDoubleQuotes: false)
        case .shellCharacterInQuotes(let character): return words.shellCharacter(String(character), inDoubleQuotes: true)
        case .controlCharacter(let scalar):
            let isLineBreak = scalar == "\n" || scalar == "\r"
            return words.controlCharacter(code: isLineBreak ? nil : String(scalar.value, radix: 16, uppercase: true))
        case .unclosedQuote(let quote): return words.unclosedQuote(String(quote))
        case .commandTooLong(let bytes, let limit): return words.commandTooLong(bytes: bytes, limit: limit)
        case .fileTransfer: return words.fileTransferRefused
        case .command(let name): return words.commandNotOffered(name)
        case .option(let name, let login):
            switch name {
            case "--as": return words.asRefused(login: login)
            case "--db": return words.databaseOptionRefused
            default: return words.outputOptionRefused(name)
            }
        case .fileOnServer(let path): return words.fileOnServer(path)
        case .standardInputTwice: return words.standardInputTwice
        case .invalidLogin(let login): return words.invalidLogin(login)
        case .noConfiguration(let path): return words.noConfiguration(path: path)
        case .unsafeConfiguration(let path, let folder, let ownedByAnother):
            return words.unsafeConfiguration(path: path, folder: folder, ownedByAnother: ownedByAnother)
        case .noDatabaseConfigured(let path): return words.noDatabaseConfigured(path: path)
        case .unsafeCommandPath(let path): return words.unsafeCommandPath(path)
        }
    }
}
