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

    static func csvRatingValues(_ requirement: some RequirementLevels) -> [String] {
        [
            String(requirement.target), optional(requirement.selfLevel), optional(requirement.leadLevel),
            optional(requirement.effectiveLevel), String(requirement.gap), String(requirement.weight),
        ]
    }

    /// The same values as `csvRatingValues`, streamed, each after a comma.
    static func writeCSVRatingValues(_ requirement: some RequirementLevels, writer: CSVWriter, to output: inout ByteOutput) {
        writer.writeNext(requirement.target, to: &output)
        writer.writeNext(requirement.selfLevel, to: &output)
        writer.writeNext(requirement.leadLevel, to: &output)
        writer.writeNext(requirement.effectiveLevel, to: &output)
        writer.writeNext(requirement.gap, to: &output)
        writer.writeNext(requirement.weight, to: &output)
    }

    static func optional(_ level: Int?) -> String { level.map(String.init) ?? "" }

    /// Text cells show a missing rating as "-".
    public static func text(_ level: Int?) -> String { level.map(String.init) ?? "-" }

    /// "unrated", "stale", "disputed", "rated against 1.0.0" in `language`, space-separated.
    /// - Parameter ratedAgainst: the older version whose wording the rating was made
    ///   against (`Catalog.ratedAgainstVersion`), if it was.
    public static func flags(_ requirement: some RequirementLevels, ratedAgainst: String? = nil, in language: Language = .en) -> String {
        flags(requirement, ratedAgainst: ratedAgainst, words: language.messages.flags)
    }

    /// `flags`, with the words looked up once for a whole report.
    public static func flags(_ requirement: some RequirementLevels, ratedAgainst: String? = nil, words: RequirementFlagWords) -> String {
        var flags: [String] = []
        if requirement.isUnrated { flags.append(words.unrated) }
        if requirement.isStale { flags.append(words.stale) }
        if requirement.isDisputed { flags.append(words.disputed) }
        if let ratedAgainst { flags.append(ratedAgainstText(ratedAgainst, words: words)) }
        return flags.joined(separator: " ")
    }

    /// How a rating made against an older wording is flagged everywhere it is shown.
    public static func ratedAgainstText(_ version: String, words: RequirementFlagWords = Language.en.messages.flags) -> String {
        "\(words.ratedAgainst) \(version)"
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

    /// "86%" (in Bokmål "86 %").
    public static func percent(_ value: Double, in language: Language = .en) -> String { language.messages.percent(value) }
}

/// Dates as people and spreadsheets read them: `2026-11-24`, in UTC.
public enum DateText {
    /// `2026-11-24`: the day in UTC.
    public static func day(_ date: Date) -> String {
        // Reports write a day per row (100,000 in a completion CSV): the C library's
        // calendar and `String(format:)` were a fifth of that command's time.
        let seconds = date.timeIntervalSince1970.rounded(.down)
        if Self.fourDigitYears.contains(seconds) {
            return ByteOutput.text { writeDay(seconds: Int64(seconds), to: &$0) }
        }
        var wholeSeconds = time_t(clamping: Int64(max(-1e15, min(1e15, seconds))))
        var parts = tm()
        gmtime_r(&wholeSeconds, &parts)
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

    /// "today", "3 days ago", "5 months ago", "2 years ago", in `language`.
    public static func age(of date: Date, now: Date, in language: Language = .en) -> String {
        language.messages.age(days: Int(now.timeIntervalSince(date) / 86_400))
    }
}

extension DateText {
    /// `timestamp`, written as bytes from seconds since 1970 without a `String` or a
    /// call into the C library: millions of rating events are written this way.
    static func writeTimestamp(seconds: Int64, to output: inout ByteOutput) {
        let days = Self.days(seconds)
        let secondOfDay = Int(seconds - Int64(days) * 86_400)
        writeDay(seconds: seconds, to: &output)
        output.write(byte: UInt8(ascii: "T"))
        output.write(secondOfDay / 3_600, zeroPaddedTo: 2)
        output.write(byte: UInt8(ascii: ":"))
        output.write(secondOfDay / 60 % 60, zeroPaddedTo: 2)
        output.write(byte: UInt8(ascii: ":"))
        output.write(secondOfDay % 60, zeroPaddedTo: 2)
        output.write(byte: UInt8(ascii: "Z"))
    }

    /// `day`, written as bytes from seconds since 1970.
    static func writeDay(seconds: Int64, to output: inout ByteOutput) {
        let (year, month, day) = civilDate(daysSince1970: days(seconds))
        output.write(year, zeroPaddedTo: 4)
        output.write(byte: UInt8(ascii: "-"))
        output.write(month, zeroPaddedTo: 2)
        output.write(byte: UInt8(ascii: "-"))
        output.write(day, zeroPaddedTo: 2)
    }

    /// Seconds since 1970 of the years 0000 to 9999, which `day` writes itself (beyond
    /// them it keeps the C library's form).
    static let fourDigitYears: Range<Double> = -62_167_219_200..<253_402_300_800

    /// Whole days since 1970-01-01 of a moment, rounded down.
    static func days(_ seconds: Int64) -> Int {
        Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    }

    /// The proleptic Gregorian date of a day counted from 1970-01-01 (Howard Hinnant's
    /// `civil_from_days`).
    static func civilDate(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
