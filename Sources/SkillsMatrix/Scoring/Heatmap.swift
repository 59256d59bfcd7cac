/// Which rating a heatmap shows.
public enum HeatmapLens: String, Hashable, Sendable, CaseIterable {
    case selfAssessment = "self"
    case lead = "lead"
    case effective = "effective"
}

/// How far a cell is from target, for colouring. The level is always printed as well,
/// so the meaning never rests on colour alone.
public enum GapBand: Int, Hashable, Sendable, CaseIterable {
    case met
    case oneShort
    case twoShort
    case threeOrMoreShort
    case unrated
    case notRequired

    public init(gap: Int) {
        switch gap {
        case ...0: self = .met
        case 1: self = .oneShort
        case 2: self = .twoShort
        default: self = .threeOrMoreShort
        }
    }

    public var label: String {
        switch self {
        case .met: return "meets target"
        case .oneShort: return "1 short"
        case .twoShort: return "2 short"
        case .threeOrMoreShort: return "3+ short"
        case .unrated: return "unrated"
        case .notRequired: return "not required"
        }
    }
}

/// One person x competency cell.
public struct HeatmapCell: Hashable, Sendable {
    /// nil when the person's role does not require this competency.
    public let requirement: RequirementAssessment?
    public let ratings: CompetencyRating?

    public func rating(_ lens: HeatmapLens) -> Rating? {
        switch lens {
        case .selfAssessment: return ratings?.selfRating
        case .lead: return ratings?.leadRating
        case .effective: return ratings?.leadRating ?? ratings?.selfRating
        }
    }

    public func level(_ lens: HeatmapLens) -> Int? { rating(lens)?.level }

    /// The gap band of the chosen rating against the person's target.
    public func band(_ lens: HeatmapLens) -> GapBand {
        guard let requirement else { return .notRequired }
        guard let level = level(lens) else { return .unrated }
        return GapBand(gap: Scoring.gap(target: requirement.target, level: level))
    }
}

public struct HeatmapRow: Hashable, Sendable {
    public let assessment: PersonAssessment
    /// Aligned with `Heatmap.competencies`.
    public let cells: [HeatmapCell]

    public var person: Person { assessment.person }
}

/// People down, competencies across, with the team's coverage.
public struct Heatmap: Hashable, Sendable {
    public let team: Team
    /// Competencies required by anyone in the team, in catalog order.
    public let competencies: [Int]
    /// Sorted by name.
    public let rows: [HeatmapRow]
    public let coverage: TeamCoverage

    /// The same heatmap with only the rows for which `isIncluded` is true (a search).
    /// Coverage stays that of the whole team.
    public func filteredRows(_ isIncluded: (HeatmapRow) -> Bool) -> Heatmap {
        Heatmap(team: team, competencies: competencies, rows: rows.filter(isIncluded), coverage: coverage)
    }

    /// The same heatmap with only the columns of one framework.
    public func filtered(framework frameworkID: String, catalog: Catalog) -> Heatmap {
        let keep = competencies.indices.filter { catalog.framework(ofCompetency: competencies[$0]).id == frameworkID }
        return Heatmap(
            team: team, competencies: keep.map { competencies[$0] },
            rows: rows.map { row in HeatmapRow(assessment: row.assessment, cells: keep.map { row.cells[$0] }) },
            coverage: coverage)
    }
}

extension Scoring {
    /// Lays out a team as a heatmap.
    /// - Parameters:
    ///   - assessments: the active members, scored.
    ///   - ratings: every current rating of those members, by login (for cells their
    ///     role does not require but that they have rated).
    public static func heatmap(
        team: Team, assessments: [PersonAssessment], ratings: [String: [CompetencyRating]]
    ) -> Heatmap {
        let coverage = coverage(teamID: team.id, members: assessments)
        let columns = coverage.competencies.map(\.competency)
        let rows = assessments.sorted { ($0.person.name, $0.person.login) < ($1.person.name, $1.person.login) }
            .map { assessment in
                let personRatings = ratings[assessment.person.login] ?? []
                let cells = columns.map { competency in
                    HeatmapCell(
                        requirement: assessment.requirements.first { $0.competency == competency },
                        ratings: personRatings.first { $0.competency == competency })
                }
                return HeatmapRow(assessment: assessment, cells: cells)
            }
        return Heatmap(team: team, competencies: columns, rows: rows, coverage: coverage)
    }
}
