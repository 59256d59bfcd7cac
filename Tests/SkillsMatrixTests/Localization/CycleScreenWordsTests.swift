import Foundation
@testable import SkillsMatrix
import Testing
import TestSupport

/// The review-cycle screens' words: every fixed one translated, the cycle's state and
/// scope, the messages after opening and closing one, and the due day as typed.
@Suite("Review-cycle screens' words")
struct CycleScreenWordsTests {
    /// Every fixed word, in the protocol's order.
    static func fixed(_ words: any CycleScreenWords) -> [String] {
        [
            words.completionTitle, words.overdueTitle, words.keyTeamsPeople, words.keyEveryoneOverdue, words.nobodyOverdueYet,
            words.nobodyOverdue, words.completionHelp, words.columnPeople, words.columnDone, words.columnTotal, words.columnComplete,
            words.columnOverdue, words.columnLastRated, words.nobodyInCycle, words.nobodyHere, words.overdue, words.complete, words.noEmail,
            words.calibrationTitle, words.noPairsYet, words.keyNextSection, words.keyChoose, words.columnLead, words.columnCompetency,
            words.columnPairs, words.columnLeniency, words.columnVersusOrganisation, words.columnSelfLead, words.columnDisputes,
            words.leadsExplained, words.competenciesExplained, words.teamsExplained, words.trendTitle, words.keyFiguresAndChanges,
            words.trendHeading, words.noCycleClosed, words.nothingToShow, words.columnReadiness, words.columnCompletion, words.columnGaps,
            words.columnChanged, words.noChange, words.now, words.gapsClosed, words.gapsOpened, words.gapsWorse, words.onePointOnly,
            words.noCompetencyChanged, words.theOrganisation, words.noCycleItems, words.noChangeSinceBefore, words.closedHeading,
            words.openedHeading, words.worseHeading, words.nothingToCompareYet, words.trendHelp, words.cyclesTitle, words.keyCloseIt,
            words.keyKeepOpen, words.keyOpenNew, words.namePrompt, words.duePrompt, words.cyclesHelp, words.columnCycle, words.columnState,
            words.columnOpened, words.columnDue, words.columnFrameworks, words.noCycleYet, words.noCycleOpen, words.noCyclesYet,
            // The command line's reports.
            words.columnLastActivity, words.columnEmail, words.sectionLeads, words.sectionTeams, words.trendReportHeading,
            words.columnPoint, words.columnDate, words.noCycleOpenedYet, words.columnScope,
        ]
    }

    /// The same in both languages on purpose.
    static let shared: Set<String> = ["Team", "Person"]

    @Test("every fixed word is there, without control characters, and translated", arguments: Language.allCases.filter { $0 != .en })
    func translated(language: Language) {
        let words = Self.fixed(language.messages.cycleScreens)
        let english = Self.fixed(Language.en.messages.cycleScreens)
        #expect(words.count == english.count)
        for (translated, original) in zip(words, english) {
            #expect(!translated.trimmingCharacters(in: .whitespaces).isEmpty)
            #expect(HostileText.rawControls(in: translated).isEmpty, "\(translated)")
            if !Self.shared.contains(original) { #expect(translated != original, "\(original) is not translated") }
        }
    }

    static let day = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18
    static let cycle = ReviewCycle(
        name: "Vår 2027", teamIDs: [], frameworkIDs: ["PM", "DI"], opensAt: day, dueAt: day.addingTimeInterval(14 * 86_400), openedBy: "pnair")

    @Test("English says what the command line says; Bokmål writes the dates and numbers as Norwegians do")
    func values() {
        let english = Language.en.messages.cycleScreens
        let bokmal = Language.nb.messages.cycleScreens
        #expect(english.status(Self.cycle, now: Self.day) == "open, due 2026-12-02")
        #expect(english.opened(Self.cycle) == "Opened review cycle Vår 2027: the organisation, frameworks PM, DI, due 2026-12-02.")
        #expect(bokmal.opened(Self.cycle) == "Åpnet kartleggingsrunden Vår 2027: hele organisasjonen, rammeverk PM, DI, frist 02.12.2026.")
        #expect(bokmal.status(Self.cycle, now: Self.day) == "åpen, frist 02.12.2026")
        #expect(bokmal.status(Self.cycle, now: Self.day.addingTimeInterval(30 * 86_400)) == "åpen, forfalt siden 02.12.2026")
        var teams = Self.cycle
        teams.teamIDs = ["it-leadership"]
        #expect(bokmal.scope(teams) == "team it-leadership og teamene under dem")
        #expect(bokmal.completionSummary(people: 1_200, done: 67, total: 326, fraction: 67.0 / 326, complete: 1, overdue: 24)
            == "1\u{A0}200 personer · 67 av 326 punkter ferdig (21 %) · 1 fullført · 24 forsinket")
        #expect(english.completionSummary(people: 1, done: 0, total: 3, fraction: 0, complete: 0, overdue: 1)
            == "1 person · 0 of 3 items done (0%) · 0 complete · 1 overdue")
        #expect(bokmal.cycleCount(1) == "1 runde, eldste først" && bokmal.cycleCount(2) == "2 runder, eldste først")
        // What the command line says was recorded when its report could not be written.
        #expect(english.openedChange("Vår 2027") == "review cycle Vår 2027 was opened")
        #expect(bokmal.closedChange("Vår 2027") == "lukkingen av kartleggingsrunden Vår 2027")
        #expect(Language.nb.messages.describe(SkillsError.reportNotWritten(change: bokmal.openedChange("Vår 2027"), path: "/x", cause: "full"))
            .hasPrefix("åpningen av kartleggingsrunden Vår 2027 ble lagret, men rapporten"))
    }

    @Test("the due day: as the language writes it in the field, read back as typed, and YYYY-MM-DD in every language")
    func dueDay() throws {
        let day = try #require(CalendarDay(iso: "2027-02-01"))
        let english = Language.en.messages.cycleScreens
        let bokmal = Language.nb.messages.cycleScreens
        #expect(english.dayField(day) == "2027-02-01" && bokmal.dayField(day) == "01.02.2027")
        for typed in ["01.02.2027", "1.2.2027", "2027-02-01"] { #expect(bokmal.readDay(typed) == day, "\(typed)") }
        #expect(english.readDay("2027-02-01") == day)
        for typed in ["31.02.2027", "1.2.27", "01/02/2027", "1..2027", "01.02.2027.", ""] { #expect(bokmal.readDay(typed) == nil, "\(typed)") }
        #expect(english.readDay("01.02.2027") == nil)
    }
}
