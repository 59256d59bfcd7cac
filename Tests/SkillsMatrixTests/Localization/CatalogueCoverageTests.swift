import Foundation
import Testing
import TestSupport

/// Every word a person reads in the terminal UI and the text reports comes from the
/// language's `MessageCatalogue`: these read the sources and fail on a string literal
/// with words in it, so a text written straight into a view or a report cannot slip in
/// (it would be English in every language). Machine formats (CSV and JSON names) and key
/// names are the exceptions, listed here with their reason.
@Suite("Catalogue coverage")
struct CatalogueCoverageTests {
    /// The text reports' renderers. Their CSV and JSON share the files, so single
    /// lowercase words that are CSV columns or JSON members are allowed; prose (two words,
    /// or a capitalised word) is not.
    static let reportFiles = [
        "Sources/SkillsMatrix/Formats/Reports/GapReportFormat.swift",
        "Sources/SkillsMatrix/Formats/Reports/CoverageFormat.swift",
        "Sources/SkillsMatrix/Formats/Reports/HeatmapFormat.swift",
        "Sources/SkillsMatrix/Formats/Reports/TrainingNeedsFormat.swift",
        "Sources/SkillsMatrix/Formats/Reports/CatalogFormat.swift",
        "Sources/SkillsMatrix/Formats/Reports/StaffImportFormat.swift",
        "Sources/SkillsMatrix/Formats/Reports/ReportFields.swift",
        "Sources/SkillsMatrix/Formats/Reports/CompletionFormat.swift",
        "Sources/SkillsMatrix/Formats/Reports/CalibrationFormat.swift",
        "Sources/SkillsMatrix/Formats/Reports/TrendFormat.swift",
        "Sources/SkillsMatrix/Formats/Reports/CycleFormat.swift",
        "Sources/SkillsMatrix/Formats/Reports/TrainingPlanFormat.swift",
        "Sources/SkillsMatrix/Formats/Reports/DevelopmentPlansFormat.swift",
        "Sources/SkillsMatrix/Formats/Reports/CertificateFormat.swift",
        "Sources/SkillsMatrix/Formats/Reports/PeopleSearchFormat.swift",
        "Sources/SkillsMatrix/Formats/Reports/LearningCatalogueFormat.swift",
        "Sources/SkillsMatrix/Formats/Reports/DevelopmentFields.swift",
    ] + pictureFiles

    /// The pictures (HTML and SVG): their markup is not words, so tags, CSS rules and
    /// attributes are taken out before a literal is judged, except the attributes a
    /// person reads (`title`, `aria-label`, `alt`).
    static let pictureFiles = [
        "Sources/SkillsMatrix/Formats/Reports/GapPalette.swift",
        "Sources/SkillsMatrix/Formats/Reports/HeatmapHTML.swift",
        "Sources/SkillsMatrix/Formats/Reports/HeatmapPicture.swift",
        "Sources/SkillsMatrix/Formats/Reports/HeatmapSVG.swift",
        "Sources/SkillsMatrix/Formats/Reports/TrendHTML.swift",
    ]

    /// Literals with prose in the report files that are machine data, not words for a person.
    static let reportMachineTexts: Set<String> = [
        // The heatmap CSV's last row: a machine format, English in every language.
        "members meeting target",
        // The SVG heatmap's fill of an unrated cell: a reference to its hatch pattern.
        "url(#hatch)",
        // The training plan CSV's status of a need no catalogue item closes: a machine format.
        "no item",
    ]

