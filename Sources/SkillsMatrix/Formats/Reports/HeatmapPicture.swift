import Foundation

/// What the HTML and SVG heatmaps share: the colours, the words of the legend, and what
/// each cell says and tells on hover. They only lay out the engine's `Heatmap`; every
/// gap, band and flag comes from `Scoring`.
///
/// The colours are `GapPalette`'s, the same scale as the terminal UI's. The level is
/// printed in every cell as well, so nothing rests on colour.
public enum HeatmapPicture {
    /// The swatches of `GapPalette`, the one scale every heatmap uses.
    public static var swatches: [GapPalette.Swatch] { GapPalette.swatches }

    public static func swatch(_ band: GapBand) -> GapPalette.Swatch { GapPalette.swatch(band) }

    static func legendText(_ band: GapBand) -> (sample: String, label: String) { GapPalette.legend(band) }

    static let markLegend = "! disputed (self and lead differ by 2 or more) · ~ stale (older than the review interval)"

    /// "Heatmap: Project Support Office (project-support-office)".
    static func title(_ heatmap: Heatmap) -> String { "Heatmap: \(heatmap.team.name) (\(heatmap.team.id))" }

    static func subtitle(_ heatmap: Heatmap, lens: HeatmapLens, now: Date) -> String {
        "\(lens.rawValue) ratings · \(heatmap.rows.count) active \(heatmap.rows.count == 1 ? "member" : "members") · \(heatmap.competencies.count) competencies · as of \(DateText.day(now))"
    }

    /// Whether `row` is the one member who meets a competency's target: a single point of failure.
    static func isOnlyHolder(_ row: HeatmapRow, coverage: CompetencyCoverage?) -> Bool {
        guard let coverage, coverage.isSinglePointOfFailure else { return false }
        return coverage.holders.first == row.person.login
    }

    /// The hover text of a cell: who, what, target, both ratings with dates, standing, flags.
    static func tooltip(_ row: HeatmapRow, cell: HeatmapCell, competency: Competency, lens: HeatmapLens, coverage: CompetencyCoverage?) -> String {
        var lines = ["\(row.person.name) (\(row.person.login))", "\(competency.id) \(competency.name)"]
        if let requirement = cell.requirement {
            lines.append("Target \(requirement.target), weight \(requirement.weight)")
        } else {
            lines.append("Not required by the role \(row.person.roleID)")
        }
        func rating(_ name: String, _ rating: Rating?) -> String {
            guard let rating else { return "\(name): not rated" }
            return "\(name): \(rating.level) on \(DateText.day(rating.ratedAt))"
        }
        lines.append(rating("Self", cell.ratings?.selfRating))
        lines.append(rating("Lead", cell.ratings?.leadRating))
        let band = cell.band(lens)
        lines.append("Showing \(lens.rawValue): \(cell.level(lens).map(String.init) ?? "none") (\(band.label))")
        var flags: [String] = []
        if cell.requirement?.isDisputed == true { flags.append("disputed") }
        if cell.requirement?.isStale == true { flags.append("stale") }
        if isOnlyHolder(row, coverage: coverage) { flags.append("the only member who meets the target (single point of failure)") }
        if !flags.isEmpty { lines.append("Flags: " + flags.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
    }

    static func coverageTooltip(_ coverage: CompetencyCoverage?, competency: Competency) -> String {
        guard let coverage else { return competency.id }
        var text = "\(competency.id) \(competency.name)\n\(coverage.meeting.count) of \(coverage.requiredBy.count) members who need it meet the target"
        if !coverage.beyondRole.isEmpty { text += "\nBeyond their role: \(coverage.beyondRole.joined(separator: ", "))" }
        if coverage.isSinglePointOfFailure, let holder = coverage.holders.first { text += "\nSingle point of failure: only \(holder)" }
        if coverage.isUncovered { text += "\nNobody meets the target" }
        return text
    }
}
