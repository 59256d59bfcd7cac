/// Renders a `TrainingNeedsReport` as text, CSV, JSON or Markdown.
public enum TrainingNeedsFormat {
    public static let formats: [ReportFormat] = [.text, .csv, .json, .markdown]

    /// The CSV header; scripts rely on these names and this order.
    public static let csvHeader = [
        "competency_id", "competency_name", "framework", "login", "name", "team", "role",
        "target", "self", "lead", "effective", "gap", "weight", "priority", "stale", "disputed",
        // Added at the end so that scripts reading by position keep working.
        "assessed", "rated_against",
    ]

    /// How priority is counted, in English: the JSON export carries it as data.
    public static var priorityExplanation: String { Language.en.messages.priorityExplanation }

    static func summary(_ report: TrainingNeedsReport, words: any MessageCatalogue) -> String {
        words.trainingSummary(people: report.people.count, needs: report.needCount, competencies: report.groups.count)
    }

    /// What became of the requirements nobody has rated: left out, or listed and marked.
    public static func unratedNote(_ report: TrainingNeedsReport, in language: Language) -> String {
        language.messages.unratedNote(included: report.includesUnrated, count: report.unratedCount)
    }

    static func ratedAgainst(_ need: TrainingNeed, group: TrainingNeedGroup, catalog: Catalog) -> String? {
        catalog.ratedAgainstVersion(ofCompetency: group.competency, change: need.outdatedWording)
    }

    // MARK: - Text

    /// The needs grouped by competency, in `language`.
    public static func text(_ report: TrainingNeedsReport, catalog: Catalog, language: Language) -> String {
        let words = language.messages
        let catalog = catalog.localized(language)
        let title = words.trainingNeedsTitle(scope: words.trainingScope(team: report.teamID), summary: summary(report, words: words))
        var output = TerminalText.inertLines(title + "\n" + words.priorityExplanation + "\n" + unratedNote(report, in: language) + "\n")
        if report.groups.isEmpty { return output + "\n" + words.nothingToTrain + "\n" }
        let column = words.columns
        let flagWords = words.flags
        for group in report.groups {
            let competency = catalog.competencies[group.competency]
            let framework = catalog.framework(ofCompetency: group.competency)
            output += "\n" + TerminalText.inert("\(competency.id) \(competency.name) (\(framework.name))") + " · "
            output += words.trainingGroupLine(people: group.peopleCount, totalPriority: group.totalPriority) + "\n"
            var table = TextTable([
                .init(column.priority, alignRight: true), .init(column.gap, alignRight: true), .init(column.target, alignRight: true),
                .init(column.effectiveShort, alignRight: true), .init(column.weightShort, alignRight: true),
                .init(column.person, maximumWidth: 34), .init(column.team, maximumWidth: 24), .init(column.flags),
            ])
            for need in group.needs {
                let person = report.people[need.personIndex]
                table.append([
                    String(need.priority), String(need.gap), String(need.target), RequirementFields.text(need.effectiveLevel),
                    String(need.weight), "\(person.name) (\(person.login))", person.teamID,
                    RequirementFields.flags(need, ratedAgainst: ratedAgainst(need, group: group, catalog: catalog), words: flagWords),
                ])
            }
            output += table.render(indent: "  ")
        }
        return output
    }

    // MARK: - CSV

    /// One row per need, in ranked order; booleans as true/false and an empty cell for
    /// a missing rating. Streamed into `output`, the rows encoded on every core in pieces
    /// of at most `piece` rows and written in order (`ByteOutput.writeInParallel`).
    public static func csv(
        _ report: TrainingNeedsReport, catalog: Catalog, writer: CSVWriter = CSVWriter(), piece: Int = 8_192, to output: inout ByteOutput
    ) throws {
        writer.writeStart(header: csvHeader, to: &output)
        let people = EncodedPeople(report.people, writer: writer)
        // Pieces never span two competencies, so a piece encodes its competency's fields once.
        var pieces: [(group: Int, needs: Range<Int>)] = []
        for (groupIndex, group) in report.groups.enumerated() {
            for first in stride(from: 0, to: group.needs.count, by: piece) {
                pieces.append((groupIndex, first..<min(first + piece, group.needs.count)))
            }
        }
        try output.writeInParallel(pieces: pieces.count) { [pieces] index, output in
            let (groupIndex, needs) = pieces[index]
            let group = report.groups[groupIndex]
            let competency = catalog.competencies[group.competency]
            // The competency's three fields are the same on every row of the group.
            var competencyFields = ByteOutput()
            writer.writeField(competency.id, to: &competencyFields)
            writer.writeNext(competency.name, to: &competencyFields)
            writer.writeNext(catalog.framework(ofCompetency: group.competency).id, to: &competencyFields)
            competencyFields.withBytes { prefix in
                people.withFields { personFields in
                    for need in group.needs[needs] {
                        output.write(bytes: prefix)
                        output.write(bytes: personFields(need.personIndex))
                        RequirementFields.writeCSVRatingValues(need, writer: writer, to: &output)
                        writer.writeNext(need.priority, to: &output)
                        writer.writeNext(need.isStale, to: &output)
                        writer.writeNext(need.isDisputed, to: &output)
                        writer.writeNext(!need.isUnrated, to: &output)
                        writer.writeNext(ratedAgainst(need, group: group, catalog: catalog) ?? "", to: &output)
                        writer.endRecord(&output)
                    }
                }
            }
        }
        try output.flush()
    }

