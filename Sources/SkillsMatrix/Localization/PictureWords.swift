import Foundation

/// The words of the pictures a person opens in a browser or puts on a slide: the HTML and
/// SVG heatmaps (`report heatmap --format html|svg`) and the trend's HTML page
/// (`report trend --format html`), in one language.
///
/// The Bokmål is the terminal UI's and the text reports': a heatmap is a *varmekart*,
/// readiness *måloppnåelse*, a single point of failure *personavhengig*. Fixed words are
/// stored properties, so a language that lacks one does not compile; words that take
/// values are the functions below, each a `switch` over the languages for the same reason.
public struct PictureWords: Sendable {
    public let language: Language

    // MARK: Heatmap legend

    /// The legend's label of each band, from target met to not required.
    public var meetsTarget, oneLevelShort, twoLevelsShort, threeOrMoreShort, requiredNotRated, notRequiredByRole: String
    public var onlyMemberMeetingTarget: String
    public var singlePointOfFailure: String
    /// Under a single point of failure's coverage figure: "SPOF".
    public var singlePointMark: String
    /// Under a competency nobody meets: "none".
    public var uncoveredMark: String
    /// What a cell says: its level, then ✓ or how many levels short.
    public var cellsExplained: String
    /// What `!` and `~` mean.
    public var marksExplained: String
    /// The HTML page's invitation to hover a cell.
    public var hoverExplained: String

    // MARK: Heatmap grid and key

    /// Beside "Coverage" in the coverage row, and the key's column: "meet/need", "Meet/need".
    public var meetOverNeed, meetOverNeedColumn: String
    public var columnFramework: String
    public var selfRating, leadRating: String
    public var flags: String
    public var disputed, stale: String
    public var theOnlyMemberMeetingTarget: String
    public var nobodyMeetsTarget: String

    // MARK: Trend page

    public var trendTitle: String
    public var trendExplained: String
    /// The chart's name for a screen reader.
    public var trendChartLabel: String

    /// A legend entry's label for `band`.
    public func legendLabel(_ band: GapBand) -> String {
        switch band {
        case .met: return meetsTarget
        case .oneShort: return oneLevelShort
        case .twoShort: return twoLevelsShort
        case .threeOrMoreShort: return threeOrMoreShort
        case .unrated: return requiredNotRated
        case .notRequired: return notRequiredByRole
        }
    }

    /// "Heatmap: Project Support Office (project-support-office)".
    public func heatmapTitle(team: String, teamID: String) -> String {
        switch language {
        case .en: return "Heatmap: \(team) (\(teamID))"
        case .nb: return "Varmekart: \(team) (\(teamID))"
        }
    }

    /// "effective ratings · 7 active members · 12 competencies · as of 2026-11-24", the day as the language writes it.
    public func heatmapSubtitle(lens: HeatmapLens, members: Int, competencies: Int, day: String) -> String {
        switch language {
        case .en:
            return "\(lens.rawValue) ratings · \(members) active \(members == 1 ? "member" : "members") · \(competencies) competencies · as of \(day)"
        case .nb:
            let ratings: String
            switch lens {
            case .selfAssessment: ratings = "egenvurderinger"
            case .lead: ratings = "ledervurderinger"
            case .effective: ratings = "gjeldende vurderinger"
            }
            let people = members == 1 ? "1 aktivt medlem" : "\(language.messages.group(members)) aktive medlemmer"
            let count = competencies == 1 ? "1 kompetanse" : "\(language.messages.group(competencies)) kompetanser"
            return "\(ratings) · \(people) · \(count) · per \(day)"
        }
    }

    /// A cell's hover line of the role's requirement: "Target 3, weight 2".
    public func target(_ target: Int, weight: Int) -> String {
        switch language {
        case .en: return "Target \(target), weight \(weight)"
        case .nb: return "Mål \(target), vekt \(weight)"
        }
    }

    /// "Not required by the role project-manager"; `role` its name in the language.
    public func notRequired(byRole role: String) -> String {
        switch language {
        case .en: return "Not required by the role \(role)"
        case .nb: return "Ikke påkrevd i rollen \(role)"
        }
    }

    /// "Self: 3 on 2026-11-24", "Lead: not rated"; `day` nil when not rated.
    public func rating(_ track: String, level: Int?, day: String?) -> String {
        switch language {
        case .en: return level.map { "\(track): \($0) on \(day ?? "")" } ?? "\(track): not rated"
        case .nb: return level.map { "\(track): \($0), \(day ?? "")" } ?? "\(track): ikke vurdert"
        }
    }

