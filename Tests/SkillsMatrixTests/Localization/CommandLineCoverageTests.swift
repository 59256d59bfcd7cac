import Foundation
import Testing
import TestSupport

/// The command line's half of `CatalogueCoverageTests`: `--help`, the commands' own
/// messages and outputs, the SSH gateway, and the report renderers not yet in
/// `reportFiles` (the pictures).
///
/// Every literal that reads as prose is counted against its file's budget of texts still
/// written in English. More than the budget fails, so no new English slips in; fewer fails
/// too, so the budget is lowered as texts move into the catalogue. A file not listed has a
/// budget of nought.
extension CatalogueCoverageTests {
    static let commandLineFolders = ["Sources/skills-tui", "Sources/SkillsMatrix/Formats/Reports", "Sources/SkillsMatrix/Errors", "Sources/SkillsMatrix/Formats"]

    /// The command line's own catalogues (`CommandLineCatalogue`): the words themselves, in
    /// each language, as `Sources/SkillsMatrix/Localization` is for the engine's.
    static let commandLineCatalogueFolder = "Sources/skills-tui/CLI/Help/"

    /// Prose in the command line that is machine text, not words for a person.
    static let commandLineMachineTexts: Set<String> = [
        // File names the readers look for, the same in every language.
        "roles.json", "learning.json", "cycles.csv",
        // Encodings named in the readers' problems (`TextEncoding.name`).
        "UTF-8", "UTF-16", "UTF-32",
        // JSON paths that `frameworks validate`'s findings point at.
        "$.areas[\\()].competencies[\\()]", "\\().indicators.\\()", "\\().references[\\()]", "$.items[\\()].cost.cohort",
        // The commands' placeholders, as typed in usage lines and kept in every language
        // (their help, which explains them, is in the `CommandLineCatalogue`).
        "COMPETENCY LEVEL", "COMPETENCY MARK", "COMPETENCY", "FILE", "FILE...", "FILE.csv|-", "ID", "LOGIN KEYFILE|-",
        "LOGIN hr|admin", "LOGIN", "NAME", "NUMBER STATE", "[FILE...]", "[LANG]", "[NAME]", "AMOUNT", "DAY", "DAYS", "DB",
        "FINGERPRINT", "FORMAT", "ID,...", "ISSUER", "LANG", "NUMBER", "PATH", "TEAM", "TEAM,...", "TEXT", "TRACK", "YYYY-MM-DD",
        // Option names and command words, typed as they are.
        "--deactivate-missing", "--dry-run", "--include-unrated", "--large-team", "--min-level", "--no-color",
        "training-needs", "training-plan",
        // The program's name, before its messages on standard error, and the demo's folder.
        "skills-tui", "skills-tui: ", "seeds/demo",
    ]

    /// How many prose literals each file may still hold (English not yet in the catalogue;
    /// README "Languages" lists what they are). Lower it as texts move.
    /// Some files keep a budget because their prose is data, not words: the reference
    /// schemes' names, CASE and Moodle member names, the demo organisation's content.
    static let commandLineBudget: [String: Int] = [
        "Sources/SkillsMatrix/Errors/SkillsError.swift": 9,
        "Sources/SkillsMatrix/Formats/CSV/CSVWriter.swift": 1,
        "Sources/SkillsMatrix/Formats/Frameworks/ReferenceSchemes.swift": 109,
        "Sources/SkillsMatrix/Formats/InputFile.swift": 1,
        "Sources/SkillsMatrix/Formats/Interchange/CASEPackage+Reading.swift": 19,
        "Sources/SkillsMatrix/Formats/Interchange/CASEPackage.swift": 46,
        "Sources/SkillsMatrix/Formats/Interchange/FrameworkInterchange.swift": 2,
        "Sources/SkillsMatrix/Formats/Interchange/MoodleCompetencyCSV+Reading.swift": 6,
        "Sources/SkillsMatrix/Formats/Interchange/MoodleCompetencyCSV.swift": 33,
        "Sources/SkillsMatrix/Formats/Interchange/NameBasedUUID.swift": 2,
        "Sources/SkillsMatrix/Formats/Organisation/DemoOrganisation.swift": 13,
        "Sources/SkillsMatrix/Formats/Text/DisplayWidth.swift": 1,
        "Sources/SkillsMatrix/Formats/Text/TextTable.swift": 1,
        "Sources/skills-tui/CLI/ArgumentParser.swift": 3,
        "Sources/skills-tui/CLI/CommandLineTool.swift": 3,
        "Sources/skills-tui/CLI/Commands/AccessCommands.swift": 2,
        "Sources/skills-tui/CLI/Commands/ArchiveCommands.swift": 1,
        "Sources/skills-tui/CLI/Help.swift": 2,
        "Sources/skills-tui/CLI/Invocation.swift": 1,
        "Sources/skills-tui/CLI/OutputFile.swift": 1,
        "Sources/skills-tui/CLI/RuntimeEnvironment.swift": 14,
        "Sources/skills-tui/Gateway/AccessSetup.swift": 4,
        "Sources/skills-tui/Gateway/AuthorizedKeysFile.swift": 1,
        "Sources/skills-tui/Gateway/GatewayCommand.swift": 4,
        "Sources/skills-tui/Gateway/GatewayConfiguration.swift": 5,
        "Sources/skills-tui/Gateway/GatewayHelp.swift": 17,
        "Sources/skills-tui/Gateway/GatewaySession.swift": 43,
        "Sources/skills-tui/TUI/TerminalBackend.swift": 5,
    ]

    static func commandLineEnglish(in file: String) throws -> [SwiftStringLiterals.Literal] {
        try literals(in: file).filter {
            isProse($0.text) && !commandLineMachineTexts.contains($0.text) && !reportMachineTexts.contains($0.text)
        }
    }

    @Test("the command line takes its words from the catalogue: no file holds more English than its budget, and a budget falls as texts move")
    func commandLine() throws {
        let files = Self.commandLineFolders.flatMap { Self.sourceFiles(under: $0) }.filter {
            !Self.reportFiles.contains($0) && !$0.hasPrefix(Self.commandLineCatalogueFolder)
        }
        #expect(files.count > 40)
        try Self.checkBudgets(of: files, Self.commandLineBudget, english: Self.commandLineEnglish(in:))
    }
}
