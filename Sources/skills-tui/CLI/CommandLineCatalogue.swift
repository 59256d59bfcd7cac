import SkillsMatrix

/// What `--help` says about one command in one language: what it does (a line that
/// fits the command table), more about it, and each option's help by the option's name.
struct CommandHelp: Sendable {
    let summary: String
    /// Longer help: what it prints, examples; empty when the summary says it all.
    let details: String
    let options: [String: String]

    init(summary: String, details: String = "", options: [String: String] = [:]) {
        self.summary = summary
        self.details = details
        self.options = options
    }
}

/// The command line's words in one language: every command's help (by its name, "report
/// gaps"; "" for the terminal UI), the global options' help, the frame of the help pages,
/// and the commands' own usage problems.
///
/// The commands (`CommandSpec`) hold only what the machine needs; a language is one file
/// in `CLI/Help` and one line in `Language.commandLine`. A test fails when a command or an
/// option has no help in a language.
protocol CommandLineCatalogue: Sendable {
    var commands: [String: CommandHelp] { get }
    var globalOptions: [String: String] { get }
    /// The overview's head: what the tool is, its usage, and what it does with no command.
    var overviewHead: String { get }
    /// Before a usage line: "Usage".
    var usage: String { get }
    var commandsHeading: String { get }
    var optionsHeading: String { get }
    var globalOptionsHeading: String { get }
    /// The overview's paragraph on exit statuses (a script's contract: the numbers stay).
    var exitStatuses: String { get }
    /// The command table's name for the command with no words.
    var noCommand: String { get }
    /// How a line of details that is an example begins ("Example:"): help keeps it whole
    /// when it breaks lines to fit the terminal, so that it can be copied.
    var example: String { get }
    /// Where to read more: "Run `skills-tui report COMMAND --help` for a command's options."
    /// - Parameter prefix: "skills-tui" or "skills-tui report".
    func moreHelp(_ prefix: String) -> String
    /// A command's own usage problem, in a sentence.
    func problem(_ problem: CommandProblem) -> String
}

extension CommandLineCatalogue {
    /// `command`'s help; English where this language has none (a test keeps that from happening).
    func help(for command: CommandSpec) -> CommandHelp {
        commands[command.name] ?? Language.en.commandLine.commands[command.name] ?? CommandHelp(summary: "")
    }
}

extension Language {
    /// The command line's words in this language.
    var commandLine: any CommandLineCatalogue {
        switch self {
        case .en: EnglishCommandLine()
        case .nb: BokmalCommandLine()
        }
    }
}
