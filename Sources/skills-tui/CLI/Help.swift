import SkillsMatrix

/// Help text, generated from the command specs so it cannot drift from what is parsed,
/// in the words of the reader's `CommandLineCatalogue`.
///
/// Given the terminal's `width`, the usage line and the tables' second column are broken
/// between words to fit it, each further line in its column, and so are the details'
/// lines but their examples (kept whole, to be copied); without one (a pipe, a file)
/// every line is as written.
enum Help {
    static func text(
        for command: CommandSpec?, groupWords: [String], commands: [CommandSpec], in language: Language, width: Int? = nil
    ) -> String {
        let page = Page(words: language.commandLine, width: width)
        if let command { return page.commandHelp(command) }
        if let group = groupWords.first { return page.groupHelp(group, commands: commands) }
        return page.overview(commands)
    }

    /// One page's language and width.
    private struct Page {
        let words: any CommandLineCatalogue
        let width: Int?

        func overview(_ commands: [CommandSpec]) -> String {
            words.overviewHead + "\n\n" + words.commandsHeading + "\n"
                + commandTable(commands)
                + "\n" + words.globalOptionsHeading + "\n" + globalOptionTable()
                + "\n" + words.exitStatuses + "\n" + words.moreHelp("skills-tui") + "\n"
        }

        func groupHelp(_ group: String, commands: [CommandSpec]) -> String {
            "\(words.usage): skills-tui \(group) COMMAND [OPTIONS]\n\n\(words.commandsHeading)\n"
                + commandTable(commands.filter { $0.words.first == group })
                + "\n" + words.moreHelp("skills-tui \(group)") + "\n"
        }

        func commandHelp(_ command: CommandSpec) -> String {
            let help = words.help(for: command)
            var text = usageLine(command) + "\n\n" + fitted(help.summary.prefix(1).uppercased() + help.summary.dropFirst() + ".") + "\n"
            if !help.details.isEmpty { text += "\n\(fitted(help.details))\n" }
            if !command.options.isEmpty {
                text += "\n\(words.optionsHeading)\n" + optionTable(command.options.map { ($0, help.options[$0.name] ?? "") })
            }
            text += "\n\(words.globalOptionsHeading)\n" + globalOptionTable()
            return text
        }

        /// "Usage: skills-tui rate COMPETENCY LEVEL [--person LOGIN] ...", its options
        /// carried onto further lines under the first argument when it is too wide.
        private func usageLine(_ command: CommandSpec) -> String {
            let parts = command.usageParts
            let head = "\(words.usage): \(parts[0])"
            let lines = Help.wrapped(parts.dropFirst().joined(separator: " "), keeping: Array(parts.dropFirst()),
                                     to: width.map { $0 - DisplayWidth.of(head) - 1 })
            let indent = String(repeating: " ", count: DisplayWidth.of(head) + 1)
            return ([lines.first.map { head + ($0.isEmpty ? "" : " " + $0) } ?? head] + lines.dropFirst().map { indent + $0 })
                .joined(separator: "\n")
        }

        /// The details with each line too wide for the page broken between words, but
        /// examples and lines set in with spaces.
        private func fitted(_ details: String) -> String {
            guard let width else { return details }
            return details.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                if line.hasPrefix(words.example) || line.hasPrefix(" ") { return String(line) }
                return Help.wrapped(String(line), keeping: line.split(separator: " ").map(String.init), to: width).joined(separator: "\n")
            }.joined(separator: "\n")
        }

        private func commandTable(_ commands: [CommandSpec]) -> String {
            let rows = commands.map { command -> (String, String) in
                let arguments = command.argumentsUsage.isEmpty ? "" : " " + command.argumentsUsage
                return ("  " + (command.words.isEmpty ? words.noCommand : command.name) + arguments, words.help(for: command).summary)
            }
            return aligned(rows)
        }

        private func globalOptionTable() -> String {
            optionTable(GlobalOptions.all.map { ($0, words.globalOptions[$0.name] ?? "") })
        }

        private func optionTable(_ options: [(OptionSpec, String)]) -> String {
            aligned(options.map { option, help in ("  " + option.name + (option.valueName.map { " " + $0 } ?? ""), help) })
        }

        /// Two columns: the second starts two spaces after the widest first cell (at most
        /// 34 wide); a first cell wider than that has its text on the next line, in the
        /// column, as has a second cell's text beyond the page's width.
        private func aligned(_ rows: [(String, String)]) -> String {
            let column = min(34, rows.map(\.0.count).max() ?? 0)
            let indent = String(repeating: " ", count: column + 2)
            return rows.map { left, right in
                let lines = Help.wrapped(right, keeping: right.split(separator: " ").map(String.init), to: width.map { $0 - column - 2 })
                let rest = lines.dropFirst().map { indent + $0 + "\n" }.joined()
                if left.count > column { return left + "\n" + indent + lines[0] + "\n" + rest }
                return left + String(repeating: " ", count: column - left.count) + "  " + lines[0] + "\n" + rest
            }.joined()
        }
    }

    /// `text` as lines of at most `room` columns, broken between `parts` (its words, or
    /// the usage line's bracketed options); whole when there is no room to keep to, or
    /// too little (under 20 columns) for breaking it to help.
    static func wrapped(_ text: String, keeping parts: [String], to room: Int?) -> [String] {
        guard let room, room >= 20, DisplayWidth.of(text) > room else { return [text] }
        return LineFill.lines(parts, width: room)
    }
}
