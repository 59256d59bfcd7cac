import Testing
@testable import SkillsMatrix

@Suite("Language choice")
struct LanguageChoiceTests {
    @Test("--lang beats the saved preference, which beats the locale, which beats English")
    func order() {
        let norwegianSession = ["LANG": "nb_NO.UTF-8"]
        #expect(LanguageChoice.resolve(option: .en, preference: .nb, environment: norwegianSession) == .en)
        #expect(LanguageChoice.resolve(option: nil, preference: .en, environment: norwegianSession) == .en)
        #expect(LanguageChoice.resolve(option: nil, preference: nil, environment: norwegianSession) == .nb)
        #expect(LanguageChoice.resolve(option: nil, preference: nil, environment: [:]) == .en)
        #expect(LanguageChoice.resolve(option: .nb, preference: nil, environment: [:]) == .nb)
    }

    @Test("LC_ALL, then LC_MESSAGES, then LANG; an empty one is not set")
    func posixOrder() {
        #expect(LanguageChoice.fromEnvironment(["LC_ALL": "nb_NO.UTF-8", "LC_MESSAGES": "en_GB.UTF-8", "LANG": "en_GB"]) == .nb)
        #expect(LanguageChoice.fromEnvironment(["LC_ALL": "", "LC_MESSAGES": "nb_NO", "LANG": "en_GB"]) == .nb)
        #expect(LanguageChoice.fromEnvironment(["LC_MESSAGES": "en_GB.UTF-8", "LANG": "nb_NO.UTF-8"]) == .en)
        #expect(LanguageChoice.fromEnvironment(["LANG": "nb_NO.UTF-8"]) == .nb)
        // The first that is set decides, even when it names a language the tool lacks.
        #expect(LanguageChoice.fromEnvironment(["LC_ALL": "de_DE.UTF-8", "LANG": "nb_NO.UTF-8"]) == nil)
        #expect(LanguageChoice.fromEnvironment(["LC_CTYPE": "nb_NO.UTF-8"]) == nil)
    }

    @Test("locale names: Norwegian in every spelling reads Bokmål; C, POSIX and the rest read English",
          arguments: [
            ("nb_NO.UTF-8", Language.nb), ("nb", .nb), ("nb-NO", .nb), ("NB_no", .nb), ("no_NO.ISO-8859-1", .nb),
            ("nn_NO.UTF-8", .nb), ("nb_NO.UTF-8@euro", .nb), ("en_GB.UTF-8", .en), ("en", .en),
          ])
    func locales(locale: String, language: Language) {
        #expect(LanguageChoice.fromLocale(locale) == language)
    }

    @Test("a locale the tool does not speak gives no language", arguments: ["C", "C.UTF-8", "POSIX", "de_DE.UTF-8", "sv_SE", "", "_NO", "nbx"])
    func unknownLocales(locale: String) {
        #expect(LanguageChoice.fromLocale(locale) == nil)
    }
}
