import Foundation
import Testing
@testable import SkillsMatrix

/// The review-cycle reports (`report completion`, `report calibration`, `report trend`,
/// `cycle list`, `cycle show`, `cycle open`, `cycle close`) in each language, on
/// `ReportFixture`: a golden file per language, and no English left in the Bokmål one.
@Suite("Cycle reports in each language")
struct CycleReportLanguageTests {
    /// The fixture's cycle once it closed, as `cycle list` shows it beside the open one.
    static var closedCycle: ReviewCycle {
        var closed = ReportFixture.cycle
        closed.name = "Winter"
        closed.teamIDs = []
        closed.closedAt = Fixtures.daysAgo(40)
        closed.closedBy = "hr"
        return closed
    }

    /// What closing the fixture's cycle records: the team's people, with their completion.
    static var snapshot: [CycleSnapshotRow] {
        var builder = CycleSnapshotBuilder(catalog: Fixtures.catalog, keepsPeople: true)
        let completion = ReportFixture.completion
        for assessment in ReportFixture.assessments {
            builder.add(assessment, completion: completion.people.first { $0.person.login == assessment.person.login })
        }
        return builder.snapshot()
    }

    /// Every cycle report's text, one after another, with the empty cases: nobody in the
    /// cycle, no calibration pairs, no change since the point before, no cycle yet.
    static func cycleReports(in language: Language) -> String {
        let completion = ReportFixture.completion
        let trend = ReportFixture.trend
        let unchanged = TrendReport(points: trend.points, series: [
            .init(kind: .organisation, subject: "", figures: [trend.series[0].figures[1], trend.series[0].figures[1]]),
        ])
        let noPairs = CalibrationReport(
            teamIDs: ["data-team", "other"], cycles: [], organisation: .init(subject: "", current: .init(), history: []),
            leads: [], competencies: [], teams: [])
        let sections = [
            CompletionFormat.text(completion, language: language),
            CompletionFormat.summaryText(completion, language: language),
            CompletionFormat.text(CompletionReport(cycle: closedCycle, teamID: nil, people: [], now: Fixtures.now), language: language),
            CalibrationFormat.text(ReportFixture.calibration, language: language),
            CalibrationFormat.text(noPairs, language: language),
            TrendFormat.text(trend, catalog: Fixtures.catalog, language: language),
            TrendFormat.text(unchanged, catalog: Fixtures.catalog, language: language),
            CycleFormat.listText([closedCycle, ReportFixture.cycle], now: Fixtures.now, language: language),
            CycleFormat.listText([], now: Fixtures.now, language: language),
            CycleFormat.opened(ReportFixture.cycle, language: language),
            CycleFormat.closed(closedCycle, snapshot: snapshot, language: language),
        ]
        return sections.joined(separator: "\n----\n")
    }

    @Test("every cycle report in each language: the language's words, dates, percentages and decimals", arguments: Language.allCases)
    func goldenFile(language: Language) throws {
        try golden.check(Self.cycleReports(in: language), "cycle-reports.\(language.code).txt")
    }

    /// Words both languages print that are data, not English: the fixture's names, logins,
    /// ids, cycle names, and the words Bokmål shares with English.
    static let sharedWords: Set<String> = [
        // The fixture's people, teams, cycles and competencies.
        "Åse", "Bjørnstad", "abjornstad", "HYPERLINK", "http", "formu", "Liam", "O", "Connor", "loconnor", "Tab", "tand", "and",
        "comma", "plus", "script", "alert", "hi", "xss", "data", "team", "other", "lead", "Spring", "review", "A", "Winter", "AA", "BB",
        "X", "Y", "hr", "x", "y",
        // Bokmål and English alike ("org." is short for organisasjonen).
        "Team", "Person", "person", "Gap", "gap", "over", "minus", "org",
    ]

    static func words(_ text: String) -> Set<String> {
        Set(text.split { !$0.isLetter }.map(String.init))
    }

    @Test("the Bokmål cycle reports hold no English word, and say what the English ones say in Norwegian")
    func noEnglish() {
        let english = Self.cycleReports(in: .en)
        let bokmal = Self.cycleReports(in: .nb)
        let left = Self.words(bokmal).intersection(Self.words(english)).subtracting(Self.sharedWords)
        #expect(left.isEmpty, "English words in the Bokmål reports: \(left.sorted())")
        for norwegian in [
            "Kartleggingsrunde", "åpen, forfalt siden 16.09.2026", "5 personer · 5 av 8 punkter ferdig (63 %) · 2 fullført · 3 forsinket",
            "Sist aktiv", "E-post", "Merknader", "Kalibrering: hele organisasjonen", "Organisasjonen: 8 par · egen - leder 0,00",
            "-0,33", "+0,33", "-1,00 (5)", "17 %", "Ledere", "Kompetanser", "Utvikling: måloppnåelse", "Måletidspunkt", "Dato", "Måloppnåelse",
            "Gjennomføring", "63 % (5/8)", "nye: AA.X.2", "større: BB.Y.1", "Ingen gap er lukket, nye eller større siden måletidspunktet før.",
            "Ingen du kan se, er med i denne runden.", "ingen ennå", "Ingen kartleggingsrunde er åpnet ennå.", "Åpnet kartleggingsrunden",
            "Lukket kartleggingsrunden Winter", "hele organisasjonen", "åpen, forfalt",
        ] {
            #expect(bokmal.contains(norwegian), "\(norwegian)")
        }
        // The last trend point is "now" in the language; cycle names stay as they were given.
        #expect(bokmal.contains("  nå    ") && !bokmal.contains("  now "))
        #expect(bokmal.contains("Winter"))
    }

    @Test("the English text reports are the ones the golden files of each report hold")
    func englishAsBefore() throws {
        let english = Self.cycleReports(in: .en)
        for name in ["completion.txt", "calibration.txt", "trend.txt"] {
            let text = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Golden/" + name), encoding: .utf8)
            #expect(english.contains(text), "\(name)")
        }
    }
}
