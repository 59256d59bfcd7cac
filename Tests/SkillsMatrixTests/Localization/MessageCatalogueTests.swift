import Foundation
import Testing
import TestSupport
@testable import SkillsMatrix

@Suite("Message catalogues")
struct MessageCatalogueTests {
    static let day = Date(timeIntervalSince1970: 1_795_512_600) // 2026-11-24T09:30:00Z

    @Test("each language's catalogue says which language it is")
    func languages() {
        for language in Language.allCases { #expect(language.messages.language == language) }
    }

    @Test("dates: 2026-11-24 in English, 24.11.2026 in Bokmål")
    func dates() {
        #expect(Language.en.messages.day(Self.day) == "2026-11-24")
        #expect(Language.nb.messages.day(Self.day) == "24.11.2026")
        #expect(Language.nb.messages.day(Date(timeIntervalSince1970: 0)) == "01.01.1970")
    }

    @Test("numbers: decimal point in English, decimal comma in Bokmål; percent with a space in Bokmål")
    func numbers() {
        #expect(NumberText.decimal(0.3, places: 2, in: .en) == "0.30")
        #expect(NumberText.decimal(0.3, places: 2, in: .nb) == "0,30")
        #expect(NumberText.decimal(12.345, places: 1, in: .nb) == "12,3")
        #expect(Language.en.messages.percent(0.864) == "86%")
        #expect(Language.nb.messages.percent(0.864) == "86 %")
    }

    @Test("plurals: one and other, in every language", arguments: Language.allCases)
    func plurals(language: Language) {
        let words = language.messages
        #expect(words.people(1) != words.people(2).replacingOccurrences(of: "2", with: "1"))
        #expect(words.people(0).hasPrefix("0 "))
        #expect(words.trainingSummary(people: 1, needs: 1, competencies: 1) != words.trainingSummary(people: 2, needs: 2, competencies: 2).replacingOccurrences(of: "2", with: "1"))
    }

    @Test("ages: today, yesterday, days, months, years", arguments: Language.allCases)
    func ages(language: Language) {
        let texts = [0, 1, 3, 90, 800].map(language.messages.age(days:))
        #expect(Set(texts).count == texts.count)
        #expect(texts[2].contains("3") && texts[3].contains("3") && texts[4].contains("2"))
    }

    @Test("no text of any catalogue holds a control character",
          arguments: Language.allCases)
    func fixedTexts(language: Language) {
        let words = language.messages
        let columns = Mirror(reflecting: words.columns).children.compactMap { $0.value as? String }
        let flags = Mirror(reflecting: words.flags).children.compactMap { $0.value as? String }
        let staff = Mirror(reflecting: words.staffImportColumns).children.compactMap { $0.value as? String }
        let texts = columns + flags + staff + words.heatmapLegendLines + [
            words.heatmapLegend, words.priorityExplanation, words.nothingToTrain, words.scaleHeading, words.showCompetencyHint,
            words.calibrationNoPairs, words.nobodyMeetsTarget, words.leaverLosesNothing, words.teamHasNoActiveMembers, words.beyondRoleHeading,
            words.beyondColumnExplanation,
        ]
        #expect(columns.count == 27 && flags.count == 4 && staff.count == 10)
        for text in texts {
            #expect(!text.isEmpty)
            #expect(HostileText.rawControls(in: text.replacingOccurrences(of: "\n", with: " ")).isEmpty, "\(text)")
        }
    }

    @Test("the screens' words: every one there in every language, none with a control character",
          arguments: Language.allCases)
    func screenWords(language: Language) {
        let words = Mirror(reflecting: language.messages.screen).children.map { ($0.label ?? "", $0.value as? String ?? "") }
        let english = Mirror(reflecting: Language.en.messages.screen).children.map { $0.value as? String ?? "" }
        #expect(words.count == english.count)
        #expect(words.count > 250)
        for (label, text) in words {
            #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(label)")
            #expect(HostileText.rawControls(in: text).isEmpty, "\(label)")
        }
    }

    @Test("counts are grouped by thousands: 576,868 in English, 576 868 (no-break space) in Bokmål")
    func grouping() {
        #expect(Language.en.messages.group(576_868) == "576,868")
        #expect(Language.nb.messages.group(576_868) == "576\u{A0}868")
        #expect(Language.nb.messages.group(999) == "999")
        #expect(Language.en.messages.group(-1_000) == "-1,000")
    }

    /// The languages other than English, whose words must be their own.
    static let translations = Language.allCases.filter { $0 != .en }

    @Test("the reports' column and flag words are translated, and the heatmap legend has as many lines", arguments: translations)
    func reportWordsTranslated(language: Language) {
        let words = language.messages
        let columns = Mirror(reflecting: words.columns).children.compactMap { $0.value as? String }
        let flags = Mirror(reflecting: words.flags).children.compactMap { $0.value as? String }
        let english = Language.en.messages
        // Words that are the same in both languages on purpose.
        let shared: Set<String> = ["Gap", "Person", "Team", "Id", "ok", "lead", "#"]
        let englishTexts = Mirror(reflecting: english.columns).children.compactMap { $0.value as? String }
            + Mirror(reflecting: english.flags).children.compactMap { $0.value as? String }
        for (translated, original) in zip(columns + flags, englishTexts) where !shared.contains(original) {
            #expect(translated != original, "\(original) is not translated")
        }
        #expect(words.heatmapLegendLines.count == english.heatmapLegendLines.count)
        #expect(words.heatmapLegend.split(separator: "\n").count == english.heatmapLegend.split(separator: "\n").count)
    }

    @Test("the screens' words are translated, but for names shared on purpose", arguments: translations)
    func screenWordsTranslated(language: Language) {
        let words = Mirror(reflecting: language.messages.screen).children.map { ($0.label ?? "", $0.value as? String ?? "") }
        let english = Mirror(reflecting: Language.en.messages.screen).children.map { $0.value as? String ?? "" }
        #expect(words.count == english.count)
        // The same in both languages on purpose: names of formats, and words Norwegian shares.
        let shared: Set<String> = [
            "CSV", "CSV for Excel", "JSON", "Markdown", "HR", "demo · ", "start", "Team", "Export over SSH",
        ]
        for ((label, translated), original) in zip(words, english) where !shared.contains(original) {
            #expect(translated != original, "\(label) is not translated: \(original)")
        }
    }
}
