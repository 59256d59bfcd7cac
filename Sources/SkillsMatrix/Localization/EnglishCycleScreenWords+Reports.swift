import Foundation

/// The words only the command line's cycle reports use, in English: `report completion`,
/// `report calibration`, `report trend` and `cycle`.
extension EnglishCycleScreenWords {
    public func cycleLine(_ cycle: ReviewCycle, now: Date) -> String {
        "Review cycle \(cycle.name) · \(status(cycle, now: now)) · frameworks \(cycle.frameworkIDs.joined(separator: ", ")) · \(scope(cycle))"
    }
    public var columnLastActivity: String { "Last activity" }
    public var columnEmail: String { "Email" }

    // MARK: - Calibration

    public func calibrationReportHeading(teams: [String]?) -> String {
        "Calibration: " + (teams.map { "teams \($0.joined(separator: ", "))" } ?? "whole organisation")
    }
    public func calibrationExplanation(minimum: Int) -> String {
        "A pair is a current self and lead rating of the same competency. Leniency = mean(lead - self) over the pairs a lead rated; "
            + "vs organisation = a lead's leniency minus the organisation's. Disputed: |self - lead| >= 2. "
            + "Figures resting on fewer than \(minimum) pairs are hidden (-)."
    }
    public var sectionLeads: String { "Leads" }
    public var sectionTeams: String { "Teams" }

    // MARK: - Trend

    public var trendReportHeading: String {
        "Trend: readiness, completion and gaps (rated requirements short of target) at the close of each cycle, and now"
    }
    public func seriesTitle(_ series: TrendReport.Series) -> String {
        series.kind == .organisation ? "organisation" : "\(series.kind.rawValue) \(series.subject)"
    }
    public var columnPoint: String { "Point" }
    public var columnDate: String { "Date" }

    // MARK: - Cycles

    public var noCycleOpenedYet: String { "No review cycle has been opened yet." }
    public var columnScope: String { "Scope" }
    public func scopeCell(_ cycle: ReviewCycle) -> String { cycle.coversOrganisation ? "organisation" : cycle.teamIDs.joined(separator: ",") }
    public func openedChange(_ name: String) -> String { "review cycle \(name) was opened" }
    public func closedChange(_ name: String) -> String { "review cycle \(name) was closed" }
}