    /// Words a literal may have and still be a literal.
    static func words(in text: String) -> [String] {
        // Escapes (\n, \t, \u{...}), interpolations and printf formats (%04d) are not words.
        let stripped = text.replacingOccurrences(
            of: #"\\u\{[0-9A-Fa-f]+\}|\\\(\)|\\.|%[0-9.]*[a-zA-Z]"#, with: " ", options: .regularExpression)
        return stripped.split { !$0.isLetter && $0 != "_" }.map(String.init).filter { $0.count >= 2 }
    }

    /// `text` without markup: the attributes a person reads (`title`, `aria-label`, `alt`)
    /// are kept as text; every other attribute, tag and CSS rule goes.
    static func withoutMarkup(_ text: String) -> String {
        let read = try? NSRegularExpression(pattern: #"(?:title|aria-label|alt)=\\?"(.*?)\\?""#)
        let range = NSRange(text.startIndex..., in: text)
        let kept = read?.matches(in: text, range: range).compactMap { Range($0.range(at: 1), in: text).map { String(text[$0]) } } ?? []
        let stripped = text
            .replacingOccurrences(of: #"[\w:-]+=\\?".*?\\?""#, with: " ", options: .regularExpression)
            .replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
            .replacingOccurrences(of: #"[^{}]*\{[^{}]*\}"#, with: " ", options: .regularExpression)
        return ([stripped] + kept).joined(separator: " ")
    }

    /// Whether a literal in a report renderer reads as prose: two or more words, a
    /// capitalised one, or a word beside a value ("Readiness", "nobody meets", "\(n) people").
    static func isProse(_ text: String) -> Bool {
        let words = words(in: text)
        if words.count >= 2 || (!words.isEmpty && text.contains("\\()")) { return true }
        return words.contains { $0.first?.isUppercase == true }
    }

    static func literals(in relativePath: String) throws -> [SwiftStringLiterals.Literal] {
        let source = try String(contentsOf: Repository.url(relativePath), encoding: .utf8)
        return SwiftStringLiterals(source: source).literals
    }

    @Test("the literal reader finds texts, leaves out comments and interpolations, and reads literals inside them")
    func reader() {
        let source = #"""
            // "not this"
            let a = "Hello \(name ?? "World") there" /* "nor this" */
            let b = """
                two lines
                """
            let c = #"raw \d"#
            """#
        let texts = SwiftStringLiterals(source: source).literals.map(\.text)
        #expect(texts.contains("Hello \\() there"))
        #expect(texts.contains("World"))
        #expect(texts.contains { $0.contains("two lines") })
        #expect(texts.contains("raw \\d"))
        #expect(!texts.contains { $0.contains("not this") || $0.contains("nor this") })
    }

    @Test("a report renderer's words all come from the catalogue", arguments: reportFiles)
    func reports(file: String) throws {
        let literals = try Self.literals(in: file)
        #expect(!literals.isEmpty)
        let isPicture = Self.pictureFiles.contains(file)
        for literal in literals where Self.isProse(isPicture ? Self.withoutMarkup(literal.text) : literal.text) && !Self.reportMachineTexts.contains(literal.text) {
            Issue.record("\(file):\(literal.line): \"\(literal.text)\" is written in the code; put it in the MessageCatalogue")
        }
    }

    @Test("the prose test catches what it should")
    func proseRule() {
        #expect(Self.isProse("nobody meets the target"))
        #expect(Self.isProse("Readiness: \\()"))
        #expect(Self.isProse("\\() people"))
        #expect(!Self.isProse("competency_id"))
        #expect(!Self.isProse(" · "))
        #expect(!Self.isProse("\\()\\n"))
        #expect(!Self.isProse("\\u{A0}"))
        #expect(!Self.isProse("%04d-%02dT%02dZ"))
        #expect(!Self.isProse(Self.withoutMarkup(#"<text x=\"8\" font-weight=\"bold\">\()</text>"#)))
        #expect(!Self.isProse(Self.withoutMarkup("th.person { position: sticky; left: 0; }\n.legend li { display: flex; }")))
        #expect(Self.isProse(Self.withoutMarkup(#"<th scope=\"col\">Ready</th>"#)))
        #expect(Self.isProse(Self.withoutMarkup(#"<svg aria-label=\"readiness over time\">"#)))
    }
}
