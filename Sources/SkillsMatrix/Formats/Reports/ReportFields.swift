import Foundation

/// Report output formats. Not every report offers every format; each renderer says which.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, csv, markdown, html, svg
}

/// The values every report prints for a requirement, in one place so that the text,
/// CSV and JSON of every report, and the TUI, agree on names and on how a missing rating looks.
public enum RequirementFields {
    /// Column names shared by gap and training-needs exports, after the person's columns.
    static let ratingColumns = ["target", "self", "lead", "effective", "gap", "weight"]

    static func csvRatingValues(_ requirement: RequirementAssessment) -> [String] {
        [
            String(requirement.target), optional(requirement.selfRating?.level), optional(requirement.leadRating?.level),
            optional(requirement.effectiveLevel), String(requirement.gap), String(requirement.weight),
        ]
    }

    static func optional(_ level: Int?) -> String { level.map(String.init) ?? "" }

    /// Text cells show a missing rating as "-".
    public static func text(_ level: Int?) -> String { level.map(String.init) ?? "-" }

    /// "unrated", "stale", "disputed", space-separated.
    public static func flags(_ requirement: RequirementAssessment) -> String {
        var flags: [String] = []
        if requirement.isUnrated { flags.append("unrated") }
        if requirement.isStale { flags.append("stale") }
        if requirement.isDisputed { flags.append("disputed") }
        return flags.joined(separator: " ")
    }

    static func jsonMembers(_ requirement: RequirementAssessment, catalog: Catalog) -> [(key: String, value: JSONValue)] {
        let competency = catalog.competencies[requirement.competency]
        return [
            ("competency_id", .string(competency.id)),
            ("competency_name", .string(competency.name)),
            ("framework", .string(catalog.framework(ofCompetency: requirement.competency).id)),
            ("target", .int(requirement.target)),
            ("self", .optional(requirement.selfRating?.level) { .int($0) }),
            ("lead", .optional(requirement.leadRating?.level) { .int($0) }),
            ("effective", .optional(requirement.effectiveLevel) { .int($0) }),
            ("gap", .int(requirement.gap)),
            ("weight", .int(requirement.weight)),
            ("weighted_gap", .int(requirement.weightedGap)),
            ("stale", .bool(requirement.isStale)),
            ("disputed", .bool(requirement.isDisputed)),
            ("self_rated_at", .optional(requirement.selfRating?.ratedAt) { .string(DateText.day($0)) }),
            ("lead_rated_at", .optional(requirement.leadRating?.ratedAt) { .string(DateText.day($0)) }),
        ]
    }

    /// 0.6470588 -> 0.6471: four decimals are plenty and keep output stable.
    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    public static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
}

/// Dates as people and spreadsheets read them: `2026-11-24`, in UTC.
public enum DateText {
    public static func day(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(format: "%04d-%02d-%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday))
    }

    /// `2026-11-24T09:30:00Z`: ISO 8601 in UTC to the second, for archives and interchange.
    public static func timestamp(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
            Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    /// "today", "3 days ago", "5 months ago", "2 years ago".
    public static func age(of date: Date, now: Date) -> String {
        let days = Int(now.timeIntervalSince(date) / 86_400)
        switch days {
        case ..<1: return "today"
        case 1: return "1 day ago"
        case 2..<60: return "\(days) days ago"
        case 60..<730: return "\(days / 30) months ago"
        default: return "\(days / 365) years ago"
        }
    }
}