    // MARK: - JSON

    /// An object with the scope and counts, then `groups`: one object per competency with
    /// its `needs`. Streamed need by need, each written as it would be in one document.
    public static func json(_ report: TrainingNeedsReport, catalog: Catalog, to output: inout ByteOutput) throws {
        output.write(byte: UInt8(ascii: "{"))
        JSONWriter.writeLeadingMembers(
            [
                ("scope", .string(report.teamID == nil ? "organisation" : "team")),
                ("team", .optional(report.teamID) { .string($0) }),
                ("people", .int(report.people.count)),
                ("needs", .int(report.needCount)),
                ("priority", .string(priorityExplanation)),
                ("include_unrated", .bool(report.includesUnrated)),
                ("unrated", .int(report.unratedCount)),
            ], to: &output, indent: 1)
        JSONWriter.newline(&output, indent: 1)
        JSONWriter.writeKey("groups", to: &output)
        if report.groups.isEmpty { output.write("[]" as StaticString) } else { output.write(byte: UInt8(ascii: "[")) }
        for (groupPosition, group) in report.groups.enumerated() {
            if groupPosition > 0 { output.write(byte: UInt8(ascii: ",")) }
            JSONWriter.newline(&output, indent: 2)
            output.write(byte: UInt8(ascii: "{"))
            let competency = catalog.competencies[group.competency]
            JSONWriter.writeLeadingMembers(
                [
                    ("competency_id", .string(competency.id)),
                    ("competency_name", .string(competency.name)),
                    ("framework", .string(catalog.framework(ofCompetency: group.competency).id)),
                    ("people", .int(group.peopleCount)),
                    ("total_priority", .int(group.totalPriority)),
                ], to: &output, indent: 3)
            JSONWriter.newline(&output, indent: 3)
            JSONWriter.writeKey("needs", to: &output)
            output.write(byte: UInt8(ascii: "["))
            for (needPosition, need) in group.needs.enumerated() {
                if needPosition > 0 { output.write(byte: UInt8(ascii: ",")) }
                JSONWriter.newline(&output, indent: 4)
                let person = report.people[need.personIndex]
                JSONWriter.write(
                    .object(
                        JSONObject([
                            ("login", .string(person.login)), ("name", .string(person.name)),
                            ("team", .string(person.teamID)), ("role", .string(person.roleID)),
                            ("target", .int(need.target)),
                            ("self", .optional(need.selfLevel) { .int($0) }),
                            ("lead", .optional(need.leadLevel) { .int($0) }),
                            ("effective", .optional(need.effectiveLevel) { .int($0) }),
                            ("gap", .int(need.gap)), ("weight", .int(need.weight)),
                            ("priority", .int(need.priority)), ("stale", .bool(need.isStale)),
                            ("disputed", .bool(need.isDisputed)),
                            ("assessed", .bool(!need.isUnrated)),
                            ("rated_against", .optional(ratedAgainst(need, group: group, catalog: catalog)) { .string($0) }),
                        ])),
                    to: &output, indent: 4)
                try output.flushIfFull()
            }
            JSONWriter.newline(&output, indent: 3)
            output.write(byte: UInt8(ascii: "]"))
            JSONWriter.newline(&output, indent: 2)
            output.write(byte: UInt8(ascii: "}"))
        }
        if !report.groups.isEmpty {
            JSONWriter.newline(&output, indent: 1)
            output.write(byte: UInt8(ascii: "]"))
        }
        JSONWriter.newline(&output, indent: 0)
        output.write("}\n" as StaticString)
        try output.flush()
    }

    // MARK: - Markdown

