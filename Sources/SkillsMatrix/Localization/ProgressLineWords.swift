/// What the command line and the terminal UI say while a piece of work goes on, in one
/// language: the wait for a database server that does not answer (`DatabaseWait`), and
/// the per-line acknowledgements of `rate --from`.
public struct ProgressLineWords: Sendable {
    /// "waiting for PostgreSQL at NAME (Connection refused): trying again for up to 30 s; Ctrl-C stops".
    public let waiting: @Sendable (DatabaseWait) -> String
    /// The same on the TUI's busy or message line, where Esc (said beside it) stops a
    /// load and Ctrl-C is a key: "waiting for PostgreSQL at NAME (Connection refused): trying again for up to 30 s".
    public let waitingOnScreen: @Sendable (DatabaseWait) -> String
    /// "line 3: " before what a line of `rate --from` came to.
    public let line: @Sendable (Int) -> String
    /// Said when `rate --from` stops at a line because the database failed: the lines
    /// from `first` on were not tried.
    public let notTried: @Sendable (_ first: Int) -> String

    public static let english = ProgressLineWords(
        waiting: { wait in
            "waiting for PostgreSQL at \(wait.name) (\(wait.detail)): trying again for up to \(wait.seconds) s; Ctrl-C stops"
        },
        waitingOnScreen: { wait in "waiting for PostgreSQL at \(wait.name) (\(wait.detail)): trying again for up to \(wait.seconds) s" },
        line: { number in "line \(number): " },
        notTried: { first in "stopped: nothing from line \(first) on was recorded; run those lines again once the database answers" })

    public static let bokmal = ProgressLineWords(
        waiting: { wait in
            "venter på PostgreSQL på \(wait.name) (\(wait.detail)): prøver igjen i opptil \(wait.seconds) s; Ctrl-C avbryter"
        },
        waitingOnScreen: { wait in "venter på PostgreSQL på \(wait.name) (\(wait.detail)): prøver igjen i opptil \(wait.seconds) s" },
        line: { number in "linje \(number): " },
        notTried: { first in "stanset: ingenting fra linje \(first) og utover ble lagret; kjør de linjene på nytt når databasen svarer" })
}
