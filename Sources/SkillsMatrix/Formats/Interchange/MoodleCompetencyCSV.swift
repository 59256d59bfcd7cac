/// Moodle's competency framework CSV (admin tool `tool_lpimportcsv`), written and read.
///
/// Mapping (see README, "Moodle CSV"):
/// - the row with `Is framework` = 1 is the framework: `Id number` = our id (`PM`),
///   `Shortname` = name, `Scale values` = the five level labels, and the Description
///   (Markdown, format 4) holds the description, `Version:`, `Review interval: N days`
///   and a `Scale:` list with each level's descriptor and equivalents;
/// - top-level rows are areas; their children are competencies, whose Description holds
///   the description, a `Level indicators:` list (levels 1 to 4), and optional
///   `References:` and `Learning:` lists.
///
/// Reading checks a file from anywhere against the same rules as our JSON loader and
/// reports every problem with its line, instead of skipping rows as Moodle does.
public enum MoodleCompetencyCSV {
    /// The tool_lpimportcsv header, exactly; Moodle reads the columns by position.
    public static let header = [
        "Parent id number", "Id number", "Shortname", "Description", "Description format", "Scale values",
        "Scale configuration", "Rule type (optional)", "Rule outcome (optional)", "Rule config (optional)",
        "Cross referenced competency id numbers", "Exported id (optional)", "Is framework", "Taxonomy",
    ]

    /// Depth 1 rows are areas (Moodle's "domain"), depth 2 competencies.
    static let taxonomy = "domain,competency"
    static let markdownFormat = "4"

    /// The labelled lines of the Descriptions, in the file's language. A reader tells the
    /// language by which `Version` heading the framework row uses; English when none.
    struct Headings: Sendable {
        let language: Language
        let version: String
        let reviewInterval: String
        /// The unit after the review interval's number: `730 days`.
        let days: String
        let scale: String
        let equivalents: String
        let indicators: String
        let references: String
        let learning: String

        var framework: Set<String> { [version, reviewInterval, scale] }
        var competency: Set<String> { [indicators, references, learning] }

        static let english = Headings(
            language: .en, version: "Version", reviewInterval: "Review interval", days: "days", scale: "Scale",
            equivalents: "Equivalents", indicators: "Level indicators", references: "References", learning: "Learning")
        static let norwegian = Headings(
            language: .nb, version: "Versjon", reviewInterval: "Vurderingsintervall", days: "dager", scale: "Skala",
            equivalents: "Tilsvarer", indicators: "Nivåbeskrivelser", references: "Referanser", learning: "Læring")

        static func of(_ language: Language) -> Headings {
            switch language {
            case .en: return english
            case .nb: return norwegian
            }
        }
    }

    enum Column: Int {
        case parent = 0, idNumber, shortname, description, descriptionFormat, scaleValues, scaleConfiguration
        case ruleType, ruleOutcome, ruleConfig, crossReferences, exportedID, isFramework, taxonomy
    }

    // MARK: - Writing

    /// The framework as a Moodle CSV file (RFC 4180, CRLF) in the framework's `language`
    /// (see `Framework.localized`). Fields are not prefixed
    /// against spreadsheet formulas: this file is for Moodle, and a prefix would change
    /// the data that comes back.
    /// - Throws: `SkillsError.notExportable` when the framework holds something this file cannot
    ///   carry (see `exportProblem`), rather than writing a file that reads back different.
    public static func encode(_ framework: Framework) throws -> String {
        if let problem = exportProblem(framework) {
            throw SkillsError.notExportable(frameworkID: framework.id, format: "Moodle CSV", problem: problem)
        }
        let writer = CSVWriter(spreadsheetSafe: false)
        var rows: [[String]] = []
        rows.append(
            row(
                parent: "", id: framework.id, name: framework.name, description: frameworkDescription(framework),
                scaleValues: framework.scale.levels.map(\.label).joined(separator: ","),
                scaleConfiguration: scaleConfiguration(levelCount: framework.scale.levels.count),
                ruleOutcome: "", ruleConfig: "", exportedID: "", isFramework: "1", taxonomy: taxonomy))
        var exportedID = 0
        for area in framework.areas {
            exportedID += 1
            rows.append(row(parent: "", id: area.id, name: area.name, description: area.description, exportedID: String(exportedID)))
            for competency in area.competencies {
                exportedID += 1
                rows.append(
                    row(
                        parent: area.id, id: competency.id, name: competency.name,
                        description: competencyDescription(competency, scale: framework.scale), exportedID: String(exportedID)))
            }
        }
        // The header as Moodle's own exporter writes it (names with spaces quoted), so that
        // the first line matches Moodle's files byte for byte.
        return ByteOutput.text { output in
            output.write(MoodleCompetencyCSV.quotedHeader + "\r\n")
            for row in rows { writer.writeRecord(row, to: &output) }
        }
    }