    /// A heading and a table per competency, in `language`. Streamed row by row.
    public static func markdown(_ report: TrainingNeedsReport, catalog: Catalog, language: Language, to output: inout ByteOutput) throws {
        let words = language.messages
        let catalog = catalog.localized(language)
        let column = words.columns
        let flagWords = words.flags
        output.write("# " as StaticString)
        writeEscaped(words.trainingNeedsTitle(scope: words.trainingScope(team: report.teamID), summary: ""), to: &output)
        output.write("\n\n\(summary(report, words: words)). \(words.priorityExplanation) ")
        writeEscaped(unratedNote(report, in: language), to: &output)
        output.write(byte: UInt8(ascii: "\n"))
        let header = [column.priority, column.gap, column.target, column.effective, column.weight, column.person, column.team, column.flags]
        let headerRow = "| " + header.map(escape).joined(separator: " | ") + " |\n"
        for group in report.groups {
            let competency = catalog.competencies[group.competency]
            output.write("\n## " as StaticString)
            writeEscaped(competency.id, to: &output)
            output.write(byte: UInt8(ascii: " "))
            writeEscaped(competency.name, to: &output)
            output.write("\n\n" as StaticString)
            writeEscaped(catalog.framework(ofCompetency: group.competency).name, to: &output)
            output.write(" · " + words.trainingGroupLine(people: group.peopleCount, totalPriority: group.totalPriority) + "\n\n")
            output.write(headerRow)
            output.write("|---:|---:|---:|---:|---:|---|---|---|\n" as StaticString)
            for need in group.needs {
                let person = report.people[need.personIndex]
                output.write("| " as StaticString)
                output.write(need.priority)
                output.write(" | " as StaticString)
                output.write(need.gap)
                output.write(" | " as StaticString)
                output.write(need.target)
                output.write(" | " as StaticString)
                if let level = need.effectiveLevel { output.write(level) } else { output.write(byte: UInt8(ascii: "-")) }
                output.write(" | " as StaticString)
                output.write(need.weight)
                output.write(" | " as StaticString)
                writeEscaped(person.name, to: &output)
                output.write(" (" as StaticString)
                writeEscaped(person.login, to: &output)
                output.write(") | " as StaticString)
                writeEscaped(person.teamID, to: &output)
                output.write(" | " as StaticString)
                output.write(RequirementFields.flags(need, ratedAgainst: ratedAgainst(need, group: group, catalog: catalog), words: flagWords))
                output.write(" |\n" as StaticString)
                try output.flushIfFull()
            }
        }
        try output.flush()
    }

    /// Escapes characters that would break a Markdown table or start formatting, and
    /// shows what a terminal would act on inert (`TerminalText`), on one line.
    static func escape(_ text: String) -> String {
        ByteOutput.text { writeEscaped(text, to: &$0) }
    }

    /// `escape`, written as bytes: control and bidi characters made visible
    /// (`TerminalText.inert`), a backslash before each of `|\*_`[]<>#`, and a line feed (not
    /// one that ends a CRLF pair) as a space.
    static func writeEscaped(_ text: String, to output: inout ByteOutput) {
        // Shown on a terminal as often as in a viewer: controls and bidi characters visible.
        var text = TerminalText.inert(text)
        text.withUTF8 { bytes in
            var previous: UInt8 = 0
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "|"), UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"),
                    UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"):
                    output.write(byte: UInt8(ascii: "\\"))
                    output.write(byte: byte)
                case 0x0A where previous != 0x0D:
                    output.write(byte: UInt8(ascii: " "))
                default:
                    output.write(byte: byte)
                }
                previous = byte
            }
        }
    }
}

/// Each person's four CSV fields (login, name, team, role) encoded once, into one block
/// of bytes, to be copied into each of their rows: a person has several needs, and
/// encoding (and reading the strings) once is what keeps the rows a matter of copying
/// bytes. Unchecked: its buffer (a `ByteOutput`, which owns memory) is read-only once
/// made, so the encoding threads share it.
private final class EncodedPeople: @unchecked Sendable {
    private let bytes: ByteOutput
    private let starts: [Int]

    init(_ people: [Person], writer: CSVWriter) {
        var bytes = ByteOutput()
        var starts: [Int] = []
        starts.reserveCapacity(people.count + 1)
        for index in people.indices {
            // Read in place: a copy of each person would retain their strings.
            starts.append(bytes.count)
            writer.writeNext(people[index].login, to: &bytes)
            writer.writeNext(people[index].name, to: &bytes)
            writer.writeNext(people[index].teamID, to: &bytes)
            writer.writeNext(people[index].roleID, to: &bytes)
        }
        starts.append(bytes.count)
        self.bytes = bytes
        self.starts = starts
    }

    /// Calls `body` with a function giving the fields of the person at an index.
    func withFields<Result>(_ body: ((Int) -> UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try bytes.withBytes { all in
            try body { UnsafeRawBufferPointer(rebasing: all[starts[$0]..<starts[$0 + 1]]) }
        }
    }
}
