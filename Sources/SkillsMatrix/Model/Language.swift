/// A language that framework content is written in.
///
/// English is the language the frameworks are authored in and the one every text falls
/// back to; a framework may carry any of these languages alongside it.
public enum Language: String, CaseIterable, Hashable, Sendable, Comparable {
    case en
    /// Norwegian Bokmål.
    case nb

    /// The BCP 47 tag, as CASE `language` and `--lang` write it.
    public var code: String { rawValue }

    /// The language's name in English, for messages: "Norwegian Bokmål".
    public var englishName: String { Language.en.messages.languageName(self) }

    /// Every word the tool shows a person, in this language. Adding a language is its
    /// catalogue file and a line here (see README, "Languages").
    public var messages: any MessageCatalogue {
        switch self {
        case .en: return EnglishCatalogue()
        case .nb: return BokmalCatalogue()
        }
    }

    /// The language from its code ("nb"); nil for a language the tool does not know.
    public init?(code: String) {
        self.init(rawValue: code)
    }

    /// Every code, for messages: "en, nb".
    public static var codeList: String { allCases.map(\.code).joined(separator: ", ") }

    public static func < (lhs: Language, rhs: Language) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// One text in one or more languages: a competency's name, an indicator, a scale label.
///
/// Reading a language the text lacks falls back to English, then to the first language
/// it has, so a view always has something to show.
public struct LocalizedText: Hashable, Sendable {
    /// The text in each language, indexed like `Language.allCases`; nil where absent.
    private var texts: [String?]

    /// A text in one language.
    public init(_ text: String, language: Language = .en) {
        texts = Array(repeating: nil, count: Language.allCases.count)
        texts[Self.slot(language)] = text
    }

    /// A text in the languages given; at least one.
    public init(_ byLanguage: [(Language, String)]) {
        texts = Array(repeating: nil, count: Language.allCases.count)
        for (language, text) in byLanguage { texts[Self.slot(language)] = text }
    }

    private static func slot(_ language: Language) -> Int { Language.allCases.firstIndex(of: language) ?? 0 }

    /// The languages this text is written in, in `Language.allCases` order.
    public var languages: [Language] { Language.allCases.filter { texts[Self.slot($0)] != nil } }

    /// The text in `language` exactly, or nil.
    public func text(in language: Language) -> String? { texts[Self.slot(language)] }

    /// The text in `language`, else English, else the first language there is.
    public subscript(language: Language) -> String {
        get { texts[Self.slot(language)] ?? texts[Self.slot(.en)] ?? texts.lazy.compactMap { $0 }.first ?? "" }
        set { texts[Self.slot(language)] = newValue }
    }

    /// The text with only `language` kept (falling back as the subscript does).
    public func only(_ language: Language) -> LocalizedText { LocalizedText(self[language], language: language) }
}
