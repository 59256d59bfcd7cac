import Foundation

/// What the command line's own commands and the SSH gateway say to a person, in one
/// language: the gateway's refusals, its help and its reminder, `access`'s confirmations
/// and tables, and the commands' checks of their arguments. Each language conforms once
/// (`EnglishCommandOutputWords`, `BokmalCommandOutputWords`), so a language that lacks a
/// text does not compile. Command names, options, file formats and placeholders a person
/// types as they are (`--due`, `ssh HOST`) stay the same in every language.
public protocol CommandOutputWords: Sendable {
    // MARK: - The SSH gateway's refusals

    /// An unquoted `;`, `|`, `&`, `$`, backtick, `<` or `>`; `inDoubleQuotes`: a `$` or a
    /// backtick inside `"..."`.
    func shellCharacter(_ character: String, inDoubleQuotes: Bool) -> String
    /// A line break (`code` nil) or another control character (`code` its hexadecimal number).
    func controlCharacter(code: String?) -> String
    func unclosedQuote(_ quote: String) -> String
    func commandTooLong(bytes: Int, limit: Int) -> String
    /// scp, sftp or rsync.
    var fileTransferRefused: String { get }
    func commandNotOffered(_ name: String) -> String
    func asRefused(login: String) -> String
    var databaseOptionRefused: String { get }
    /// `--output` (or another option that would write a file on the server).
    func outputOptionRefused(_ name: String) -> String
    func fileOnServer(_ path: String) -> String
    var standardInputTwice: String { get }
    func invalidLogin(_ login: String) -> String
    func noConfiguration(path: String) -> String
    /// `folder`: the folder above the file that is at fault, nil when it is the file itself;
    /// `ownedByAnother`: owned by another user, else writable by its group or others.
    func unsafeConfiguration(path: String, folder: String?, ownedByAnother: Bool) -> String
    func noDatabaseConfigured(path: String) -> String
    func unsafeCommandPath(_ path: String) -> String


    // MARK: - The SSH gateway's help and reminder

    /// Who the person is and how to open the UI or run a command; `ssh` is `ssh DESTINATION`.
    func gatewayHelpHeading(name: String, access: String, destination: String, ssh: String) -> String
    /// How files travel over the connection, and where each command is explained.
    func gatewayHelpFooter(ssh: String) -> String
    /// The one line a person who is overdue in the open review cycle sees when they connect.
    func overdueReminder(cycle: String, due: Date, done: Int, total: Int, destination: String) -> String

    // MARK: - access

    func keyAdded(login: String, key: String, file: String, account: String) -> String
    func keyAlreadyThere(login: String, key: String) -> String
    func noKeysYet(file: String) -> String
    /// `access list`'s columns: login, type, fingerprint, comment, added.
    var keyColumns: [String] { get }
    /// "2026-11-24 09:30 UTC by admin".
    func addedBy(time: String, login: String) -> String
    func keyRevoked(login: String, key: String) -> String
    /// `access rights`'s columns: login, right, granted.
    var rightColumns: [String] { get }
    func rightGranted(_ right: String, login: String) -> String
    func rightWithdrawn(_ right: String, login: String) -> String
    func rightUnchanged(_ right: String, login: String, holds: Bool) -> String

    // MARK: - The commands' checks and summaries

    func migrated(from source: String, to target: String, tables: Int) -> String
    /// After a table's row count in `migrate`'s list.
    var rowsWord: String { get }
    /// What `migrate` recorded, for a report that could not be written.
    func theCopy(_ target: String) -> String
}
