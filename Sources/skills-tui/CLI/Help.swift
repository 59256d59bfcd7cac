/// Help text, generated from the command specs so it cannot drift from what is parsed.
enum Help {
    static func text(for command: CommandSpec?, groupWords: [String], commands: [CommandSpec]) -> String {
        if let command { return commandHelp(command) }
        if let group = groupWords.first { return groupHelp(group, commands: commands) }
        return overview(commands)
    }

    static func overview(_ commands: [CommandSpec]) -> String {
        var text = """
            skills-tui: skills-gap assessment against competency frameworks

            Usage: skills-tui [COMMAND] [OPTIONS]
            With no command, opens the terminal UI as the current user.

            Commands:

            """
        text += commandTable(commands)
        text += "\nGlobal options:\n" + optionTable(GlobalOptions.all)
        text += """

            Exit status: 0 ok, 64 usage, 65 bad data, 66 missing input, 73 already exists,
            74 I/O error, 77 not permitted.
            Run `skills-tui COMMAND --help` for a command's options.

            """
        return text
    }

    static func groupHelp(_ group: String, commands: [CommandSpec]) -> String {
        "Usage: skills-tui \(group) COMMAND [OPTIONS]\n\nCommands:\n"
            + commandTable(commands.filter { $0.words.first == group })
            + "\nRun `skills-tui \(group) COMMAND --help` for a command's options.\n"
    }

    static func commandHelp(_ command: CommandSpec) -> String {
        var text = "Usage: \(command.usage)\n\n\(command.summary.prefix(1).uppercased() + command.summary.dropFirst()).\n"
        if !command.details.isEmpty { text += "\n\(command.details)\n" }
        if !command.options.isEmpty { text += "\nOptions:\n" + optionTable(command.options) }
        text += "\nGlobal options:\n" + optionTable(GlobalOptions.all)
        return text
    }

    private static func commandTable(_ commands: [CommandSpec]) -> String {
        let rows = commands.map { command -> (String, String) in
            let arguments = command.argumentsUsage.isEmpty ? "" : " " + command.argumentsUsage
            return ("  " + (command.words.isEmpty ? "(none)" : command.name) + arguments, command.summary)
        }
        return aligned(rows)
    }

    private static func optionTable(_ options: [OptionSpec]) -> String {
        aligned(options.map { ("  " + $0.name + ($0.valueName.map { " " + $0 } ?? ""), $0.help) })
    }

    /// Two columns: the second starts two spaces after the widest first cell (at most 34
    /// wide); a first cell wider than that has its text on the next line, in the column.
    private static func aligned(_ rows: [(String, String)]) -> String {
        let width = min(34, rows.map(\.0.count).max() ?? 0)
        return rows.map { left, right in
            if left.count > width { return left + "\n" + String(repeating: " ", count: width + 2) + right + "\n" }
            return left + String(repeating: " ", count: width - left.count) + "  " + right + "\n"
        }.joined()
    }
}
