/// Renders a `TrainingNeedsReport` as text, CSV, JSON or Markdown.
public enum TrainingNeedsFormat {
    public static let formats: [ReportFormat] = [.text, .csv, .json, .markdown]

    /// The CSV header; scripts rely on these names and this order.
    public static let csvHeader = [
        "competency_id", "competency_name", "framework", "login", "name", "team", "role",
        "target", "self", "lead", "effective", "gap", "weight", "priority", "stale", "disputed",
    ]

    public static let priorityExplanation =
        "Priority = weight x gap, +2 where nobody in the person's team meets the target, +1 where only one does."

    static func scopeTitle(_ report: TrainingNeedsReport) -> String {
        report.teamID.map { "team \($0)" } ?? "whole organisation"
    }

    static func summary(_ report: TrainingNeedsReport) -> String {
        "\(Counted.text(report.people.count, "person", "people")), \(Counted.text(report.needCount, "need", "needs")) in \(Counted.text(report.groups.count, "competency", "competencies"))"
    }

    // MARK: - Text

    public static func text(_ report: TrainingNeedsReport, catalog: Catalog) -> String {
        var output = TerminalText.inertLines("Training needs: \(scopeTitle(report)) (\(summary(report)))\n\(priorityExplanation)\n")
        if report.groups.isEmpty { return output + "\nNobody in scope has a gap. Nothing to train.\n" }
        for group in report.groups {
            let competency = catalog.competencies[group.competency]
            let framework = catalog.framework(ofCompetency: group.competency)
            output += "\n" + TerminalText.inert("\(competency.id) \(competency.name) (\(framework.name))") + " · \(group.peopleCount) "
            output += group.peopleCount == 1 ? "person" : "people"
            output += " · total priority \(group.totalPriority)\n"
            var table = TextTable([
                .init("Priority", alignRight: true), .init("Gap", alignRight: true), .init("Target", alignRight: true),
                .init("Eff", alignRight: true), .init("W", alignRight: true), .init("Person", maximumWidth: 34),
                .init("Team", maximumWidth: 24), .init("Flags"),
            ])
            for need in group.needs {
                let person = report.people[need.personIndex]
                let requirement = need.requirement
                table.append([
                    String(need.priority), String(requirement.gap), String(requirement.target),
                    RequirementFields.text(requirement.effectiveLevel), String(requirement.weight),
                    "\(person.name) (\(person.login))", person.teamID, RequirementFields.flags(requirement),
                ])
            }
            output += table.render(indent: "  ")
        }
        return output
    }

    // MARK: - CSV

    /// One row per need, in ranked order; booleans as true/false and an empty cell for
    /// a missing rating.
    public static func csv(_ report: TrainingNeedsReport, catalog: Catalog, writer: CSVWriter = CSVWriter()) -> String {
        var output = writer.beginDocument(header: csvHeader, expectedRows: report.needCount)
        for group in report.groups {
            let competency = catalog.competencies[group.competency]
            let frameworkID = catalog.framework(ofCompetency: group.competency).id
            for need in group.needs {
                let person = report.people[need.personIndex]
                writer.append(
                    [competency.id, competency.name, frameworkID, person.login, person.name, person.teamID, person.roleID]
                        + RequirementFields.csvRatingValues(need.requirement)
                        + [String(need.priority), String(need.requirement.isStale), String(need.requirement.isDisputed)],
                    to: &output)
            }
        }
        return output
    }

    // MARK: - JSON

    public static func json(_ report: TrainingNeedsReport, catalog: Catalog) -> String {
        let groups: [JSONValue] = report.groups.map { group in
            let competency = catalog.competencies[group.competency]
            return .object(
                JSONObject([
                    ("competency_id", .string(competency.id)),
                    ("competency_name", .string(competency.name)),
                    ("framework", .string(catalog.framework(ofCompetency: group.competency).id)),
                    ("people", .int(group.peopleCount)),
                    ("total_priority", .int(group.totalPriority)),
                    (
                        "needs",
                        .array(
                            group.needs.map { need in
                                let person = report.people[need.personIndex]
                                let requirement = need.requirement
                                return .object(
                                    JSONObject([
                                        ("login", .string(person.login)), ("name", .string(person.name)),
                                        ("team", .string(person.teamID)), ("role", .string(person.roleID)),
                                        ("target", .int(requirement.target)),
                                        ("self", .optional(requirement.selfRating?.level) { .int($0) }),
                                        ("lead", .optional(requirement.leadRating?.level) { .int($0) }),
                                        ("effective", .optional(requirement.effectiveLevel) { .int($0) }),
                                        ("gap", .int(requirement.gap)), ("weight", .int(requirement.weight)),
                                        ("priority", .int(need.priority)), ("stale", .bool(requirement.isStale)),
                                        ("disputed", .bool(requirement.isDisputed)),
                                    ]))
                            })
                    ),
                ]))
        }
        return JSONWriter.string(
            .object(
                JSONObject([
                    ("scope", .string(report.teamID == nil ? "organisation" : "team")),
                    ("team", .optional(report.teamID) { .string($0) }),
                    ("people", .int(report.people.count)),
                    ("needs", .int(report.needCount)),
                    ("priority", .string(priorityExplanation)),
                    ("groups", .array(groups)),
                ])))
    }

    // MARK: - Markdown

    public static func markdown(_ report: TrainingNeedsReport, catalog: Catalog) -> String {
        var output = "# Training needs: \(escape(scopeTitle(report)))\n\n\(summary(report)). \(priorityExplanation)\n"
        for group in report.groups {
            let competency = catalog.competencies[group.competency]
            output += "\n## \(escape(competency.id)) \(escape(competency.name))\n\n"
            output += "\(escape(catalog.framework(ofCompetency: group.competency).name)) · \(group.peopleCount) "
            output += (group.peopleCount == 1 ? "person" : "people") + " · total priority \(group.totalPriority)\n\n"
            output += "| Priority | Gap | Target | Effective | Weight | Person | Team | Flags |\n"
            output += "|---:|---:|---:|---:|---:|---|---|---|\n"
            for need in group.needs {
                let person = report.people[need.personIndex]
                let requirement = need.requirement
                output += "| \(need.priority) | \(requirement.gap) | \(requirement.target) | "
                output += "\(RequirementFields.text(requirement.effectiveLevel)) | \(requirement.weight) | "
                output += "\(escape(person.name)) (\(escape(person.login))) | \(escape(person.teamID)) | \(RequirementFields.flags(requirement)) |\n"
            }
        }
        return output
    }

    /// Escapes characters that would break a Markdown table or start formatting, and
    /// shows what a terminal would act on inert (`TerminalText`), on one line.
    static func escape(_ text: String) -> String {
        var output = ""
        for character in TerminalText.inert(text) {
            if "|\\*_`[]<>#".contains(character) { output.append("\\") }
            output.append(character)
        }
        return output
    }
}
