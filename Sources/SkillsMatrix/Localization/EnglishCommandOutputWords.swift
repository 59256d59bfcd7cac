import Foundation

/// The command line's and the SSH gateway's words in English.
public struct EnglishCommandOutputWords: CommandOutputWords {
    public init() {}

    // MARK: - The SSH gateway's refusals

    public func shellCharacter(_ character: String, inDoubleQuotes: Bool) -> String {
        "the command holds an unquoted \(character)\(inDoubleQuotes ? " inside \"...\"" : ""): commands sent over SSH run without a shell, "
            + "so ; | & $ ` < > are refused unless quoted ('...'); redirect on your own machine instead"
    }
    public func controlCharacter(code: String?) -> String {
        "the command holds \(code.map { "a control character (U+\($0))" } ?? "a line break"): send one command on one line"
    }
    public func unclosedQuote(_ quote: String) -> String {
        "the command has a \(quote) quote that is never closed; quote the whole remote command on your side, e.g. ssh HOST 'rate PM.RISK.1 2 --note \"my note\"'"
    }
    public func commandTooLong(bytes: Int, limit: Int) -> String {
        "the command is \(bytes) bytes long; commands sent over SSH are limited to \(limit) bytes (send long input on standard input with -)"
    }
    public var fileTransferRefused: String {
        "scp, sftp and rsync are not available here: this account only runs skills-tui; send a file with `ssh HOST frameworks import - < FILE`, keep a report with `ssh HOST report ... > FILE`"
    }
    public func commandNotOffered(_ name: String) -> String {
        "`\(name)` cannot be run over SSH: it is for the administrator on the server; run `ssh HOST --help` to see what you can run"
    }
    public func asRefused(login: String) -> String {
        "--as cannot be used over SSH: you are \(login), as your key says; nothing was changed"
    }
    public var databaseOptionRefused: String {
        "--db cannot be used over SSH: the database is fixed by the server's configuration; nothing was changed"
    }
    public func outputOptionRefused(_ name: String) -> String {
        "\(name) cannot be used over SSH: nothing is written on the server; redirect on your own machine instead: ssh HOST COMMAND > FILE"
    }
    public func fileOnServer(_ path: String) -> String {
        "\(path) would be a file on the server, which commands over SSH cannot read: give - and send the file on standard input (ssh HOST COMMAND - < FILE)"
    }
    public var standardInputTwice: String { "- (standard input) is given twice: send one file at a time" }
    public func invalidLogin(_ login: String) -> String {
        "\"\(login)\" is not a login (an OS user name: letters, digits, . _ -): check the key line's command=\"... gateway LOGIN\""
    }
    public func noConfiguration(path: String) -> String {
        "no configuration at \(path): the gateway reads the database's path from it (a line database = /path/to/skills.sqlite); ask the administrator"
    }
    public func unsafeConfiguration(path: String, folder: String?, ownedByAnother: Bool) -> String {
        let where_ = folder.map { "is in \($0), which is" } ?? "is"
        let problem = ownedByAnother ? "owned by another user" : "writable by its group or by others"
        return "\(path) \(where_) \(problem), so the database it names cannot be trusted: "
            + "make it owned by root (or the service account) and writable only by its owner (chmod 644)"
    }
    public func noDatabaseConfigured(path: String) -> String {
        "\(path) names no database: add a line database = /path/to/skills.sqlite"
    }
    public func unsafeCommandPath(_ path: String) -> String {
        "\(path) cannot stand in an authorized_keys command: install skills-tui (and its configuration) under a path of letters, digits and / . _ + -"
    }


    // MARK: - The SSH gateway's help and reminder

    public func gatewayHelpHeading(name: String, access: String, destination: String, ssh: String) -> String {
        "skills-tui over SSH: you are \(name) · \(access)\n\n"
            + "  ssh -t \(destination)\n      open the terminal UI\n"
            + "  \(ssh) COMMAND\n      run one of these commands:\n\n"
    }
    public func gatewayHelpFooter(ssh: String) -> String {
        """

        Files travel over the connection: `- < FILE` sends one (\(ssh) frameworks import - < pm.csv),
        `> FILE` keeps a result on your machine (\(ssh) report gaps --format csv > gaps.csv).
        \(ssh) COMMAND --help explains a command.

        """
    }
    public func overdueReminder(cycle: String, due: Date, done: Int, total: Int, destination: String) -> String {
        "Reminder: review cycle \(cycle) was due \(DateText.day(due)); you have done \(done) of \(total) items. "
            + "Open the walk-through: ssh -t \(destination)"
    }

    // MARK: - access

    public func keyAdded(login: String, key: String, file: String, account: String) -> String {
        "Added \(login)'s key \(key) to \(file): \(login) now reaches skills-tui with ssh \(account)@HOST"
    }
    public func keyAlreadyThere(login: String, key: String) -> String { "\(login) already has the key \(key): nothing was changed" }
    public func noKeysYet(file: String) -> String { "No keys in \(file) yet: add one with `skills-tui access add LOGIN KEYFILE`" }
    public var keyColumns: [String] { ["Login", "Type", "Fingerprint", "Comment", "Added"] }
    public func addedBy(time: String, login: String) -> String { "\(time) by \(login)" }
    public func keyRevoked(login: String, key: String) -> String { "Revoked \(login)'s key \(key): it no longer reaches skills-tui" }
    public var rightColumns: [String] { ["Login", "Right", "Granted"] }
    public func rightGranted(_ right: String, login: String) -> String { "Granted \(right) to \(login)" }
    public func rightWithdrawn(_ right: String, login: String) -> String { "Withdrew \(right) from \(login)" }
    public func rightUnchanged(_ right: String, login: String, holds: Bool) -> String {
        "\(login) \(holds ? "already holds" : "does not hold") \(right): nothing was changed"
    }

    // MARK: - The commands' checks and summaries

    public func migrated(from source: String, to target: String, tables: Int) -> String {
        "Migrated \(source) to \(target): \(tables) tables, row counts and SHA-256 of each checked on both sides"
    }
    public var rowsWord: String { "rows" }
    public func theCopy(_ target: String) -> String { "the copy \(target)" }
}
