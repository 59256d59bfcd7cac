/// What the command line asked for once parsed.
struct ParsedCommandLine {
    var command: CommandSpec?
    /// Words that named a command group without a command ("report").
    var groupWords: [String] = []
    var positionals: [String] = []
    var values: [String: String] = [:]
    var flags: Set<String> = []
    var globals: [String: String] = [:]
    var globalFlags: Set<String> = []

    var wantsHelp: Bool { globalFlags.contains("--help") }
    var wantsVersion: Bool { globalFlags.contains("--version") }
}

/// Parses `skills-tui [global options] WORDS... [options] [arguments]`.
///
/// Command words come first; options may then appear in any order, as `--name value`
/// or `--name=value`; `--` ends options. Global options are accepted anywhere.
enum ArgumentParser {
    static func parse(_ arguments: [String], commands: [CommandSpec]) throws(UsageError) -> ParsedCommandLine {
        var parsed = ParsedCommandLine()
        var index = 0
        var words: [String] = []
        var rest: [String] = []

        // 1. Leading words (skipping global options) name the command.
        while index < arguments.count {
            let token = arguments[index]
            if token.hasPrefix("-"), token != "-" {
                let (name, inline) = split(token)
                guard let global = GlobalOptions.spec(name) else { break }
                index += 1
                try take(global, inline: inline, arguments: arguments, index: &index, into: &parsed.globals, flags: &parsed.globalFlags)
                continue
            }
            words.append(token)
            index += 1
        }
        rest = Array(arguments[index...])

        let match = commands.filter { words.starts(with: $0.words) }.max { $0.words.count < $1.words.count }
        if let match {
            parsed.command = match
            parsed.positionals = Array(words.dropFirst(match.words.count))
        } else if !words.isEmpty {
            let groups = Set(commands.compactMap { $0.words.count > 1 ? $0.words[0] : nil })
            if groups.contains(words[0]) {
                parsed.groupWords = [words[0]]
                if words.count > 1, !parsed.wantsHelp {
                    throw UsageError(.unknownSubcommand(group: words[0], word: words[1]))
                }
            } else {
                throw UsageError(.unknownCommand(words[0]))
            }
        }

        // 2. Options and further arguments, checked against the command.
        index = 0
        var optionsEnded = false
        while index < rest.count {
            let token = rest[index]
            index += 1
            // "-1" is a (negative) number, not an option: `rate X -1` should say the level is off the scale.
            if optionsEnded || !token.hasPrefix("-") || token == "-" || Int(token) != nil {
                parsed.positionals.append(token)
                continue
            }
            if token == "--" {
                optionsEnded = true
                continue
            }
            let (name, inline) = split(token)
            if let global = GlobalOptions.spec(name) {
                try take(global, inline: inline, arguments: rest, index: &index, into: &parsed.globals, flags: &parsed.globalFlags)
                continue
            }
            guard let command = parsed.command, let spec = command.option(named: name) else {
                if parsed.wantsHelp { continue }
                let scope = parsed.command.map { "`\($0.name)`" } ?? "skills-tui"
                let helpCommand = parsed.command.map { "skills-tui \($0.name) --help" } ?? "skills-tui --help"
                throw UsageError(.unknownOption(name, scope: scope, help: helpCommand))
            }
            try take(spec, inline: inline, arguments: rest, index: &index, into: &parsed.values, flags: &parsed.flags)
        }

        if let command = parsed.command, !parsed.wantsHelp, !command.positionalCount.contains(parsed.positionals.count) {
            if parsed.positionals.count > command.positionalCount.upperBound {
                throw UsageError(
                    .extraArgument(command: command.name, argument: parsed.positionals[command.positionalCount.upperBound], usage: command.usage))
            }
            throw UsageError(.missingArguments(command: command.name, arguments: command.argumentsUsage, usage: command.usage))
        }
        return parsed
    }

    private static func split(_ token: String) -> (name: String, inline: String?) {
        guard let equals = token.firstIndex(of: "=") else { return (token, nil) }
        return (String(token[..<equals]), String(token[token.index(after: equals)...]))
    }

    private static func take(
        _ spec: OptionSpec, inline: String?, arguments: [String], index: inout Int, into values: inout [String: String],
        flags: inout Set<String>
    ) throws(UsageError) {
        guard spec.takesValue else {
            if inline != nil { throw UsageError(.takesNoValue(spec.name)) }
            flags.insert(spec.name)
            return
        }
        let value: String
        if let inline {
            value = inline
        } else {
            guard index < arguments.count else { throw UsageError(.needsValue(spec.name, valueName: spec.valueName ?? "VALUE")) }
            value = arguments[index]
            index += 1
        }
        if value.isEmpty { throw UsageError(.emptyValue(spec.name)) }
        if let choices = spec.choices, !choices.contains(value) {
            throw UsageError(.notAChoice(spec.name, choices: choices, value: value))
        }
        if values[spec.name] != nil { throw UsageError(.givenTwice(spec.name)) }
        values[spec.name] = value
    }
}
