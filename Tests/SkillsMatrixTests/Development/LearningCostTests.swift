import Foundation
import Testing
@testable import SkillsMatrix

@Suite("Learning costs and days")
struct LearningCostTests {
    @Test("the cheapest mix of cohorts and places, for every size, equals trying every number of cohorts")
    func cheapestMix() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<200 {
            let price = random.int(in: 0...500)
            let size = random.int(in: 2...12)
            let upper: Int = price * size + 100
            let cohortPrice = random.int(in: 0...upper)
            let cost = LearningCost(perPerson: price, cohort: .init(price: cohortPrice, size: size))
            func costWith(_ cohorts: Int, _ people: Int) -> Int { cohorts * cohortPrice + max(0, people - cohorts * size) * price }
            for people in 0...40 {
                let best = (0...(people / size + 1)).map { costWith($0, people) }.min() ?? 0
                #expect(cost.cost(forPeople: people) == best, "\(cost) for \(people)")
                #expect(costWith(cost.cohorts(forPeople: people), people) == best)
            }
        }
        #expect(LearningCost(perPerson: 45).cost(forPeople: 3) == 135)
        #expect(LearningCost(perPerson: 45).cohorts(forPeople: 3) == 0)
    }

    @Test("days: YYYY-MM-DD only, real days only, leap years right, the same text as reports print")
    func days() throws {
        #expect(CalendarDay(iso: "2024-02-29") != nil)
        for bad in ["2026-02-29", "2026-13-01", "2026-1-01", "31/03/2027", "2026-03-31T00:00", "", "２０２６-03-31", "1900-02-29"] {
            #expect(CalendarDay(iso: bad) == nil, "\(bad)")
        }
        #expect(throws: SkillsError.notADate("tomorrow")) { try CalendarDay.parse("tomorrow") }
        var random = SplitMix64(seed: 3)
        for _ in 0..<500 {
            let date = Date(timeIntervalSince1970: Double(random.int(in: -2_000_000_000...4_000_000_000)))
            let day = CalendarDay(containing: date)
            #expect(day.description == DateText.day(date))
            #expect(CalendarDay(iso: day.description) == day)
        }
        let day = try CalendarDay.parse(" 2026-03-31 ")
        #expect(day.adding(days: 1).description == "2026-04-01")
        #expect(day.adding(days: 1).days(since: day) == 1)
    }

    @Test("amounts: whole numbers with a sign or separators; anything else refused")
    func amounts() throws {
        #expect(try Money.parse("25000") == 25_000)
        #expect(try Money.parse("£25,000") == 25_000)
        #expect(try Money.parse("25 000") == 25_000)
        for bad in ["", "-5", "2.5", "lots", "£", "1e6", "9999999999999"] {
            #expect(throws: SkillsError.notAnAmount(bad)) { try Money.parse(bad) }
        }
        #expect(Money.text(1_234_567, currency: "GBP") == "£1,234,567")
        #expect(Money.text(950, currency: "NOK") == "950 NOK")
    }
}
