import Foundation

/// Renders a team's coverage (with calibration and, optionally, a leaver's impact).
public enum CoverageFormat {
    public static let formats: [ReportFormat] = [.text, .json, .csv]
    public static let csvHeader = [
        "team", "competency_id", "competency_name", "framework", "required_by", "meeting", "single_point_of_failure",
        "uncovered", "holders", "beyond_role",
    ]

    // MARK: - Text

    public static func text(
        _ coverage: TeamCoverage, team: Team, calibration: TeamCalibration, impact: LeaverImpact?, catalog: Catalog
    ) -> String {
        var output = TerminalText.inertLines("Coverage: \(team.name) (\(team.id)) · \(Counted.text(coverage.memberCount, "active member", "active members"))\n")
        output += "\(Counted.text(coverage.singlePointsOfFailure.count, "single point of failure", "single points of failure")) · "
            + "\(Counted.text(coverage.uncovered.count, "competency nobody meets", "competencies nobody meets"))\n\n"
        var table = TextTable([
            .init("Competency", maximumWidth: 44), .init("Need", alignRight: true), .init("Meet", alignRight: true),
            .init("Beyond", alignRight: true), .init("Standing", maximumWidth: 60),
        ])
        for entry in coverage.competencies {
            let competency = catalog.competencies[entry.competency]
            table.append([
                "\(competency.id) \(competency.name)", String(entry.requiredBy.count), String(entry.meeting.count),
                String(entry.beyondRole.count), standing(entry),
            ])
        }
        output += table.render()
        output += "Beyond: members whose role does not require it, rated at the team's highest target for it (beyond their role).\n"
        output += "\n" + calibrationLine(calibration) + "\n"
        if let impact { output += "\n" + TerminalText.inertLines(impactText(impact, catalog: catalog)) }
        return output
    }

    static func standing(_ entry: CompetencyCoverage) -> String {
        if entry.isUncovered { return "nobody meets the target" }
        if entry.isSinglePointOfFailure, let holder = entry.holders.first {
            return "single point of failure: only \(holder)" + (entry.meeting.isEmpty ? " (beyond their role)" : "")
        }
        return ""
    }

    public static func calibrationLine(_ calibration: TeamCalibration) -> String {
        guard let mean = calibration.meanSelfMinusLead else {
            return "Calibration: no competency has both a self and a lead rating yet."
        }
        let direction = mean > 0 ? "above" : (mean < 0 ? "below" : "level with")
        let magnitude = String(format: "%.2f", abs(mean))
        return mean == 0
            ? "Calibration: self ratings are level with lead ratings on average (\(calibration.pairCount) pairs)."
            : "Calibration: self ratings sit \(magnitude) levels \(direction) lead ratings on average (\(calibration.pairCount) pairs)."
    }

    static func impactText(_ impact: LeaverImpact, catalog: Catalog) -> String {
        var output = "If \(impact.login) left:\n"
        if impact.lost.isEmpty, impact.newSinglePointsOfFailure.isEmpty {
            return output + "  no competency would lose its last holder or drop to a single holder.\n"
        }
        for competency in impact.lost {
            output += "  nobody would meet \(catalog.competencies[competency].id) \(catalog.competencies[competency].name)\n"
        }
        for competency in impact.newSinglePointsOfFailure {
            let remaining = impact.after.coverage(of: competency)?.holders.first ?? "?"
            output += "  only \(remaining) would meet \(catalog.competencies[competency].id) \(catalog.competencies[competency].name)\n"
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
