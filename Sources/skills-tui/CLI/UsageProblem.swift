import SkillsMatrix

/// The command-line parser's own mistakes, as values, worded by the reader's
/// `MessageCatalogue`: they are the errors most people meet first (a mistyped option),
/// so they speak the locale's language. The commands' own checks are `.command`.
enum UsageProblem: Hashable, Sendable {
    case unknownCommand(String)
    case unknownSubcommand(group: String, word: String)
    /// `scope` is "`rate`" or "skills-tui"; `help` the command that lists the options.
    case unknownOption(String, scope: String, help: String)
    case extraArgument(command: String, argument: String, usage: String)
    case missingArguments(command: String, arguments: String, usage: String)
    case takesNoValue(String)
    case needsValue(String, valueName: String)
    case emptyValue(String)
    case notAChoice(String, choices: [String], value: String)
    case givenTwice(String)
    /// A command's own check of its arguments, worded by the `CommandLineCatalogue`.
    case command(CommandProblem)

    func described(in language: Language) -> String {
        let words = language.messages
        switch self {
        case .unknownCommand(let word): return words.unknownCommand(word)
        case .unknownSubcommand(let group, let word): return words.unknownSubcommand(group: group, word: word)
        case .unknownOption(let name, let scope, let help): return words.unknownOption(name, scope: scope, help: help)
        case .extraArgument(let command, let argument, let usage): return words.extraArgument(command: command, argument: argument, usage: usage)
        case .missingArguments(let command, let arguments, let usage):
            return words.missingArguments(command: command, arguments: arguments, usage: usage)
        case .takesNoValue(let name): return words.takesNoValue(name)
        case .needsValue(let name, let valueName): return words.needsValue(name, valueName: valueName)
        case .emptyValue(let name): return words.emptyValue(name)
        case .notAChoice(let name, let choices, let value): return words.notAChoice(name, choices: choices.joined(separator: ", "), value: value)
        case .givenTwice(let name): return words.givenTwice(name)
        case .command(let problem): return language.commandLine.problem(problem)
        }
    }
}
