/// Renders a who-knows-what search (`PeopleSearchResult`) as text, CSV or JSON.
public enum PeopleSearchFormat {
    public static let formats: [ReportFormat] = [.text, .csv, .json]

    public static let csvHeader = [
        "competency_id", "login", "name", "team", "role", "self", "lead", "effective", "unvalidated", "mentor", "grow", "self_rated_at",
        "lead_rated_at",
    ]

    static func heading(_ result: PeopleSearchResult, catalog: Catalog) -> String {
        let competency = catalog.competencies[result.competency]
        let label = catalog.framework(ofCompetency: result.competency).scale.label(of: result.minimumLevel)
        let scope = result.teamID.map { "team \($0)" } ?? "everyone you may see"
        return "\(competency.id) \(competency.name) at level \(result.minimumLevel) (\(label)) or above · \(scope)"
    }

    static func counts(_ result: PeopleSearchResult) -> String {
        "\(DevelopmentFields.people(result.entries.count)): \(result.leadCount) by a lead's rating, \(result.selfCount) by their own; "
            + "\(result.unvalidatedCount) unvalidated (no lead rating); \(result.mentorCount) willing to mentor"
    }

    static func marks(_ entry: PeopleSearchEntry) -> String {
        InterestMark.allCases.filter(entry.marks.contains).map(\.phrase).joined(separator: ", ")
    }

    // MARK: - Text

    public static func text(_ result: PeopleSearchResult, catalog: Catalog) -> String {
        let output = "Who knows \(heading(result, catalog: catalog))\n\(counts(result))\n"
        if result.entries.isEmpty { return output + "\nNobody you may see is rated at that level.\n" }
        var table = TextTable([
            .init("Person", maximumWidth: 34), .init("Team", maximumWidth: 24), .init("Self", alignRight: true),
            .init("Lead", alignRight: true), .init("Flags"), .init("Marks"),
        ])
        for entry in result.entries {
            table.append([
                DevelopmentFields.person(entry.person), entry.person.teamID, RequirementFields.text(entry.selfRating?.level),
                RequirementFields.text(entry.leadRating?.level), entry.isUnvalidated ? "unvalidated" : "", marks(entry),
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
