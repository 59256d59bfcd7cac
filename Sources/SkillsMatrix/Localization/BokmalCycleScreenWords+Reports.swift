import Foundation

/// The words only the command line's cycle reports use, in Bokmål: `report completion`,
/// `report calibration`, `report trend` and `cycle`. A point in the trend is a
/// *måletidspunkt*, as on the screens; a cycle's scope its *omfang*.
extension BokmalCycleScreenWords {
    public func cycleLine(_ cycle: ReviewCycle, now: Date) -> String {
        "Kartleggingsrunde \(cycle.name) · \(status(cycle, now: now)) · rammeverk \(cycle.frameworkIDs.joined(separator: ", ")) · \(scope(cycle))"
    }
    public var columnLastActivity: String { "Sist aktiv" }
    public var columnEmail: String { "E-post" }

    // MARK: - Calibration

    public func calibrationReportHeading(teams: [String]?) -> String {
        "Kalibrering: " + (teams.map { "team \($0.joined(separator: ", "))" } ?? "hele organisasjonen")
    }
    public func calibrationExplanation(minimum: Int) -> String {
        "Et par er en gjeldende egenvurdering og ledervurdering av samme kompetanse. Mildhet = snitt(leder - egen) over parene "
            + "en leder har vurdert; mot organisasjonen = lederens mildhet minus organisasjonens. Avvik: |egen - leder| >= 2. "
            + "Tall som bygger på færre enn \(minimum) par, er skjult (-)."
    }
    public var sectionLeads: String { "Ledere" }
    public var sectionTeams: String { "Team" }

    // MARK: - Trend

    public var trendReportHeading: String {
        "Utvikling: måloppnåelse, gjennomføring og gap (vurderte krav under målet) da hver runde ble lukket, og nå"
    }
    public func seriesTitle(_ series: TrendReport.Series) -> String {
        switch series.kind {
        case .organisation: return "organisasjonen"
        case .team: return "team \(series.subject)"
        case .person: return "person \(series.subject)"
        case .lead: return "leder \(series.subject)"
        case .competency: return "kompetanse \(series.subject)"
        }
    }
    public var columnPoint: String { "Måletidspunkt" }
    public var columnDate: String { "Dato" }

    // MARK: - Cycles

    public var noCycleOpenedYet: String { "Ingen kartleggingsrunde er åpnet ennå." }
    public var columnScope: String { "Omfang" }
    public func scopeCell(_ cycle: ReviewCycle) -> String { cycle.coversOrganisation ? "hele organisasjonen" : cycle.teamIDs.joined(separator: ",") }
    public func openedChange(_ name: String) -> String { "åpningen av kartleggingsrunden \(name)" }
    public func closedChange(_ name: String) -> String { "lukkingen av kartleggingsrunden \(name)" }
}
