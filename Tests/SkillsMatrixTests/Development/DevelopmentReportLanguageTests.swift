import Foundation
import Testing
@testable import SkillsMatrix

/// The learning and development reports (`report training-plan`, `report plans`, `report
/// certificates`, `report people`, `learning list`) and what `plan`, `certificate` and
/// `mark` say, in each language, on `DevelopmentFixture`: an nb golden file beside each
/// English one, no English left in the Bokmål, and CSV and JSON the same in every language.
@Suite("Learning and development reports in each language")
struct DevelopmentReportLanguageTests {
    let catalog = Fixtures.catalog
    let learning = DevelopmentFixture.learning

    @Test("the Bokmål text reports: a golden file beside each English one")
    func bokmalGoldenFiles() throws {
        let plan = DevelopmentFixture.trainingPlan
        try golden.check(TrainingPlanFormat.text(plan, catalog: catalog, learning: learning, language: .nb), "training-plan.nb.txt")
        try golden.check(
            try ByteOutput.text { try TrainingPlanFormat.markdown(plan, catalog: catalog, learning: learning, language: .nb, to: &$0) },
            "training-plan.nb.md")
        try golden.check(PeopleSearchFormat.text(DevelopmentFixture.peopleSearch, catalog: catalog, language: .nb), "people.nb.txt")
        try golden.check(CertificateFormat.text(DevelopmentFixture.certificateReport, language: .nb), "certificates.nb.txt")
        try golden.check(
            DevelopmentPlansFormat.text(DevelopmentFixture.plansReport, catalog: catalog, learning: learning, language: .nb), "plans.nb.txt")
        try golden.check(LearningCatalogueFormat.text(learning, language: .nb), "learning-list.nb.txt")
    }

    /// The empty cases and what the commands say after a change, one after another.
    static func messages(in language: Language) -> String {
        let words = language.messages.developmentReports
        let day = CalendarDay(containing: Fixtures.now)
        let emptyPlans = DevelopmentPlansReport(teamID: "data-team", people: [], today: day, currency: "GBP", entries: [], hasIndicativeCosts: false)
        let reports: [String] = [
            LearningCatalogueFormat.text(DevelopmentFixture.learning, competencyID: "AA.X.1", language: language),
            CertificateFormat.text(CertificateReport(teamID: nil, today: day, withinDays: nil, entries: []), language: language),
            DevelopmentPlansFormat.text(emptyPlans, catalog: Fixtures.catalog, learning: DevelopmentFixture.learning, language: language),
            words.planItemAdded(number: 4, login: "apatel", competency: "AA.X", title: "Risk workshop", by: day),
            words.planItemRecorded(number: 4, login: "apatel"),
            words.planItemMoved(number: 4, login: "apatel", competency: "AA.X", to: .done),
            words.rateAgain(login: "apatel", competency: "AA.X"),
            words.planMoveRecorded(number: 4, to: .cancelled),
            words.certificateRecorded(number: 2, login: "apatel", name: "PRINCE2", issuer: "PeopleCert", gained: day, expires: nil),
            words.certificateRecorded(number: 3, login: "apatel", name: "PRINCE2", issuer: "PeopleCert", gained: day, expires: day),
            words.certificateChange(number: 2, login: "apatel"),
        ]
        let marks: [String] = InterestMark.allCases.flatMap { mark -> [String] in
            [true, false].map { words.markSet(mark, isSet: $0, who: "apatel", competency: "AA.X") }
                + [words.markRecorded(mark, competency: "AA.X", who: "apatel")]
        }
        return (reports + marks).joined(separator: "\n----\n")
    }

    @Test("the empty reports and the commands' messages in each language", arguments: Language.allCases)
    func messagesGoldenFile(language: Language) throws {
        try golden.check(Self.messages(in: language) + "\n", "development-messages.\(language.code).txt")
    }

    /// Everything the Bokmål side prints, to look for English in.
    func everything(in language: Language) throws -> String {
        let plan = DevelopmentFixture.trainingPlan
        return [
            TrainingPlanFormat.text(plan, catalog: catalog, learning: learning, language: language),
            try ByteOutput.text { try TrainingPlanFormat.markdown(plan, catalog: catalog, learning: learning, language: language, to: &$0) },
            PeopleSearchFormat.text(DevelopmentFixture.peopleSearch, catalog: catalog, language: language),
            CertificateFormat.text(DevelopmentFixture.certificateReport, language: language),
            DevelopmentPlansFormat.text(DevelopmentFixture.plansReport, catalog: catalog, learning: learning, language: language),
            LearningCatalogueFormat.text(learning, language: language),
            Self.messages(in: language),
        ].joined(separator: "\n")
    }

    /// Words both languages print that are data, not English: the fixture's people,
    /// teams, items and providers, and words Bokmål shares with English.
    static let sharedWords: Set<String> = [
        // The fixture's data.
        "Åse", "Bjørnstad", "abjornstad", "Liam", "O", "Connor", "loconnor", "data", "team", "lead", "AA", "BB", "X", "Y", "apatel",
        "PRINCE", "PeopleCert", "Risk", "workshop", "GBP", "HYPERLINK", "http", "formu", "Tab", "tand", "and", "comma", "plus",
        "script", "alert", "hi", "xss", "skills", "tui", "rate", "certificate", "Practitioner", "Aware", "Working", "Expert",
        "Alpha", "alpha", "Beta", "beta", "Board", "Ltd", "via", "tender", "course", "reading", "cert", "basic", "Name", "of", "Pair",
        "with", "twice", "https", "example", "org", "formula", "x", "y",
        // Bokmål and English alike.
        "Team", "Person", "person", "Status", "mentor", "for", "gap", "plan",
    ]

    static func words(_ text: String) -> Set<String> { Set(text.split { !$0.isLetter }.map(String.init)) }

    @Test("the Bokmål reports hold no English word, and read as Norwegian")
    func noEnglish() throws {
        let english = try everything(in: .en)
        let bokmal = try everything(in: .nb)
        let left = Self.words(bokmal).intersection(Self.words(english)).subtracting(Self.sharedWords)
        #expect(left.isEmpty, "English words in the Bokmål reports: \(left.sorted())")
        for norwegian in ["Opplæringsplan", "vurderte behov", "Utviklingsplaner", "Sertifikater", "Hvem kan", "Læringskatalog", "planlagt", "plasser à £400", "utløper om 30 dager"] {
            #expect(bokmal.contains(norwegian), "\(norwegian)")
        }
    }

    @Test("CSV and JSON are machine formats: the certificate status stays English, whatever the reader's language")
    func machineFormatsUnchanged() throws {
        let report = DevelopmentFixture.certificateReport
        let csv = try ByteOutput.text { try CertificateFormat.csv(report, to: &$0) }
        let entry = try #require(report.entries.first { $0.daysToExpiry != nil })
        #expect(csv.contains(CertificateFormat.status(entry)))
        #expect(!csv.contains(CertificateFormat.status(entry, words: .bokmal)))
        #expect(CertificateFormat.status(entry, words: .bokmal) != CertificateFormat.status(entry))
    }
}
