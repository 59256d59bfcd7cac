extension MoodleCompetencyCSV {
    /// Reads a Moodle competency framework CSV, ours or anyone's, and checks it against
    /// the rules of our own loader.
    /// - Throws: `InputFileError` for a file that is not CSV at all (ragged rows, bad
    ///   quotes, invalid UTF-8, wrong header); `InputFileErrors` with every problem in
    ///   the rows, each with its line.
    public static func decode(_ bytes: [UInt8], file: String) throws -> Framework {
        let records = try CSVReader.parse(bytes, file: file)
        guard let headerRecord = records.first else {
            throw InputFileError(file: file, line: 1, problem: .moodleEmpty(header: quotedHeader))
        }
        try checkHeader(headerRecord, file: file)
        var reader = MoodleRowReader(file: file)
        let rows = Array(records.dropFirst())
        for row in rows {
            for (position, field) in row.fields.enumerated() {
                if let fault = TerminalText.storageFault(field, onOneLine: false), let column = Column(rawValue: position) {
                    reader.fail(row, column, .unsafeText(fault))
                }
            }
        }
        let frameworkRows = rows.filter { isTrue($0.fields[Column.isFramework.rawValue]) }
        guard let frameworkRow = frameworkRows.first else {
            throw InputFileError(
                file: file, line: rows.first?.line ?? 1, location: Self.header[Column.isFramework.rawValue], problem: .moodleNoFrameworkRow)
        }
        for extra in frameworkRows.dropFirst() {
            reader.fail(extra, .isFramework, .moodleSecondFrameworkRow(firstLine: frameworkRow.line))
        }
        let header = reader.frameworkHeader(frameworkRow)
        let areas = reader.areas(rows.filter { !isTrue($0.fields[Column.isFramework.rawValue]) }, header: header)
        if areas.isEmpty, reader.errors.isEmpty {
            reader.fail(frameworkRow, .idNumber, .moodleNoAreas)
        }
        if !reader.errors.isEmpty { throw InputFileErrors(reader.errors) }
        return Framework(
            id: header.id, name: header.name, version: header.version, description: header.description,
            reviewIntervalDays: header.reviewIntervalDays, scale: header.scale, areas: areas, language: reader.headings.language)
    }

    /// The header line as Moodle writes it: `"Parent id number","Id number",Shortname,...`.
    public static var quotedHeader: String { header.map { $0.contains(" ") ? "\"\($0)\"" : $0 }.joined(separator: ",") }

    private static func checkHeader(_ record: CSVRecord, file: String) throws {
        let found = record.fields.map { $0.trimmingWhitespace() }
        guard found.count == header.count else {
            throw InputFileError(
                file: file, line: record.line, problem: .moodleHeaderWidth(found: found.count, expected: header.count, header: quotedHeader))
        }
        for (position, (name, expected)) in zip(found, header).enumerated() where name.lowercased() != expected.lowercased() {
            throw InputFileError(file: file, line: record.line, problem: .moodleColumn(position: position + 1, found: name, expected: expected))
        }
    }

    /// PHP's truth, which Moodle applies: "" and "0" are false, anything else true.
    static func isTrue(_ value: String) -> Bool {
        let trimmed = value.trimmingWhitespace()
        return !(trimmed.isEmpty || trimmed == "0")
    }

    /// The pairs of an equivalents line after `Equivalents:` (`SFIA = 4-5; APM = 2`),
    /// undoing `equivalentsLine`'s backslash escapes; nil when a pair has no `=`. A
    /// further unescaped `=` belongs to the value, as files from before the escapes wrote it.
    static func equivalents(from text: Substring) -> [ScaleEquivalent]? {
        var pairs: [[String]] = [[""]]
        var escaping = false
        for character in text {
            let last = pairs.count - 1
            if escaping {
                pairs[last][pairs[last].count - 1].append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == ";" {
                pairs.append([""])
            } else if character == "=", pairs[last].count == 1 {
                pairs[last].append("")
            } else {
                pairs[last][pairs[last].count - 1].append(character)
            }
        }
        var equivalents: [ScaleEquivalent] = []
        for pair in pairs {
            guard pair.count == 2 else { return nil }
            equivalents.append(ScaleEquivalent(scheme: pair[0].trimmingWhitespace(), value: pair[1].trimmingWhitespace()))
        }
        return equivalents
    }
}

/// What the framework row says.
struct MoodleFrameworkHeader {
    var id = ""
    var name = ""
    var version = ""
    var description = ""
    var reviewIntervalDays = 0
    var scale = ProficiencyScale(levels: [])
}

/// Reads rows, collecting every problem rather than stopping at the first.
struct MoodleRowReader {
    typealias Column = MoodleCompetencyCSV.Column
    typealias Headings = MoodleCompetencyCSV.Headings
    let file: String
    var errors: [InputFileError] = []
    /// The labels of the file's language, told by the framework row.
    private(set) var headings = Headings.english

    mutating func fail(_ row: CSVRecord, _ column: Column, _ problem: InputFileProblem, line: Int? = nil) {
        errors.append(
            InputFileError(file: file, line: line ?? row.line, location: MoodleCompetencyCSV.header[column.rawValue], problem: problem))
    }



    /// Reports every heading the Description repeats, at its own line: keeping one of
    /// two `References:` lists would drop the other without a word.
    mutating func failRepeatedHeadings(_ row: CSVRecord, _ parsed: StructuredDescription) {
        for (repeated, first) in parsed.repeatedSections {
            fail(
                row, .description,
                .moodleRepeatedHeading(repeated.heading, firstLine: descriptionLine(row, first.lineOffset)),
                line: descriptionLine(row, repeated.lineOffset))
        }
    }

    /// The file line of line `offset` (from 0) of the row's Description: the record's
    /// line plus the line breaks in the fields before it. HTML (format 1) loses its
    /// line breaks, so there only the record's line is known.
    func descriptionLine(_ row: CSVRecord, _ offset: Int) -> Int {
        guard value(row, .descriptionFormat) != "1" else { return row.line }
        let before = row.fields[..<Column.description.rawValue].reduce(0) { count, field in count + field.utf8.filter { $0 == 0x0A }.count }
        return row.line + before + offset
    }

    func value(_ row: CSVRecord, _ column: Column) -> String { row.fields[column.rawValue].trimmingWhitespace() }

    /// The Description as text: HTML (format 1) loses its tags; the others are text already.
    mutating func descriptionText(_ row: CSVRecord) -> String {
        let text = row.fields[Column.description.rawValue]
        switch value(row, .descriptionFormat) {
        case "", "0", "2", "4": return text
        case "1": return StructuredDescription.plainText(fromHTML: text)
        case let other:
            fail(row, .descriptionFormat, .moodleDescriptionFormat(other))
            return text
        }
    }

    // MARK: - Framework row

    mutating func frameworkHeader(_ row: CSVRecord) -> MoodleFrameworkHeader {
        var header = MoodleFrameworkHeader()
        header.id = value(row, .idNumber)
        if let problem = FrameworkRules.frameworkIDProblem(header.id) { fail(row, .idNumber, problem) }
        header.name = value(row, .shortname)
        if header.name.isEmpty { fail(row, .shortname, .moodleFrameworkName) }
        let text = descriptionText(row)
        headings = Language.allCases.map(Headings.of).first { candidate in
            StructuredDescription.parse(text, headings: candidate.framework).section(candidate.version) != nil
        } ?? .english
        let parsed = StructuredDescription.parse(text, headings: headings.framework)
        failRepeatedHeadings(row, parsed)
        header.description = parsed.prose
        if header.description.isEmpty { fail(row, .description, .moodleFrameworkDescription(versionHeading: headings.version)) }
        header.version = parsed.section(headings.version)?.value ?? ""
        if header.version.isEmpty { fail(row, .description, .moodleVersionLine(heading: headings.version)) }
        if let interval = parsed.section(headings.reviewInterval) {
            let unit = " " + headings.days
            let number = interval.value.hasSuffix(unit) ? String(interval.value.dropLast(unit.count)) : interval.value
            if let days = Int(number) {
                header.reviewIntervalDays = days
                if let problem = FrameworkRules.reviewIntervalProblem(days) { fail(row, .description, problem) }
            } else {
                fail(row, .description, .moodleReviewIntervalNumber(heading: headings.reviewInterval, value: interval.value, days: headings.days))
            }
        } else {
            fail(row, .description, .moodleReviewIntervalLine(heading: headings.reviewInterval, days: headings.days))
        }
        header.scale = scale(row, section: parsed.section(headings.scale))
        let configuration = value(row, .scaleConfiguration)
        if case .array(let items)? = try? JSONParser.parse(configuration).root, case .object(let first)? = items.first, first["scaleid"] != nil {
            // Moodle's own check; the items are Moodle's business.
        } else {
            fail(row, .scaleConfiguration, .moodleScaleConfiguration(example: MoodleCompetencyCSV.scaleConfiguration(levelCount: 5)))
        }
        return header
    }

    /// The five labels from `Scale values`, each with the descriptor (and equivalents)
    /// from the Description's `Scale:` list.
    private mutating func scale(_ row: CSVRecord, section: StructuredDescription.Section?) -> ProficiencyScale {
        let labels = value(row, .scaleValues).split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
        guard labels.count == ProficiencyScale.levelRange.count, labels.allSatisfy({ !$0.isEmpty }) else {
            fail(row, .scaleValues, .moodleScaleValues(count: labels.count))
            return ProficiencyScale(levels: [])
        }
        guard let section else {
            fail(row, .description, .moodleScaleList(heading: headings.scale, firstLabel: labels[0]))
            return ProficiencyScale(levels: [])
        }
        var levels: [ScaleLevel] = []
        for (level, label) in labels.enumerated() {
            let prefix = "\(level) \(label):"
            guard let item = section.items.first(where: { $0.text.hasPrefix(prefix) }) else {
                fail(row, .description, .moodleScaleLevelLine(heading: headings.scale, prefix: prefix))
                continue
            }
            let text = item.text.dropFirst(prefix.count)
            var lines = (text.first == " " ? text.dropFirst() : text).split(separator: "\n", omittingEmptySubsequences: false)
            var equivalents: [ScaleEquivalent] = []
            // The equivalents are the item's last line, never its first: a descriptor line
            // that reads like one was escaped on writing.
            if lines.count > 1, let last = lines.last, last.hasPrefix(headings.equivalents + ":") {
                lines.removeLast()
                if let pairs = MoodleCompetencyCSV.equivalents(from: last.dropFirst(headings.equivalents.count + 1)) {
                    equivalents = pairs
                } else {
                    fail(row, .description, .moodleEquivalents(level: level, heading: headings.equivalents))
                }
            }
            let descriptor = StructuredDescription.unescapingHeadings(lines.joined(separator: "\n"), [headings.equivalents]).trimmingWhitespace()
            if descriptor.isEmpty { fail(row, .description, .moodleScaleDescriptor(level: level, label: label, prefix: prefix)) }
            levels.append(ScaleLevel(level: level, label: label, descriptor: descriptor, equivalents: equivalents, language: headings.language))
        }
        return ProficiencyScale(levels: levels)
    }

    // MARK: - Areas and competencies

    mutating func areas(_ rows: [CSVRecord], header: MoodleFrameworkHeader) -> [CompetencyArea] {
        var firstLine: [String: Int] = [:]
        var parentByID: [String: String] = [:]
        for row in rows {
            let id = value(row, .idNumber)
            if id.isEmpty {
                fail(row, .idNumber, .moodleEmptyIDNumber(example: "\(header.id).GOV.1"))
            } else if let first = firstLine[id] {
                fail(row, .idNumber, .duplicateIDOnLine(id, firstLine: first))
            } else {
                firstLine[id] = row.line
                parentByID[id] = value(row, .parent)
            }
            if value(row, .shortname).isEmpty { fail(row, .shortname, .moodleEmptyShortname(id: id)) }
        }
        var areas: [CompetencyArea] = []
        var areaIndex: [String: Int] = [:]
        for row in rows where value(row, .parent).isEmpty && !value(row, .idNumber).isEmpty {
            let id = value(row, .idNumber)
            if let problem = FrameworkRules.areaIDProblem(id, frameworkID: header.id) { fail(row, .idNumber, problem) }
            let description = descriptionText(row).trimmingWhitespace()
            if description.isEmpty { fail(row, .description, .moodleAreaDescription(id)) }
            areaIndex[id] = areas.count
            areas.append(
                CompetencyArea(id: id, name: value(row, .shortname), description: description, competencies: [], language: headings.language))
        }
        for row in rows where !value(row, .parent).isEmpty && !value(row, .idNumber).isEmpty {
            let id = value(row, .idNumber)
            let parent = value(row, .parent)
            guard let index = areaIndex[parent] else {
                fail(row, .parent, placementProblem(id: id, parent: parent, parentByID: parentByID))
                continue
            }
            if let problem = FrameworkRules.competencyIDProblem(id, areaID: parent) { fail(row, .idNumber, problem) }
            areas[index].competencies.append(competency(row, id: id, scale: header.scale))
        }
        for area in areas where area.competencies.isEmpty {
            if let line = firstLine[area.id] {
                errors.append(
                    InputFileError(file: file, line: line, location: MoodleCompetencyCSV.header[Column.idNumber.rawValue], problem: .moodleEmptyArea(area.id)))
            }
        }
        return areas
    }

    /// Why a row with a parent is not a competency of an area: unknown parent, a loop, or too deep.
    private func placementProblem(id: String, parent: String, parentByID: [String: String]) -> InputFileProblem {
        guard parentByID[parent] != nil else { return .moodleUnknownParent(parent) }
        var chain = [id, parent]
        var next = parentByID[parent] ?? ""
        while !next.isEmpty {
            if chain.contains(next) {
                return .moodleParentLoop(chain + [next])
            }
            chain.append(next)
            next = parentByID[next] ?? ""
        }
        return .moodleBelowNonArea(id: id, parent: parent)
    }

    /// The label to suggest for `level`: the file's own, or the usual one when its scale is broken.
    private func label(_ level: Int, _ scale: ProficiencyScale) -> String {
        let usual = ["None", "Aware", "Working", "Practitioner", "Expert"]
        return scale.levels.isEmpty ? usual[level] : scale.label(of: level)
    }

    private mutating func competency(_ row: CSVRecord, id: String, scale: ProficiencyScale) -> Competency {
        let parsed = StructuredDescription.parse(descriptionText(row), headings: headings.competency)
        failRepeatedHeadings(row, parsed)
        if parsed.prose.isEmpty { fail(row, .description, .moodleCompetencyDescription(id: id, indicatorsHeading: headings.indicators)) }
        var indicators: [String] = []
        let items = parsed.section(headings.indicators)?.items ?? []
        if items.isEmpty {
            fail(row, .description, .moodleNoIndicators(id: id, heading: headings.indicators, firstLabel: label(1, scale), lastLabel: label(4, scale)))
        } else {
            for level in ProficiencyScale.levelRange.dropFirst() {
                guard let item = items.first(where: { $0.number == String(level) }) else {
                    fail(row, .description, .moodleMissingIndicator(id: id, level: level, label: label(level, scale), heading: headings.indicators))
                    continue
                }
                let labelPrefix = scale.label(of: level) + ":"
                let text = item.text.hasPrefix(labelPrefix) ? String(item.text.dropFirst(labelPrefix.count)).trimmingWhitespace() : item.text
                if text.isEmpty { fail(row, .description, .moodleEmptyIndicator(id: id, level: level)) }
                indicators.append(text)
            }
            for item in items where !["1", "2", "3", "4"].contains(item.number ?? "") {
                fail(row, .description, .moodleIndicatorNumber(id: id, found: "\(item.number.map { $0 + "." } ?? "-") \(item.text)"))
            }
        }
        let references = parsed.section(headings.references)?.items.map(\.text) ?? []
        for reference in references {
            if let problem = FrameworkRules.referenceProblem(reference) { fail(row, .description, .about(id, problem)) }
        }
        let learning = parsed.section(headings.learning)?.items.map(\.text) ?? []
        return Competency(
            id: id, name: value(row, .shortname), description: parsed.prose, indicators: indicators, references: references,
            learning: learning, language: headings.language)
    }
}