    private static func row(
        parent: String, id: String, name: String, description: String, scaleValues: String = "", scaleConfiguration: String = "",
        ruleOutcome: String = "0", ruleConfig: String = "null", exportedID: String, isFramework: String = "", taxonomy: String = ""
    ) -> [String] {
        [parent, id, name, description, markdownFormat, scaleValues, scaleConfiguration, "", ruleOutcome, ruleConfig, "", exportedID, isFramework, taxonomy]
    }

    /// Moodle needs a default item and at least one proficient item: the default is
    /// level 0 (None) and Working (level 2) and above count as proficient. Moodle replaces
    /// the scale id with the scale it finds or creates for the labels.
    static func scaleConfiguration(levelCount: Int) -> String {
        let items: [JSONValue] = (1...max(1, levelCount)).map { item in
            ["id": .int(item), "scaledefault": .int(item == 1 ? 1 : 0), "proficient": .int(item >= 3 ? 1 : 0)]
        }
        return JSONWriter.string(.array([["scaleid": "1"]] + items), style: .compact)
    }

    /// What in `framework` a Moodle CSV cannot carry, as a sentence saying what to do; nil
    /// when it exports faithfully. Moodle splits `Scale values` at commas with no escape,
    /// and a scale level's equivalents share one line of the Description.
    static func exportProblem(_ framework: Framework) -> String? {
        for level in framework.scale.levels {
            if level.label.contains(",") {
                return "scale level \(level.level) \"\(level.label)\" has a comma, and Moodle splits Scale values at commas; rename the level without one, or export as case or json"
            }
            if level.label.contains(where: \.isNewline) {
                return "scale level \(level.level) \"\(level.label)\" has a line break; put the label on one line, or export as case or json"
            }
            for equivalent in level.equivalents where (equivalent.scheme + equivalent.value).contains(where: \.isNewline) {
                return "the level \(level.level) equivalent \"\(equivalent.scheme)\" has a line break, and each level's equivalents share one line; put it on one line, or export as case or json"
            }
        }
        return nil
    }

    static func frameworkDescription(_ framework: Framework) -> String {
        let headings = Headings.of(framework.language)
        let scale = framework.scale.levels.map { level -> String in
            let descriptor = StructuredDescription.escapingHeadings(level.descriptor, [headings.equivalents])
            var text = StructuredDescription.item("- ", "\(level.level) \(level.label): \(descriptor)")
            if !level.equivalents.isEmpty { text += "\n  " + equivalentsLine(level.equivalents, headings: headings) }
            return text
        }
        return StructuredDescription.join(
            prose: framework.description, headings: headings.framework,
            sections: [
                StructuredDescription.line(headings.version, framework.version),
                StructuredDescription.line(headings.reviewInterval, "\(framework.reviewIntervalDays) \(headings.days)"),
                "\(headings.scale):\n\n" + scale.joined(separator: "\n"),
            ])
    }

    static func competencyDescription(_ competency: Competency, scale: ProficiencyScale) -> String {
        let headings = Headings.of(competency.language)
        var sections = [
            StructuredDescription.list(
                headings.indicators,
                numbered: competency.indicators.enumerated().map { offset, indicator in
                    (String(offset + 1), "\(scale.label(of: offset + 1)): \(indicator)")
                })
        ]
        if !competency.references.isEmpty { sections.append(StructuredDescription.list(headings.references, bulleted: competency.references)) }
        if !competency.learning.isEmpty { sections.append(StructuredDescription.list(headings.learning, bulleted: competency.learning)) }
        return StructuredDescription.join(prose: competency.description, headings: headings.competency, sections: sections)
    }

    /// `Equivalents: SFIA = 4-5; APM = 2`. A backslash escapes `;`, `=` and itself inside a
    /// scheme or value (Markdown shows `\;` as `;`), so any text comes back as it was.
    static func equivalentsLine(_ equivalents: [ScaleEquivalent], headings: Headings) -> String {
        func escaped(_ text: String) -> String {
            var output = ""
            for character in text {
                if character == "\\" || character == ";" || character == "=" { output.append("\\") }
                output.append(character)
            }
            return output
        }
        return "\(headings.equivalents): " + equivalents.map { "\(escaped($0.scheme)) = \(escaped($0.value))" }.joined(separator: "; ")
    }
}
