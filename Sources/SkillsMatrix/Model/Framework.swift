/// A competency framework: a proficiency scale and competencies grouped in areas.
///
/// Its text may be written in several languages (`languages`). `name`, `description` and
/// the other texts of the framework and everything in it read and write the text in one
/// of them, `language`; `localized(_:)` picks another, so views never handle languages.
public struct Framework: Hashable, Sendable, Identifiable, LocalizedNaming {
    /// Upper-case code such as `PM`; every competency id starts with it.
    public var id: String
    /// Ratings record the version they were made against, so a later framework edit
    /// does not silently change what an old rating meant.
    public var version: String
    /// A rating older than this many days is stale.
    public var reviewIntervalDays: Int
    public var scale: ProficiencyScale
    public var areas: [CompetencyArea]
    /// The languages every text of the framework is written in; the first is the one it
    /// was authored in.
    public var languages: [Language]
    /// The language `name`, `description` and every nested text read and write.
    public private(set) var language: Language
    public var localizedName: LocalizedText
    public var localizedDescription: LocalizedText

    /// A framework whose text is in one language, `language` (English unless given).
    public init(
        id: String, name: String, version: String, description: String, reviewIntervalDays: Int,
        scale: ProficiencyScale, areas: [CompetencyArea], language: Language = .en
    ) {
        self.init(
            id: id, name: LocalizedText(name, language: language), version: version,
            description: LocalizedText(description, language: language), reviewIntervalDays: reviewIntervalDays,
            scale: scale, areas: areas, languages: [language])
    }

    /// A framework whose texts are in `languages`; it reads in the first of them.
    public init(
        id: String, name: LocalizedText, version: String, description: LocalizedText, reviewIntervalDays: Int,
        scale: ProficiencyScale, areas: [CompetencyArea], languages: [Language]
    ) {
        self.id = id
        self.version = version
        self.reviewIntervalDays = reviewIntervalDays
        self.scale = scale
        self.areas = areas
        self.languages = languages.isEmpty ? [.en] : languages
        self.language = self.languages[0]
        self.localizedName = name
        self.localizedDescription = description
        self = localized(self.language)
    }

    /// Every competency, area by area, in document order.
    public var competencies: [Competency] { areas.flatMap(\.competencies) }

    /// The same framework read in `language` (English, or the first language it has,
    /// where it lacks that one).
    public func localized(_ language: Language) -> Framework {
        var copy = self
        copy.language = language
        copy.scale.levels = scale.levels.map { $0.localized(language) }
        copy.areas = areas.map { $0.localized(language) }
        return copy
    }

    /// The framework with only its `language` text: what a one-language file (a Moodle
    /// CSV, a CASE package, `frameworks export --lang`) carries.
    public func restricted(to language: Language) -> Framework {
        Framework(
            id: id, name: localizedName.only(language), version: version, description: localizedDescription.only(language),
            reviewIntervalDays: reviewIntervalDays,
            scale: ProficiencyScale(levels: scale.levels.map { $0.restricted(to: language) }),
            areas: areas.map { $0.restricted(to: language) }, languages: [language])
    }
}

/// The levels a rating may take. Every framework uses 0...4; labels and descriptors
/// may differ per framework.
public struct ProficiencyScale: Hashable, Sendable {
    /// The levels every framework rates on, 0 (None) to 4 (Expert).
    public static let levelRange = 0...4
    public var levels: [ScaleLevel]

    public init(levels: [ScaleLevel]) {
        self.levels = levels
    }

    /// The label of `level` ("Practitioner"), or the number when the scale has no such level.
    public func label(of level: Int) -> String {
        levels.first { $0.level == level }?.label ?? String(level)
    }

    /// "2 Working" for each of `numbers`, in every language the scale is written in: what
    /// a refusal of a level off the scale lists.
    public func numberedLabels(_ numbers: some Sequence<Int>) -> [LocalizedText] {
        numbers.map { number in
            var label = levels.first { $0.level == number }?.localizedLabel ?? LocalizedText(String(number))
            for language in label.languages { label[language] = "\(number) \(label[language])" }
            return label
        }
    }
}

public struct ScaleLevel: Hashable, Sendable {
    public var level: Int
    public var localizedLabel: LocalizedText
    public var localizedDescriptor: LocalizedText
    /// Rough equivalents in public frameworks ("SFIA9": "4-5"), for reporting only:
    /// scores are never converted through them.
    public var equivalents: [ScaleEquivalent]
    /// The language `label` and `descriptor` read and write.
    public private(set) var language: Language

    public var label: String {
        get { localizedLabel[language] }
        set { localizedLabel[language] = newValue }
    }

    public var descriptor: String {
        get { localizedDescriptor[language] }
        set { localizedDescriptor[language] = newValue }
    }

    public init(level: Int, label: String, descriptor: String, equivalents: [ScaleEquivalent] = [], language: Language = .en) {
        self.init(
            level: level, label: LocalizedText(label, language: language),
            descriptor: LocalizedText(descriptor, language: language), equivalents: equivalents, language: language)
    }

    public init(level: Int, label: LocalizedText, descriptor: LocalizedText, equivalents: [ScaleEquivalent] = [], language: Language) {
        self.level = level
        self.localizedLabel = label
        self.localizedDescriptor = descriptor
        self.equivalents = equivalents
        self.language = language
    }

