/// The values the learning and development reports print that read the same in every
/// language, in one place so that the training plan, plans, certificates and people search
/// agree on how they look. Their words are `DevelopmentReportWords`.
public enum DevelopmentFields {
    /// "Grace Brown (gbrown)".
    public static func person(_ person: Person) -> String { "\(person.name) (\(person.login))" }

    /// "21", "0.5", "1,240": hours without a needless fraction, as the CSV writes them.
    public static func hours(_ hours: Double) -> String {
        let tenths = (hours * 10).rounded()
        if tenths.truncatingRemainder(dividingBy: 10) == 0 { return Money.grouped(Int(tenths / 10)) }
        return String(format: "%.1f", tenths / 10)
    }

    /// "PM.RISK.1 1->3": the competency, the level now and the target.
    public static func need(_ need: PlannedNeed, catalog: Catalog) -> String {
        "\(catalog.competencies[need.competency].id) \(RequirementFields.text(need.effectiveLevel))->\(need.target)"
    }
}
