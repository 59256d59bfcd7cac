import Foundation
import Testing

@testable import SkillsMatrix

@Suite("Dates written in reports")
struct DateTextTests {
    /// The C library's answer, which `DateText.day` computes without it.
    static func libraryDay(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(format: "%04d-%02d-%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday))
    }

    @Test("a day is the UTC calendar day, as the C library gives it, across leap years, 1970 and before it")
    func dayMatchesTheLibrary() {
        // Every 37 hours from 1899 to 2101: each month end, leap day and century turn is crossed.
        var checked = 0
        for step in stride(from: -2_300_000_000.0, through: 4_110_000_000.0, by: 37 * 3_600 + 0.5) {
            let date = Date(timeIntervalSince1970: step)
            #expect(DateText.day(date) == Self.libraryDay(date), "\(step)")
            checked += 1
        }
        #expect(checked > 40_000)
        #expect(DateText.day(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29")
        #expect(DateText.day(Date(timeIntervalSince1970: -1)) == "1969-12-31")
        #expect(DateText.day(Date(timeIntervalSince1970: 0)) == "1970-01-01")
    }

    @Test("a day beyond year 9999 is still written, not cut to four digits")
    func farDays() {
        let far = Date(timeIntervalSince1970: 253_402_300_800)  // 10000-01-01
        #expect(DateText.day(far) == Self.libraryDay(far))
        #expect(DateText.day(far).hasPrefix("10000-"))
    }
}
