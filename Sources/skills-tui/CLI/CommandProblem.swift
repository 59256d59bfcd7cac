/// A command's own check of its arguments failed (the parser's are `UsageProblem`'s
/// other cases): a value, worded by the reader's `CommandLineCatalogue`.
enum CommandProblem: Hashable, Sendable {
    /// `-` named more than once among the input files.
    case standardInputTwice
    /// `rate ... --certificate TEXT` where TEXT is not a number.
    case certificateNumber(String)
    /// `rate COMPETENCY TEXT` where TEXT is not a number.
    case level(String)
    /// `--person` and `--team` given together.
    case personOrTeam
    /// `report coverage --without LOGIN --format csv`.
    case withoutInCSV
    /// `--excel` without `--format csv`.
    case excelWithoutCSV
    /// A team report given no `--team`; the command's name.
    case needsTeam(command: String)
    /// `generate` without `--staff`.
    case needsStaff
    /// `generate --seed TEXT` where TEXT is not a seed (0 to `UInt64.max`).
    case seed(String)
    /// An option whose value is not a whole number.
    case wholeNumber(option: String, value: String)
    /// `profile language TEXT` where TEXT is neither a language's code nor `auto`.
    case languageCode(String)
    /// `migrate` without `--from` or `--to`.
    case migrateNeedsDatabases
    /// `cycle open` without `--due`.
    case cycleNeedsDue
    /// `rate COMPETENCY LEVEL --from FILE`.
    case fromWithRating
    /// `rate --from FILE` with an option for a single rating (`--note`, `--certificate`).
    case singleRatingOption(String)
    /// A line of `rate --from` that is not COMPETENCY LEVEL [NOTE].
    case ratingLine(String)
    /// The terminal UI started without a terminal (a script, a pipe).
    case needsTerminal
}
