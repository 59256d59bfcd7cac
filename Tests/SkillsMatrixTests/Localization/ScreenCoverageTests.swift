import Foundation
import Testing
import TestSupport

/// The terminal UI's half of `CatalogueCoverageTests`, and the reports that are not in
/// the catalogue yet.
///
/// Every literal with a word in it, in every file of the TUI and of the newer report
/// renderers, is counted against that file's budget of texts still written in English.
/// More than the budget fails: a new screen or message must take its words from the
/// `MessageCatalogue`. Fewer fails too, so the budget is lowered as texts move into the
/// catalogue and cannot be used again. A file not listed has a budget of nought.
extension CatalogueCoverageTests {
    /// Literals in the TUI that are not words for a person: key names as printed on the
    /// keys, file-name parts, environment variables, CellBuffer's style letters.
    static let screenMachineTexts: Set<String> = [
        "Enter", "Esc", "Esc/q", "Esc/o", "Esc/Ctrl-C", "Ctrl-C", "Ctrl-Z", "PgUp/PgDn", "g/Home", "G/End", "Home", "End",
        "Home/Ctrl-A", "End/Ctrl-E", "Ctrl-B", "Ctrl-F", "Backspace", "Del/Ctrl-D", "Ctrl-W", "Ctrl-U", "Ctrl-K", "n/Esc",
        "Tab", "hjkl", "↑↓/jk",
        // The export's file name and format suffixes: data, the same in every language.
        "json", "md", "csv", "organisation", "training-needs-\\()-\\().\\()",
        "HOME", "SKILLS_TUI_TEST_LOAD_DELAY_MS", ".dthSKscfewbMOTRUn",
        // The program's name before the screen's title.
        " skills-tui · \\()",
    ]

    /// How many literals with words each file may still hold (English not yet in the
    /// catalogue; README "Languages" lists what they are). Lower it as texts move.
    /// Empty: every screen takes its words from the catalogue. A file may be given a
    /// budget here only while its texts are being moved.
    static let englishBudget: [String: Int] = [:]

    static func sourceFiles(under folder: String) -> [String] {
        let root = Repository.url(folder)
        guard let files = FileManager.default.enumerator(atPath: root.path) else { return [] }
        return files.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted().map { folder + "/" + $0 }
    }

    /// The literals of `file` that hold a word and are not machine text.
    static func englishLiterals(in file: String) throws -> [SwiftStringLiterals.Literal] {
        try literals(in: file).filter { !words(in: $0.text).isEmpty && !screenMachineTexts.contains($0.text) }
    }

    @Test("the terminal UI takes its words from the catalogue: no file holds more English than its budget, and a budget falls as texts move")
    func screens() throws {
        let files = Self.sourceFiles(under: "Sources/SkillsTUI")
        #expect(files.count > 40)
        try Self.checkBudgets(of: files, Self.englishBudget, english: Self.englishLiterals(in:))
    }

    /// Records a file whose count of `english` literals is above its budget (the new
    /// texts, to move to the catalogue) or below it (the budget to lower), and a budget
    /// for a file that is gone.
    static func checkBudgets(
        of files: [String], _ budgets: [String: Int], english: (String) throws -> [SwiftStringLiterals.Literal]
    ) throws {
        for file in files {
            let found = try english(file)
            let budget = budgets[file] ?? 0
            if found.count > budget {
                let shown = found.map { "\($0.line): \"\($0.text)\"" }.joined(separator: "; ")
                Issue.record("\(file) has \(found.count) texts written in the code, its budget is \(budget): put the new ones in the MessageCatalogue (\(shown))")
            } else if found.count < budget {
                Issue.record("\(file) has \(found.count) texts written in the code, fewer than its budget of \(budget): lower the budget to \(found.count)")
            }
        }
        for file in budgets.keys {
            #expect(files.contains(file), "\(file) is in the budget but no longer exists")
        }
    }

    @Test("the budget's rule catches what it should")
    func budgetRule() throws {
        // Home's menu, the heatmap, the gap report and the frame are wholly in the catalogue.
        for file in ["Sources/SkillsTUI/Screens/HomeScreen.swift", "Sources/SkillsTUI/Screens/HeatmapScreen.swift",
                     "Sources/SkillsTUI/Screens/GapReportScreen.swift", "Sources/SkillsTUI/View/Renderer.swift"] {
            #expect(try Self.englishLiterals(in: file).isEmpty, "\(file)")
        }
        #expect(Self.words(in: "Esc/q").count == 1)
        #expect(!Self.words(in: "stop loading").isEmpty)
    }
}