    /// "Showing effective: 2 (1 short)"; `level` nil when there is none.
    public func showing(lens: HeatmapLens, level: Int?, band: String) -> String {
        switch language {
        case .en: return "Showing \(lens.rawValue): \(level.map(String.init) ?? "none") (\(band))"
        case .nb: return "Viser \(language.messages.lensName(lens)): \(level.map(String.init) ?? "ingen") (\(band))"
        }
    }

    /// "3 of 5 members who need it meet the target".
    public func meeting(_ meeting: Int, of required: Int) -> String {
        switch language {
        case .en: return "\(meeting) of \(required) members who need it meet the target"
        case .nb: return "\(meeting) av \(required) medlemmer som trenger den, når målet"
        }
    }

    public func beyondTheirRole(_ logins: [String]) -> String {
        switch language {
        case .en: return "Beyond their role: \(logins.joined(separator: ", "))"
        case .nb: return "Utover rollen: \(logins.joined(separator: ", "))"
        }
    }

    public func onlyHolder(_ login: String) -> String {
        switch language {
        case .en: return "Single point of failure: only \(login)"
        case .nb: return "Personavhengig: bare \(login)"
        }
    }

    public static let english = PictureWords(
        language: .en,
        meetsTarget: "meets target", oneLevelShort: "1 level short", twoLevelsShort: "2 levels short", threeOrMoreShort: "3 or more short",
        requiredNotRated: "required, not rated", notRequiredByRole: "not required by the role",
        onlyMemberMeetingTarget: "only member meeting a target", singlePointOfFailure: "single point of failure",
        singlePointMark: "SPOF", uncoveredMark: "none",
        cellsExplained: "Cells show the level, then ✓ or how many levels short; darker is further from target.",
        marksExplained: "! disputed (self and lead differ by 2 or more) · ~ stale (older than the review interval)",
        hoverExplained: "Hover a cell for self and lead ratings with their dates.",
        meetOverNeed: "meet/need", meetOverNeedColumn: "Meet/need", columnFramework: "Framework",
        selfRating: "Self", leadRating: "Lead", flags: "Flags", disputed: "disputed", stale: "stale",
        theOnlyMemberMeetingTarget: "the only member who meets the target (single point of failure)",
        nobodyMeetsTarget: "Nobody meets the target",
        trendTitle: "Trend over review cycles",
        trendExplained: "Readiness (solid) and completion (dashed), 0-100%, at the close of each cycle and now.",
        trendChartLabel: "readiness and completion over time")

    public static let bokmal = PictureWords(
        language: .nb,
        meetsTarget: "når målet", oneLevelShort: "1 nivå under", twoLevelsShort: "2 nivåer under", threeOrMoreShort: "3 eller flere under",
        requiredNotRated: "påkrevd, ikke vurdert", notRequiredByRole: "ikke påkrevd i rollen",
        onlyMemberMeetingTarget: "den eneste som når et mål", singlePointOfFailure: "personavhengig: bare én når målet",
        singlePointMark: "ÉN", uncoveredMark: "ingen",
        cellsExplained: "Cellene viser nivået, så ✓ eller hvor mange nivåer under målet; mørkere er lenger fra målet.",
        marksExplained: "! avvik (egen- og ledervurdering skiller 2 eller mer) · ~ utdatert (eldre enn revisjonsintervallet)",
        hoverExplained: "Hold pekeren over en celle for å se egen- og ledervurdering med dato.",
        meetOverNeed: "når/trenger", meetOverNeedColumn: "Når/trenger", columnFramework: "Rammeverk",
        selfRating: "Egenvurdering", leadRating: "Ledervurdering", flags: "Merknader", disputed: "avvik", stale: "utdatert",
        theOnlyMemberMeetingTarget: "den eneste som når målet (personavhengig)",
        nobodyMeetsTarget: "Ingen når målet",
        trendTitle: "Utvikling over kartleggingsrundene",
        trendExplained: "Måloppnåelse (heltrukken) og gjennomføring (stiplet), 0–100 %, da hver runde ble lukket, og nå.",
        trendChartLabel: "måloppnåelse og gjennomføring over tid")
}
