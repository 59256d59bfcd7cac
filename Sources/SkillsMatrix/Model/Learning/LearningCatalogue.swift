/// The courses, e-learning, coaching, reading and certifications a council can use to
/// close gaps, with their costs: `frameworks/learning.json`, installed in the database
/// beside the frameworks.
public struct LearningCatalogue: Hashable, Sendable {
    public var version: String
    /// The languages every text is written in (a public title may be the same in each).
    public var languages: [Language]
    /// ISO 4217 code of every cost in the catalogue: `GBP`.
    public var currency: String
    public var items: [LearningItem]

    public init(version: String, languages: [Language] = [.en], currency: String, items: [LearningItem]) {
        self.version = version
        self.languages = languages.isEmpty ? [.en] : languages
        self.currency = currency
        self.items = items
    }

    /// A database without a catalogue yet (one made before catalogues, or content without one).
    public static let empty = LearningCatalogue(version: "", currency: "GBP", items: [])

    public func item(_ id: String) -> LearningItem? { items.first { $0.id == id } }

    public func itemIndex(_ id: String) -> Int? { items.firstIndex { $0.id == id } }

    /// Items that build `competencyID`, in catalogue order.
    public func items(lifting competencyID: String) -> [LearningItem] {
        items.filter { $0.level(lifting: competencyID) != nil }
    }
}
