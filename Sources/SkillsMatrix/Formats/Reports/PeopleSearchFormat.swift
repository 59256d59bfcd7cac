/// Renders a who-knows-what search (`PeopleSearchResult`) as text, CSV or JSON.
public enum PeopleSearchFormat {
    public static let formats: [ReportFormat] = [.text, .csv, .json]

    public static let csvHeader = [
        "competency_id", "login", "name", "team", "role", "self", "lead", "effective", "unvalidated", "mentor", "grow", "self_rated_at",
        "lead_rated_at",
    ]

    static func heading(_ result: PeopleSearchResult, catalog: Catalog, words: DevelopmentReportWords) -> String {
        let competency = catalog.competencies[result.competency]
        let label = catalog.framework(ofCompetency: result.competency).scale.label(of: result.minimumLevel)
        return words.peopleSearchHeading(
            competency: "\(competency.id) \(competency.name)", level: result.minimumLevel, label: label,
            scope: result.teamID.map(words.team) ?? words.plans.everyoneYouMaySee)
    }

    static func counts(_ result: PeopleSearchResult, words: DevelopmentReportWords) -> String {
        words.peopleSearchCounts(
            people: result.entries.count, byLead: result.leadCount, byOwn: result.selfCount, unvalidated: result.unvalidatedCount,
            mentors: result.mentorCount)
    }

    // MARK: - Text

    /// Who is at or above the level, in `language`.
    public static func text(_ result: PeopleSearchResult, catalog: Catalog, language: Language) -> String {
        let messages = language.messages
        let words = messages.developmentReports
        let column = messages.columns
        let output = "\(heading(result, catalog: catalog.localized(language), words: words))\n\(counts(result, words: words))\n"
        if result.entries.isEmpty { return output + "\n" + words.nobodyAtThatLevel + "\n" }
        var table = TextTable([
            .init(column.person, maximumWidth: 34), .init(column.team, maximumWidth: 24), .init(column.selfRating, alignRight: true),
            .init(column.leadRating, alignRight: true), .init(column.flags), .init(messages.columnMarks),
        ])
        for entry in result.entries {
            table.append([
                DevelopmentFields.person(entry.person), entry.person.teamID, RequirementFields.text(entry.selfRating?.level),
                RequirementFields.text(entry.leadRating?.level), entry.isUnvalidated ? messages.unvalidated : "",
                InterestMark.allCases.filter(entry.marks.contains).map(messages.markPhrase).joined(separator: ", "),
            ])
        }
        return output + "\n" + table.render()
    }

    // MARK: - CSV

    /// One row per person listed, streamed into `output`.
    public static func csv(_ result: PeopleSearchResult, catalog: Catalog, writer: CSVWriter = CSVWriter(), to output: inout ByteOutput) throws {
        writer.writeStart(header: csvHeader, to: &output)
        let competencyID = catalog.competencies[result.competency].id
        for entry in result.entries {
            writer.writeField(competencyID, to: &output)
            writer.writeNext(entry.person.login, to: &output)
            writer.writeNext(entry.person.name, to: &output)
            writer.writeNext(entry.person.teamID, to: &output)
            writer.writeNext(entry.person.roleID, to: &output)
            writer.writeNext(entry.selfRating?.level, to: &output)
            writer.writeNext(entry.leadRating?.level, to: &output)
            writer.writeNext(entry.effectiveLevel, to: &output)
            writer.writeNext(entry.isUnvalidated, to: &output)
            writer.writeNext(entry.marks.contains(.mentor), to: &output)
            writer.writeNext(entry.marks.contains(.grow), to: &output)
            writer.writeNext(entry.selfRating.map { DateText.day($0.ratedAt) } ?? "", to: &output)
            writer.writeNext(entry.leadRating.map { DateText.day($0.ratedAt) } ?? "", to: &output)
            writer.endRecord(&output)
            try output.flushIfFull()
        }
        try output.flush()
    }

    // MARK: - JSON

    /// The counts, then one object per person listed, streamed into `output`.
    public static func json(_ result: PeopleSearchResult, catalog: Catalog, to output: inout ByteOutput) throws {
        let competency = catalog.competencies[result.competency]
        try JSONWriter.writeDocument(
            leading: [
                ("competency_id", .string(competency.id)), ("competency_name", .string(competency.name)),
                ("minimum_level", .int(result.minimumLevel)), ("team", .optional(result.teamID) { .string($0) }),
                ("people", .int(result.entries.count)), ("by_lead", .int(result.leadCount)), ("by_self", .int(result.selfCount)),
                ("unvalidated", .int(result.unvalidatedCount)), ("willing_to_mentor", .int(result.mentorCount)),
            ],
            arrayKey: "entries", count: result.entries.count, to: &output
        ) { position in
            let entry = result.entries[position]
            return .object(
                JSONObject([
                    ("login", .string(entry.person.login)), ("name", .string(entry.person.name)),
                    ("team", .string(entry.person.teamID)), ("role", .string(entry.person.roleID)),
                    ("self", .optional(entry.selfRating?.level) { .int($0) }),
                    ("lead", .optional(entry.leadRating?.level) { .int($0) }),
                    ("effective", .optional(entry.effectiveLevel) { .int($0) }),
                    ("unvalidated", .bool(entry.isUnvalidated)), ("mentor", .bool(entry.marks.contains(.mentor))),
                    ("grow", .bool(entry.marks.contains(.grow))),
                ]))
        }
    }
}
