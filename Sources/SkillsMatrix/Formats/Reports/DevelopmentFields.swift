/// The values the learning and development reports print, in one place so that the
/// training plan, plans, certificates and people search agree on how they look.
public enum DevelopmentFields {
    /// "Grace Brown (gbrown)".
    public static func person(_ person: Person) -> String { "\(person.name) (\(person.login))" }

    /// "£1,250", with `*` after an indicative amount; "free" for nothing.
    public static func money(_ amount: Int, currency: String, indicative: Bool) -> String {
        if amount == 0 { return "free" }
        return Money.text(amount, currency: currency) + (indicative ? "*" : "")
    }

    /// "£1,100* a place", or "no charge" for an item that costs nothing.
    public static func perPlace(_ pricing: LearningCost, currency: String) -> String {
        pricing.perPerson == 0 ? "no charge" : money(pricing.perPerson, currency: currency, indicative: pricing.isIndicative) + " a place"
    }

    /// "21", "0.5", "1,240": hours without a needless fraction.
    public static func hours(_ hours: Double) -> String {
        let tenths = (hours * 10).rounded()
        if tenths.truncatingRemainder(dividingBy: 10) == 0 { return Money.grouped(Int(tenths / 10)) }
        return String(format: "%.1f", tenths / 10)
    }

    /// How a group's places are bought: "1 cohort of 12 + 2 places at £950", "3 places at £45".
    public static func purchase(_ pricing: LearningCost, people: Int, currency: String) -> String {
        let cohorts = pricing.cohorts(forPeople: people)
        let size = pricing.cohort?.size ?? 0
        let singles = max(0, people - cohorts * size)
        var parts: [String] = []
        if cohorts > 0 { parts.append("\(count(cohorts, "cohort")) of \(size)") }
        if singles > 0 { parts.append("\(count(singles, "place")) at \(Money.text(pricing.perPerson, currency: currency))") }
        return pricing.perPerson == 0 && cohorts == 0 ? "no charge" : parts.joined(separator: " + ")
    }

    /// "PM.RISK.1 1->3": the competency, the level now and the target.
    public static func need(_ need: PlannedNeed, catalog: Catalog) -> String {
        "\(catalog.competencies[need.competency].id) \(RequirementFields.text(need.effectiveLevel))->\(need.target)"
    }

    /// 0.8333 -> "83%".
    static func share(_ part: Int, of whole: Int) -> String {
        whole == 0 ? "0%" : RequirementFields.percent(Double(part) / Double(whole))
    }

    /// "1 person", "3 people".
    static func people(_ count: Int) -> String { count == 1 ? "1 person" : "\(count) people" }

    /// "1 place", "3 places": `count` and the noun, plural unless one.
    static func count(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
    }
}
