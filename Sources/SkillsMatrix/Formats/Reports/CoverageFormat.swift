import Foundation

/// Renders a team's coverage (with calibration and, optionally, a leaver's impact).
public enum CoverageFormat {
    public static let formats: [ReportFormat] = [.text, .json, .csv]
    public static let csvHeader = [
        "team", "competency_id", "competency_name", "framework", "required_by", "meeting", "single_point_of_failure",
        "uncovered", "holders", "beyond_role",
    ]

    // MARK: - Text

    /// The team's coverage as a table, then calibration and the leaver's impact, in `language`.
    public static func text(
        _ coverage: TeamCoverage, team: Team, calibration: TeamCalibration, impact: LeaverImpact?, catalog: Catalog,
        language: Language
    ) -> String {
        let words = language.messages
        let catalog = catalog.localized(language)
        var output = TerminalText.inertLines(words.coverageTitle(team: team.name, teamID: team.id, members: coverage.memberCount) + "\n")
        output += words.coverageSummary(
            singlePointsOfFailure: coverage.singlePointsOfFailure.count, uncovered: coverage.uncovered.count) + "\n\n"
        let column = words.columns
        var table = TextTable([
            .init(column.competency, maximumWidth: 44), .init(column.need, alignRight: true), .init(column.meet, alignRight: true),
            .init(column.beyond, alignRight: true), .init(column.standing, maximumWidth: 60),
        ])
        for entry in coverage.competencies {
            let competency = catalog.competencies[entry.competency]
            table.append([
                "\(competency.id) \(competency.name)", String(entry.requiredBy.count), String(entry.meeting.count),
                String(entry.beyondRole.count), standing(entry, in: language),
            ])
        }
        output += table.render()
        output += words.beyondColumnExplanation + "\n"
        output += "\n" + calibrationLine(calibration, in: language) + "\n"
        if let impact { output += "\n" + TerminalText.inertLines(impactText(impact, catalog: catalog, language: language)) }
        return output
    }

    /// "nobody meets the target", "single point of failure: only LOGIN", or nothing.
    public static func standing(_ entry: CompetencyCoverage, in language: Language) -> String {
        if entry.isUncovered { return language.messages.nobodyMeetsTarget }
        if entry.isSinglePointOfFailure, let holder = entry.holders.first {
            return language.messages.singlePointOfFailure(holder: holder, beyondRole: entry.meeting.isEmpty)
        }
        return ""
    }

    /// How far self ratings sit from lead ratings, on average, in `language`.
    public static func calibrationLine(_ calibration: TeamCalibration, in language: Language) -> String {
        let words = language.messages
        guard let mean = calibration.meanSelfMinusLead else { return words.calibrationNoPairs }
        if mean == 0 { return words.calibrationLevel(pairs: calibration.pairCount) }
        return words.calibration(
            difference: NumberText.decimal(abs(mean), places: 2, in: language), selfAbove: mean > 0, pairs: calibration.pairCount)
    }

    static func impactText(_ impact: LeaverImpact, catalog: Catalog, language: Language) -> String {
        let words = language.messages
        var output = words.ifLeft(login: impact.login) + "\n"
        if impact.lost.isEmpty, impact.newSinglePointsOfFailure.isEmpty {
            return output + "  " + words.leaverLosesNothing + "\n"
        }
        for competency in impact.lost {
            output += "  " + words.nobodyWouldMeet(competency: "\(catalog.competencies[competency].id) \(catalog.competencies[competency].name)") + "\n"
        }
        for competency in impact.newSinglePointsOfFailure {
            let remaining = impact.after.coverage(of: competency)?.holders.first ?? "?"
            output += "  " + words.onlyOneWouldMeet(
                login: remaining, competency: "\(catalog.competencies[competency].id) \(catalog.competencies[competency].name)") + "\n"
        }
        return output
    }

    // MARK: - JSON

    public static func json(
        _ coverage: TeamCoverage, team: Team, calibration: TeamCalibration, impact: LeaverImpact?, catalog: Catalog
    ) -> String {
        var object = JSONObject([
            ("team", .string(team.id)),
            ("team_name", .string(team.name)),
            ("members", .int(coverage.memberCount)),
            ("competencies", .array(coverage.competencies.map { .object(JSONObject(members($0, catalog: catalog))) })),
            (
                "calibration",
                [
                    "pairs": .int(calibration.pairCount),
                    "mean_self_minus_lead": .optional(calibration.meanSelfMinusLead) { .double(RequirementFields.rounded($0)) },
                ]
            ),
        ])
        if let impact {
            object["if_leaves"] = [
                "login": .string(impact.login),
                "lost": .array(impact.lost.map { .string(catalog.competencies[$0].id) }),
                "new_single_points_of_failure": .array(impact.newSinglePointsOfFailure.map { .string(catalog.competencies[$0].id) }),
            ]
        }
        return JSONWriter.string(.object(object))
    }

    static func members(_ entry: CompetencyCoverage, catalog: Catalog) -> [(key: String, value: JSONValue)] {
        let competency = catalog.competencies[entry.competency]
        return [
            ("competency_id", .string(competency.id)),
            ("competency_name", .string(competency.name)),
            ("framework", .string(catalog.framework(ofCompetency: entry.competency).id)),
            ("required_by", .int(entry.requiredBy.count)),
            ("meeting", .int(entry.meeting.count)),
            ("single_point_of_failure", .bool(entry.isSinglePointOfFailure)),
            ("uncovered", .bool(entry.isUncovered)),
            ("holders", .array(entry.meeting.map { .string($0) })),
            ("beyond_role", .array(entry.beyondRole.map { .string($0) })),
        ]
    }

    // MARK: - CSV

    public static func csv(_ coverage: TeamCoverage, catalog: Catalog, writer: CSVWriter = CSVWriter()) -> String {
        writer.document(
            header: csvHeader,
            rows: coverage.competencies.map { entry in
                let competency = catalog.competencies[entry.competency]
                return [
                    coverage.teamID, competency.id, competency.name, catalog.framework(ofCompetency: entry.competency).id,
                    String(entry.requiredBy.count), String(entry.meeting.count), String(entry.isSinglePointOfFailure),
                    String(entry.isUncovered), entry.meeting.joined(separator: " "), entry.beyondRole.joined(separator: " "),
                ]
            })
    }
}
