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

    /// A legend entry: the text a cell of that band shows, and its meaning in `words`' language.
    static func legendText(_ band: GapBand, words: PictureWords) -> (sample: String, label: String) {
        (GapPalette.sample(band), words.legendLabel(band))
    }

    /// "Heatmap: Project Support Office (project-support-office)".
    static func title(_ heatmap: Heatmap, words: PictureWords) -> String { words.heatmapTitle(team: heatmap.team.name, teamID: heatmap.team.id) }

    static func subtitle(_ heatmap: Heatmap, lens: HeatmapLens, now: Date, words: PictureWords) -> String {
        words.heatmapSubtitle(lens: lens, members: heatmap.rows.count, competencies: heatmap.competencies.count, day: words.language.messages.day(now))
    }

    /// What the cells and their marks mean, as one sentence after another.
    static func explanation(_ words: PictureWords) -> String { words.cellsExplained + " " + words.marksExplained + "." }

    /// Whether `row` is the one member who meets a competency's target: a single point of failure.
    static func isOnlyHolder(_ row: HeatmapRow, coverage: CompetencyCoverage?) -> Bool {
        guard let coverage, coverage.isSinglePointOfFailure else { return false }
        return coverage.holders.first == row.person.login
    }

    /// The hover text of a cell: who, what, target, both ratings with dates, standing, flags.
    static func tooltip(
        _ row: HeatmapRow, cell: HeatmapCell, competency: Competency, lens: HeatmapLens, coverage: CompetencyCoverage?, words: PictureWords
    ) -> String {
        let language = words.language
        var lines = ["\(row.person.name) (\(row.person.login))", "\(competency.id) \(competency.name)"]
        if let requirement = cell.requirement {
            lines.append(words.target(requirement.target, weight: requirement.weight))
        } else {
            lines.append(words.notRequired(byRole: row.person.roleID))
        }
        func rating(_ track: String, _ rating: Rating?) -> String {
            words.rating(track, level: rating?.level, day: rating.map { language.messages.day($0.ratedAt) })
        }
        lines.append(rating(words.selfRating, cell.ratings?.selfRating))
        lines.append(rating(words.leadRating, cell.ratings?.leadRating))
        lines.append(words.showing(lens: lens, level: cell.level(lens), band: cell.band(lens).label(in: language)))
        var flags: [String] = []
        if cell.requirement?.isDisputed == true { flags.append(words.disputed) }
        if cell.requirement?.isStale == true { flags.append(words.stale) }
        if isOnlyHolder(row, coverage: coverage) { flags.append(words.theOnlyMemberMeetingTarget) }
        if !flags.isEmpty { lines.append(words.flags + ": " + flags.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
    }

    static func coverageTooltip(_ coverage: CompetencyCoverage?, competency: Competency, words: PictureWords) -> String {
        guard let coverage else { return competency.id }
        var lines = ["\(competency.id) \(competency.name)", words.meeting(coverage.meeting.count, of: coverage.requiredBy.count)]
        if !coverage.beyondRole.isEmpty { lines.append(words.beyondTheirRole(coverage.beyondRole)) }
        if coverage.isSinglePointOfFailure, let holder = coverage.holders.first { lines.append(words.onlyHolder(holder)) }
        if coverage.isUncovered { lines.append(words.nobodyMeetsTarget) }
        return lines.joined(separator: "\n")
    }
}
