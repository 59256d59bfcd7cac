import Foundation
import SkillsMatrix
import Testing
import TestSupport
@testable import skills_tui

/// `--help` in every language: each command's and option's words are in each catalogue,
/// the pages match their golden files, and the reader's language is the one the rest of
/// the command line speaks (`--lang`, the locale).
@Suite("Command help")
@MainActor
struct CommandHelpTests {
    static let golden = GoldenFiles("Tests/skills-tuiTests/Golden/help")

    /// Every command the parser knows, the terminal UI's (no words) included.
    static var allCommands: [CommandSpec] { CommandLineTool.commands + [InteractiveCommands.open] }

    @Test("every command and every option has help in every language, and no catalogue helps a command or option that is not there", arguments: Language.allCases)
    func everyCommandHasHelp(language: Language) {
        let words = language.commandLine
        for command in Self.allCommands {
            let help = words.commands[command.name]
            #expect(help != nil, "\(language): no help for `\(command.name)`")
            #expect(help?.summary.isEmpty == false, "\(language): `\(command.name)` has no summary")
            for option in command.options {
                #expect(help?.options[option.name]?.isEmpty == false, "\(language): `\(command.name) \(option.name)` has no help")
            }
            let named = Set(command.options.map(\.name))
            for extra in Set(help?.options.keys ?? [:].keys).subtracting(named) {
                Issue.record("\(language): `\(command.name)` has help for \(extra), which it does not take")
            }
        }
        let known = Set(Self.allCommands.map(\.name))
        for extra in Set(words.commands.keys).subtracting(known) {
            Issue.record("\(language): help for `\(extra)`, which is no command")
        }
        #expect(Set(words.globalOptions.keys) == Set(GlobalOptions.all.map(\.name)))
        #expect(words.globalOptions.values.allSatisfy { !$0.isEmpty })
    }

    @Test("Bokmål help differs from English for every command (a copied English text is a miss)")
    func bokmalIsTranslated() {
        let english = Language.en.commandLine, bokmal = Language.nb.commandLine
        for command in Self.allCommands {
            #expect(english.help(for: command).summary != bokmal.help(for: command).summary, "`\(command.name)`")
            let details = english.help(for: command).details
            if !details.isEmpty {
                #expect(details != bokmal.help(for: command).details, "`\(command.name)`")
            }
        }
    }

    /// Every help page: the overview, each group's, each command's; named as in `Golden/help`.
    static var pages: [(name: String, command: CommandSpec?, group: [String])] {
        let commands = CommandLineTool.commands
        var groups: [String] = []
        for command in commands where command.words.count > 1 && !groups.contains(command.words[0]) { groups.append(command.words[0]) }
        return [("overview", nil, [])] + groups.map { ($0, nil, [$0]) }
            + commands.map { ($0.words.joined(separator: "-"), $0, []) }
    }

    /// The Bokmål pages kept as golden files (read through by a Norwegian reader).
    static let bokmalPages: Set<String> = ["overview", "report", "rate", "report-training-needs", "report-heatmap", "staff-import", "demo"]

    @Test("every English help page is byte for byte what it was before the words moved to the catalogue; Bokmål pages match theirs", arguments: Language.allCases)
    func goldenPages(language: Language) throws {
        let pages = Self.pages.filter { language == .en || Self.bokmalPages.contains($0.name) }
        #expect(pages.count >= (language == .en ? 50 : Self.bokmalPages.count))
        for page in pages {
            let text = Help.text(for: page.command, groupWords: page.group, commands: CommandLineTool.commands, in: language)
            try Self.golden.check(text, "\(language.code)/\(page.name).txt")
        }
    }

    @Test("--lang anywhere on the line, else the locale (LANG, LC_ALL), chooses the help's language; LANG=C reads English")
    func readersLanguage() throws {
        let runner = BinaryRunner()
        defer { runner.remove() }
        let flag = try runner.run(["--lang", "nb", "rate", "--help"])
        #expect(flag.status == 0)
        #expect(flag.standardOutput.hasPrefix("Bruk: skills-tui rate COMPETENCY LEVEL"))
        #expect(flag.standardOutput.contains("\nFelles valg:\n"))
        let after = try runner.run(["rate", "--help", "--lang=nb"])
        #expect(after.standardOutput == flag.standardOutput)
        let locale = try runner.run(["--help"], environment: ["LANG": "nb_NO.UTF-8"])
        #expect(locale.standardOutput.contains("\nKommandoer:\n"))
        #expect(locale.standardOutput.contains("Avslutningsstatus: 0"))
        let english = try runner.run(["--help"], environment: ["LANG": "C"])
        #expect(english.standardOutput.hasPrefix("skills-tui: skills-gap assessment"))
        let group = try runner.run(["report", "--help"], environment: ["LC_ALL": "nb_NO.UTF-8"])
        #expect(group.standardOutput.hasPrefix("Bruk: skills-tui report COMMAND [OPTIONS]"))
    }

