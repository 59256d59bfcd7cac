import Foundation

/// What the HTML and SVG heatmaps share: the colours, the words of the legend, and what
/// each cell says and tells on hover. They only lay out the engine's `Heatmap`; every
/// gap, band and flag comes from `Scoring`.
///
/// The colours are four steps of viridis, lightest where the target is met and darkest
/// three or more levels short, so the order reads in greyscale and for every kind of
/// colour blindness (checked in the tests by simulating protan, deutan and tritan
/// vision). The level is printed in every cell as well, so nothing rests on colour.
public enum HeatmapPicture {
    public struct Swatch: Hashable, Sendable {
        public let band: GapBand
        /// Background, `#rrggbb`.
        public let fill: String
        /// Text colour with enough contrast on `fill` (WCAG 4.5:1 or better).
        public let ink: String
        /// CSS class name.
        public let name: String
    }

    public static let swatches: [Swatch] = [
        Swatch(band: .met, fill: "#fde725", ink: "#000000", name: "met"),
        Swatch(band: .oneShort, fill: "#5ec962", ink: "#000000", name: "short1"),
        Swatch(band: .twoShort, fill: "#21918c", ink: "#000000", name: "short2"),
        Swatch(band: .threeOrMoreShort, fill: "#3b528b", ink: "#ffffff", name: "short3"),
        Swatch(band: .unrated, fill: "#ffffff", ink: "#000000", name: "unrated"),
        Swatch(band: .notRequired, fill: "#e0e0e0", ink: "#555555", name: "notrequired"),
    ]

    public static func swatch(_ band: GapBand) -> Swatch { swatches.first { $0.band == band } ?? swatches[5] }

    /// What a legend entry says, with the text a cell of that band shows.
    static func legendText(_ band: GapBand) -> (sample: String, label: String) {
        switch band {
        case .met: return ("3✓", "meets target")
        case .oneShort: return ("2-1", "1 level short")
        case .twoShort: return ("1-2", "2 levels short")
        case .threeOrMoreShort: return ("0-3", "3 or more short")
        case .unrated: return ("?", "required, not rated")
        case .notRequired: return ("·", "not required by the role")
        }
    }

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