    func localized(_ language: Language) -> ScaleLevel {
        var copy = self
        copy.language = language
        return copy
    }

    func restricted(to language: Language) -> ScaleLevel {
        ScaleLevel(
            level: level, label: localizedLabel.only(language), descriptor: localizedDescriptor.only(language),
            equivalents: equivalents, language: language)
    }
}

public struct ScaleEquivalent: Hashable, Sendable {
    public var scheme: String
    public var value: String

    public init(scheme: String, value: String) {
        self.scheme = scheme
        self.value = value
    }
}

public struct CompetencyArea: Hashable, Sendable, Identifiable, LocalizedNaming {
    /// `PM.GOV`
    public var id: String
    public var localizedName: LocalizedText
    public var localizedDescription: LocalizedText
    public var competencies: [Competency]
    /// The language `name` and `description` read and write.
    public private(set) var language: Language

    public init(id: String, name: String, description: String, competencies: [Competency], language: Language = .en) {
        self.init(
            id: id, name: LocalizedText(name, language: language), description: LocalizedText(description, language: language),
            competencies: competencies, language: language)
    }

    public init(id: String, name: LocalizedText, description: LocalizedText, competencies: [Competency], language: Language) {
        self.id = id
        self.localizedName = name
        self.localizedDescription = description
        self.competencies = competencies
        self.language = language
    }

    func localized(_ language: Language) -> CompetencyArea {
        var copy = self
        copy.language = language
        copy.competencies = competencies.map { $0.localized(language) }
        return copy
    }

    func restricted(to language: Language) -> CompetencyArea {
        CompetencyArea(
            id: id, name: localizedName.only(language), description: localizedDescription.only(language),
            competencies: competencies.map { $0.restricted(to: language) }, language: language)
    }
}

public struct Competency: Hashable, Sendable, Identifiable, LocalizedNaming {
    /// `PM.RISK.1`
    public var id: String
    public var localizedName: LocalizedText
    public var localizedDescription: LocalizedText
    /// What a person does at levels 1, 2, 3 and 4, in that order.
    public var localizedIndicators: [LocalizedText]
    /// Public framework codes such as `SFIA9:BURM@2-7`; the same in every language.
    public var references: [String]
    public var localizedLearning: [LocalizedText]
    /// The language `name`, `description`, `indicators` and `learning` read and write.
    public private(set) var language: Language

    /// What a person does at levels 1, 2, 3 and 4, in that order.
    public var indicators: [String] {
        get { localizedIndicators.map { $0[language] } }
        set { localizedIndicators = Self.merging(newValue, into: localizedIndicators, language: language) }
    }

    public var learning: [String] {
        get { localizedLearning.map { $0[language] } }
        set { localizedLearning = Self.merging(newValue, into: localizedLearning, language: language) }
    }

    public init(
        id: String, name: String, description: String, indicators: [String], references: [String] = [],
        learning: [String] = [], language: Language = .en
    ) {
        self.init(
            id: id, name: LocalizedText(name, language: language), description: LocalizedText(description, language: language),
            indicators: indicators.map { LocalizedText($0, language: language) }, references: references,
            learning: learning.map { LocalizedText($0, language: language) }, language: language)
    }

    public init(
        id: String, name: LocalizedText, description: LocalizedText, indicators: [LocalizedText], references: [String],
        learning: [LocalizedText], language: Language
    ) {
        self.id = id
        self.localizedName = name
        self.localizedDescription = description
        self.localizedIndicators = indicators
        self.references = references
        self.localizedLearning = learning
        self.language = language
    }

    /// The framework id: the part of the competency id before the first dot.
    public var frameworkID: String { String(id.prefix { $0 != "." }) }

    /// The behavioural indicator for `level` 1...4; nil for 0 (described by the scale).
    public func indicator(for level: Int) -> String? {
        guard level >= 1, level <= localizedIndicators.count else { return nil }
        return localizedIndicators[level - 1][language]
    }

    func localized(_ language: Language) -> Competency {
        var copy = self
        copy.language = language
        return copy
    }

    func restricted(to language: Language) -> Competency {
        Competency(
            id: id, name: localizedName.only(language), description: localizedDescription.only(language),
            indicators: localizedIndicators.map { $0.only(language) }, references: references,
            learning: localizedLearning.map { $0.only(language) }, language: language)
    }

    /// `texts` written into `language` of `existing`, position by position; positions
    /// beyond the old list start a text of their own.
    private static func merging(_ texts: [String], into existing: [LocalizedText], language: Language) -> [LocalizedText] {
        texts.enumerated().map { offset, text in
            guard offset < existing.count else { return LocalizedText(text, language: language) }
            var merged = existing[offset]
            merged[language] = text
            return merged
        }
    }
}

/// A framework, area or competency: a name and a description in several languages, read
/// and written in one of them.
public protocol LocalizedNaming {
    var language: Language { get }
    var localizedName: LocalizedText { get set }
    var localizedDescription: LocalizedText { get set }
}

extension LocalizedNaming {
    /// The name in `language`.
    public var name: String {
        get { localizedName[language] }
        set { localizedName[language] = newValue }
    }

    /// The description in `language`.
    public var description: String {
        get { localizedDescription[language] }
        set { localizedDescription[language] = newValue }
    }
}
