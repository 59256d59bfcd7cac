import Foundation

/// Renders gap reports (one `PersonAssessment` each) as text, JSON or CSV.
public enum GapReportFormat {
    public static let formats: [ReportFormat] = [.text, .json, .csv]

    public static let csvHeader =
        ["login", "name", "team", "role", "readiness", "competency_id", "competency_name", "framework"]
        + RequirementFields.ratingColumns + ["weighted_gap", "stale", "disputed", "beyond_role", "rated_against"]

    // MARK: - Text

    /// A report per person: a summary line, then requirements by weighted gap, in
    /// `language` (competency names too, where the framework has them).
    public static func text(_ assessments: [PersonAssessment], catalog: Catalog, language: Language) -> String {
        let catalog = catalog.localized(language)
        return assessments.map { text($0, localizedCatalog: catalog, language: language) }.joined(separator: "\n")
    }

    public static func text(_ assessment: PersonAssessment, catalog: Catalog, language: Language) -> String {
        text(assessment, localizedCatalog: catalog.localized(language), language: language)
    }

    private static func text(_ assessment: PersonAssessment, localizedCatalog catalog: Catalog, language: Language) -> String {
        let words = language.messages
        let person = assessment.person
        let role = catalog.role(person.roleID)?.name(in: language) ?? person.roleID
        var output = TerminalText.inertLines(
            words.gapReportTitle(name: person.name, login: person.login) + "\n" + words.roleAndTeam(role: role, team: person.teamID) + "\n")
        var summary = words.readinessLine(
            readiness: words.percent(assessment.readiness), weightedGap: assessment.totalWeightedGap,
            weightedTarget: assessment.totalWeightedTarget)
        let notes = [
            assessment.unratedCount > 0 ? words.unratedCount(assessment.unratedCount) : nil,
            assessment.staleCount > 0 ? words.staleCount(assessment.staleCount) : nil,
            assessment.disputedCount > 0 ? words.disputedCount(assessment.disputedCount) : nil,
        ].compactMap { $0 }
        if !notes.isEmpty { summary += " · " + notes.joined(separator: " · ") }
        output += summary + "\n\n"
        let column = words.columns
        var table = TextTable([
            .init(column.competency, maximumWidth: 42), .init(column.target, alignRight: true),
            .init(column.selfRating, alignRight: true), .init(column.leadRating, alignRight: true),
            .init(column.effectiveShort, alignRight: true), .init(column.gap), .init(column.weightShort, alignRight: true),
            .init(column.flags),
        ])
        let flagWords = words.flags
        for requirement in assessment.byWeightedGap {
            let competency = catalog.competencies[requirement.competency]
            table.append([
                "\(competency.id) \(competency.name)", String(requirement.target), RequirementFields.text(requirement.selfRating?.level),
                RequirementFields.text(requirement.leadRating?.level), RequirementFields.text(requirement.effectiveLevel),
                gapBar(requirement.gap, in: language), String(requirement.weight),
                RequirementFields.flags(requirement, ratedAgainst: ratedAgainst(requirement, catalog: catalog), words: flagWords),
            ])
        }
        output += table.render()
        if assessment.requirements.isEmpty { output += words.roleHasNoRequirements(role: TerminalText.inert(role)) + "\n" }
        if !assessment.beyondRole.isEmpty {
            output += "\n" + words.beyondRoleHeading + "\n"
            var beyond = TextTable([
                .init(column.competency, maximumWidth: 42), .init(column.selfRating, alignRight: true),
                .init(column.leadRating, alignRight: true), .init(column.effectiveShort, alignRight: true), .init(column.flags),
            ])
            for rating in assessment.beyondRole {
                let competency = catalog.competencies[rating.competency]
                beyond.append([
                    "\(competency.id) \(competency.name)", RequirementFields.text(rating.selfRating?.level),
                    RequirementFields.text(rating.leadRating?.level), RequirementFields.text((rating.leadRating ?? rating.selfRating)?.level),
                    beyondRoleRatedAgainst(rating, catalog: catalog).map { RequirementFields.ratedAgainstText($0, words: flagWords) } ?? "",
                ])
            }
            output += beyond.render()
        }
        return output
    }

    /// The older version a requirement's effective rating was made against, if any.
    static func ratedAgainst(_ requirement: RequirementAssessment, catalog: Catalog) -> String? {
        catalog.ratedAgainstVersion(ofCompetency: requirement.competency, change: requirement.outdatedWording)
    }

