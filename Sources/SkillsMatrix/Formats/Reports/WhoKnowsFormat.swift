/// Renders a `WhoKnowsReport` as text, CSV or JSON.
public enum WhoKnowsFormat {
    public static let csvHeader = ["competency_id", "login", "name", "team", "role", "level", "track", "target", "beyond_role"]

    public static func text(_ report: WhoKnowsReport, catalog: Catalog) -> String {
        let competency = catalog.competencies[report.competency]
        let scope = report.teamIDs.map { "teams \($0.joined(separator: ", "))" } ?? "the organisation"
        let output = TerminalText.inertLines(
            "Who knows \(competency.id) \(competency.name) at level \(report.minimumLevel) or above, in \(scope): \(report.holders.count)\n")
        if report.holders.isEmpty { return output + "Nobody.\n" }
        var table = TextTable([
            .init("Level", alignRight: true), .init("Person", maximumWidth: 34), .init("Team", maximumWidth: 24),
            .init("Track"), .init("Target", alignRight: true), .init("Flags"),
        ])
        for holder in report.holders {
            table.append([
                String(holder.level), "\(holder.person.name) (\(holder.person.login))", holder.person.teamID, holder.track.rawValue,
                RequirementFields.text(holder.target), holder.isBeyondRole ? "beyond my role" : "",
            ])
        }
        return output + "\n" + table.render()
    }

    public static func csv(_ report: WhoKnowsReport, catalog: Catalog, writer: CSVWriter = CSVWriter()) -> String {
        let id = catalog.competencies[report.competency].id
        return writer.document(
            header: csvHeader,
            rows: report.holders.map { holder in
                [
                    id, holder.person.login, holder.person.name, holder.person.teamID, holder.person.roleID, String(holder.level),
                    holder.track.rawValue, RequirementFields.optional(holder.target), String(holder.isBeyondRole),
                ]
            })
    }

    public static func json(_ report: WhoKnowsReport, catalog: Catalog) -> String {
        JSONWriter.string(
            .object(JSONObject([
                ("competency_id", .string(catalog.competencies[report.competency].id)),
                ("minimum_level", .int(report.minimumLevel)),
                ("teams", .optional(report.teamIDs) { .array($0.map { .string($0) }) }),
                ("holders", .array(report.holders.map { holder in
                    .object(JSONObject([
                        ("login", .string(holder.person.login)), ("name", .string(holder.person.name)),
                        ("team", .string(holder.person.teamID)), ("level", .int(holder.level)),
                        ("track", .string(holder.track.rawValue)), ("target", .optional(holder.target) { .int($0) }),
                        ("beyond_role", .bool(holder.isBeyondRole)),
                    ]))
                })),
            ])))
    }
}
