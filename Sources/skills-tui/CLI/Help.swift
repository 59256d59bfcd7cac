import SkillsMatrix

/// Help text, generated from the command specs so it cannot drift from what is parsed,
/// in the words of the reader's `CommandLineCatalogue`.
enum Help {
    static func text(for command: CommandSpec?, groupWords: [String], commands: [CommandSpec], in language: Language) -> String {
        let words = language.commandLine
        if let command { return commandHelp(command, words: words) }
        if let group = groupWords.first { return groupHelp(group, commands: commands, words: words) }
        return overview(commands, words: words)
    }

    static func overview(_ commands: [CommandSpec], words: any CommandLineCatalogue) -> String {
        words.overviewHead + "\n\n" + words.commandsHeading + "\n"
            + commandTable(commands, words: words)
            + "\n" + words.globalOptionsHeading + "\n" + globalOptionTable(words)
            + "\n" + words.exitStatuses + "\n" + words.moreHelp("skills-tui") + "\n"
    }

    static func groupHelp(_ group: String, commands: [CommandSpec], words: any CommandLineCatalogue) -> String {
        "\(words.usage): skills-tui \(group) COMMAND [OPTIONS]\n\n\(words.commandsHeading)\n"
            + commandTable(commands.filter { $0.words.first == group }, words: words)
            + "\n" + words.moreHelp("skills-tui \(group)") + "\n"
    }

    static func commandHelp(_ command: CommandSpec, words: any CommandLineCatalogue) -> String {
        let help = words.help(for: command)
        var text = "\(words.usage): \(command.usage)\n\n\(help.summary.prefix(1).uppercased() + help.summary.dropFirst()).\n"
        if !help.details.isEmpty { text += "\n\(help.details)\n" }
        if !command.options.isEmpty {
            text += "\n\(words.optionsHeading)\n" + optionTable(command.options.map { ($0, help.options[$0.name] ?? "") })
        }
        text += "\n\(words.globalOptionsHeading)\n" + globalOptionTable(words)
        return text
    }

    private static func commandTable(_ commands: [CommandSpec], words: any CommandLineCatalogue) -> String {
        let rows = commands.map { command -> (String, String) in
            let arguments = command.argumentsUsage.isEmpty ? "" : " " + command.argumentsUsage
            return ("  " + (command.words.isEmpty ? words.noCommand : command.name) + arguments, words.help(for: command).summary)
        }
        return aligned(rows)
    }

    private static func globalOptionTable(_ words: any CommandLineCatalogue) -> String {
        optionTable(GlobalOptions.all.map { ($0, words.globalOptions[$0.name] ?? "") })
    }

    private static func optionTable(_ options: [(OptionSpec, String)]) -> String {
        aligned(options.map { option, help in ("  " + option.name + (option.valueName.map { " " + $0 } ?? ""), help) })
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