    /// The same for a rating beyond the role.
    static func beyondRoleRatedAgainst(_ rating: CompetencyRating, catalog: Catalog) -> String? {
        guard let effective = rating.leadRating ?? rating.selfRating else { return nil }
        return catalog.ratedAgainstVersion(
            ofCompetency: rating.competency, change: catalog.outdatedWording(ofCompetency: rating.competency, ratedAt: effective.ratedAt))
    }

    /// "██ 2" for a gap of two; "ok" when met.
    public static func gapBar(_ gap: Int, in language: Language) -> String {
        gap == 0 ? language.messages.gapMet : String(repeating: "█", count: min(gap, 4)) + " \(gap)"
    }

    // MARK: - JSON

    /// An array with one object per person: login, readiness and the requirements.
    public static func json(_ assessments: [PersonAssessment], catalog: Catalog) -> String {
        JSONWriter.string(.array(assessments.map { jsonValue($0, catalog: catalog) }))
    }

    public static func jsonValue(_ assessment: PersonAssessment, catalog: Catalog) -> JSONValue {
        let person = assessment.person
        return .object(
            JSONObject([
                ("login", .string(person.login)),
                ("name", .string(person.name)),
                ("team", .string(person.teamID)),
                ("role", .string(person.roleID)),
                ("readiness", .double(RequirementFields.rounded(assessment.readiness))),
                ("weighted_gap", .int(assessment.totalWeightedGap)),
                ("weighted_target", .int(assessment.totalWeightedTarget)),
                (
                    "requirements",
                    .array(assessment.byWeightedGap.map { requirement in
                        var members = RequirementFields.jsonMembers(requirement, catalog: catalog)
                        members.append(("rated_against", .optional(ratedAgainst(requirement, catalog: catalog)) { .string($0) }))
                        return .object(JSONObject(members))
                    })
                ),
                (
                    "beyond_role",
                    .array(assessment.beyondRole.map { rating in
                        let competency = catalog.competencies[rating.competency]
                        return .object(JSONObject([
                            ("competency_id", .string(competency.id)), ("competency_name", .string(competency.name)),
                            ("framework", .string(catalog.framework(ofCompetency: rating.competency).id)),
                            ("self", .optional(rating.selfRating?.level) { .int($0) }),
                            ("lead", .optional(rating.leadRating?.level) { .int($0) }),
                            ("effective", .optional((rating.leadRating ?? rating.selfRating)?.level) { .int($0) }),
                            ("rated_against", .optional(beyondRoleRatedAgainst(rating, catalog: catalog)) { .string($0) }),
                        ]))
                    })
                ),
            ]))
    }

    // MARK: - CSV

    public static func csv(_ assessments: [PersonAssessment], catalog: Catalog, writer: CSVWriter = CSVWriter()) -> String {
        var rows: [[String]] = []
        for assessment in assessments {
            let person = assessment.person
            for requirement in assessment.byWeightedGap {
                let competency = catalog.competencies[requirement.competency]
                rows.append(
                    [
                        person.login, person.name, person.teamID, person.roleID,
                        String(RequirementFields.rounded(assessment.readiness)), competency.id, competency.name,
                        catalog.framework(ofCompetency: requirement.competency).id,
                    ] + RequirementFields.csvRatingValues(requirement)
                        + [
                            String(requirement.weightedGap), String(requirement.isStale), String(requirement.isDisputed), "false",
                            ratedAgainst(requirement, catalog: catalog) ?? "",
                        ])
            }
            // Ratings beyond the role: no target, gap or weight; effective as for a requirement.
            for rating in assessment.beyondRole {
                let competency = catalog.competencies[rating.competency]
                rows.append([
                    person.login, person.name, person.teamID, person.roleID, String(RequirementFields.rounded(assessment.readiness)),
                    competency.id, competency.name, catalog.framework(ofCompetency: rating.competency).id, "",
                    RequirementFields.optional(rating.selfRating?.level), RequirementFields.optional(rating.leadRating?.level),
                    RequirementFields.optional((rating.leadRating ?? rating.selfRating)?.level), "", "", "", "false", "false", "true",
                    beyondRoleRatedAgainst(rating, catalog: catalog) ?? "",
                ])
            }
        }
        return writer.document(header: csvHeader, rows: rows)
    }
}