    @Test("a command's own usage check speaks the reader's language and still exits 64")
    func commandProblems() throws {
        let runner = BinaryRunner()
        defer { runner.remove() }
        let english = try runner.run(["rate", "PM.RISK.1", "three"])
        #expect(english.status == 64)
        #expect(english.standardError == "skills-tui: LEVEL must be a number from 0 to 4, not \"three\"\n")
        let bokmal = try runner.run(["rate", "PM.RISK.1", "three", "--lang", "nb"])
        #expect(bokmal.status == 64)
        #expect(bokmal.standardError == "skills-tui: LEVEL må være et tall fra 0 til 4, ikke «three»\n")
        let team = try runner.run(["report", "coverage"], environment: ["LANG": "nb_NO.UTF-8"])
        #expect(team.status == 64)
        #expect(team.standardError.hasPrefix("skills-tui: `report coverage` trenger --team TEAM"))
        let noTerminal = try runner.run(["demo", "--lang", "nb"])
        #expect(noTerminal.status == 64)
        #expect(noTerminal.standardError.hasPrefix("skills-tui: terminalgrensesnittet trenger en terminal;"))
    }

    @Test("every command problem is worded in every language, differently from English outside English")
    func problemWords() {
        let problems: [CommandProblem] = [
            .standardInputTwice, .certificateNumber("x"), .level("x"), .personOrTeam, .withoutInCSV, .excelWithoutCSV,
            .needsTeam(command: "report heatmap"), .needsStaff, .seed("x"), .wholeNumber(option: "--staff", value: "x"),
            .languageCode("x"), .migrateNeedsDatabases, .cycleNeedsDue, .fromWithRating, .singleRatingOption("--note"), .ratingLine("x"),
            .needsTerminal,
        ]
        for problem in problems {
            let english = Language.en.commandLine.problem(problem)
            for language in Language.allCases where language != .en {
                let words = language.commandLine.problem(problem)
                #expect(!words.isEmpty && words != english, "\(language): \(problem)")
            }
        }
    }
}

extension CommandHelpTests {
    @Test("help follows the language saved with `profile language` when there is a database; --lang still wins")
    func savedLanguage() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        #expect(try runner.run(["--as", "wli", "profile", "language", "nb"]).status == 0)
        let saved = try runner.run(["--as", "wli", "report", "--help"])
        #expect(saved.standardOutput.hasPrefix("Bruk: skills-tui report COMMAND [OPTIONS]"))
        let option = try runner.run(["--as", "wli", "report", "--help", "--lang", "en"])
        #expect(option.standardOutput.hasPrefix("Usage: skills-tui report COMMAND [OPTIONS]"))
        let someoneElse = try runner.run(["--as", "apatel", "--help"])
        #expect(someoneElse.standardOutput.hasPrefix("skills-tui: skills-gap assessment"))
    }
}

extension CommandHelpTests {
    @Test("at 80 columns every page fits, breaking between words with each further line in its column, but examples and what cannot break", arguments: Language.allCases)
    func fitsEightyColumns(language: Language) {
        let words = language.commandLine
        for page in Self.pages {
            let text = Help.text(for: page.command, groupWords: page.group, commands: CommandLineTool.commands, in: language, width: 80)
            for line in text.split(separator: "\n") where DisplayWidth.of(String(line)) > 80 {
                #expect(line.hasPrefix(words.example) || !line.contains(" "), "\(language) \(page.name): \(line)")
            }
            // The same words as the unbroken page, only the line breaks and the columns' spaces differ.
            let whole = Help.text(for: page.command, groupWords: page.group, commands: CommandLineTool.commands, in: language)
            #expect(text.split { $0 == " " || $0 == "\n" } == whole.split { $0 == " " || $0 == "\n" }, "\(language) \(page.name)")
        }
    }

    @Test("a broken second column stays in its column, and a broken usage line under its first argument")
    func brokenLinesKeepTheirColumn() throws {
        let text = Help.text(for: DevelopmentCommands.addCertificate, groupWords: [], commands: CommandLineTool.commands, in: .nb, width: 60)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "Bruk: skills-tui certificate add [--person LOGIN]")
        #expect(lines[1] == String(repeating: " ", count: 33) + "[--name NAME]")
        #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= 60 })
        let name = try #require(lines.firstIndex { $0.hasPrefix("  --name NAME") })
        #expect(lines[name + 1].hasPrefix(String(repeating: " ", count: 19)))
        #expect(lines[name + 1].dropFirst(19).first != " ")
        #expect(Help.wrapped("kort tekst", keeping: ["kort", "tekst"], to: 60) == ["kort tekst"])
        #expect(Help.wrapped("a b c", keeping: ["a", "b", "c"], to: nil) == ["a b c"])
    }
}
