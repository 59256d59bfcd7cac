import Foundation

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

    public var label: String { label(in: .en) }

    /// "meets target", "1 short" in `language`.
    public func label(in language: Language) -> String {
        let words = language.messages.screen
        switch self {
        case .met: return words.bandMeetsTarget
        case .oneShort: return words.bandOneShort
        case .twoShort: return words.bandTwoShort
        case .threeOrMoreShort: return words.bandThreeShort
        case .unrated: return words.bandUnrated
        case .notRequired: return words.bandNotRequired
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
    /// Readiness counting only self ratings, only lead ratings, and effective ratings
    /// (`assessment.readiness`), in `HeatmapLens.allCases` order.
    let readinessByLens: [Double]

    public init(assessment: PersonAssessment, cells: [HeatmapCell], readinessByLens: [Double]) {
        self.assessment = assessment
        self.cells = cells
        self.readinessByLens = readinessByLens
    }

    public var person: Person { assessment.person }

    /// The person's readiness as the lens shows their ratings: with the self lens, as if
    /// only their self ratings counted; with the lead lens, only their lead's.
    public func readiness(_ lens: HeatmapLens) -> Double {
        guard let index = HeatmapLens.allCases.firstIndex(of: lens), readinessByLens.indices.contains(index) else { return assessment.readiness }
        return readinessByLens[index]
    }
}

/// People down, competencies across, with the team's coverage.
public struct Heatmap: Hashable, Sendable {
    public let team: Team
    /// Competencies required by anyone in the team, in catalog order.
    public let competencies: [Int]
    /// In listing order (`sortedForListing`): by name, then login.
    public let rows: [HeatmapRow]
    /// The team's coverage by effective ratings.
    public var coverage: TeamCoverage { coverage(.effective) }
    /// Coverage as each lens counts it, in `HeatmapLens.allCases` order.
    let coverageByLens: [TeamCoverage]

    init(team: Team, competencies: [Int], rows: [HeatmapRow], coverageByLens: [TeamCoverage]) {
        self.team = team
        self.competencies = competencies
        self.rows = rows
        self.coverageByLens = coverageByLens
    }

    /// Coverage as `lens` counts it: who meets their target by self ratings only, by lead
    /// ratings only, or by effective ratings; so the coverage row agrees with the cells.
    public func coverage(_ lens: HeatmapLens) -> TeamCoverage {
        coverageByLens[HeatmapLens.allCases.firstIndex(of: lens) ?? 0]
    }

    /// The same heatmap with only the rows for which `isIncluded` is true (a search).
    /// Coverage stays that of the whole team.
    public func filteredRows(_ isIncluded: (HeatmapRow) -> Bool) -> Heatmap {
        Heatmap(team: team, competencies: competencies, rows: rows.filter(isIncluded), coverageByLens: coverageByLens)
    }

    /// The same heatmap with its rows in another order (the TUI's sorting).
    public func reordered(_ order: [Int]) -> Heatmap {
        Heatmap(team: team, competencies: competencies, rows: order.map { rows[$0] }, coverageByLens: coverageByLens)
    }

    /// The same heatmap with only the columns of one framework.
    public func filtered(framework frameworkID: String, catalog: Catalog) -> Heatmap {
        let keep = competencies.indices.filter { catalog.framework(ofCompetency: competencies[$0]).id == frameworkID }
        return Heatmap(
            team: team, competencies: keep.map { competencies[$0] },
            rows: rows.map { row in HeatmapRow(assessment: row.assessment, cells: keep.map { row.cells[$0] }, readinessByLens: row.readinessByLens) },
            coverageByLens: coverageByLens)
    }
}

extension Scoring {
    /// Lays out a team as a heatmap.
    /// - Parameters:
    ///   - assessments: the active members, scored.
    ///   - ratings: every current rating of those members, by login (for cells their
    ///     role does not require but that they have rated).
    /// - Parameter catalog and now: to score each lens (self only, lead only) as well as
    ///   the effective ratings the assessments hold.
    public static func heatmap(
        team: Team, assessments: [PersonAssessment], ratings: [String: [CompetencyRating]], catalog: Catalog, now: Date
    ) -> Heatmap {
        let rank = Dictionary(assessments.map(\.person).sortedForListing().enumerated().map { ($0.element.login, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let ordered = assessments.sorted { (rank[$0.person.login] ?? 0) < (rank[$1.person.login] ?? 0) }
        // Each lens scored as if its track were the only one: what the cells show.
        let byLens = HeatmapLens.allCases.map { lens -> [PersonAssessment] in
            guard lens != .effective else { return ordered }
            return ordered.map { assessment in
                let only = (ratings[assessment.person.login] ?? []).map { rating in
                    CompetencyRating(competency: rating.competency, selfRating: lens == .selfAssessment ? rating.selfRating : nil,
                                     leadRating: lens == .lead ? rating.leadRating : nil)
                }
                return assess(assessment.person, ratings: only, catalog: catalog, now: now)
            }
        }
        let coverageByLens = byLens.map { coverage(teamID: team.id, members: $0) }
        let columns = coverage(teamID: team.id, members: ordered).competencies.map(\.competency)
        let rows = ordered.enumerated().map { index, assessment in
            let personRatings = ratings[assessment.person.login] ?? []
            let cells = columns.map { competency in
                HeatmapCell(
                    requirement: assessment.requirements.first { $0.competency == competency },
                    ratings: personRatings.first { $0.competency == competency })
            }
            return HeatmapRow(assessment: assessment, cells: cells, readinessByLens: byLens.map { $0[index].readiness })
        }
        return Heatmap(team: team, competencies: columns, rows: rows, coverageByLens: coverageByLens)
    }
}
