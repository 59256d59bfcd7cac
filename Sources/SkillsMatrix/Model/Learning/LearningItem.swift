/// One thing a person can do to build a competency: a course, an e-learning module,
/// coaching on the job, reading, or a certification, with what it costs and the level
/// of each competency it lifts a person to.
public struct LearningItem: Hashable, Sendable, Identifiable {
    /// A competency and the level the item brings a person to.
    public struct Lift: Hashable, Sendable {
        public var competencyID: String
        /// 1...4: a person at a lower level reaches this one.
        public var level: Int

        public init(competencyID: String, level: Int) {
            self.competencyID = competencyID
            self.level = level
        }
    }

    /// Lower-case words joined by `-`: `prince2-7-foundation`.
    public var id: String
    /// Public titles are the same in every language; the tool's own items are written in each.
    public var localizedTitle: LocalizedText
    public var provider: String
    public var format: LearningFormat
    /// Hours of a person's time (study, course days, shadowing), not elapsed time.
    public var hours: Double
    public var cost: LearningCost
    /// Where to read about it or book it; in-house items may have none.
    public var url: String?
    public var lifts: [Lift]

    public init(
        id: String, title: LocalizedText, provider: String, format: LearningFormat, hours: Double, cost: LearningCost,
        url: String? = nil, lifts: [Lift]
    ) {
        self.id = id
        self.localizedTitle = title
        self.provider = provider
        self.format = format
        self.hours = hours
        self.cost = cost
        self.url = url
        self.lifts = lifts
    }

    /// The title in English: the machine formats' title.
    public var title: String { localizedTitle[.en] }

    /// The title in `language`, else in English.
    public func title(in language: Language) -> String { localizedTitle[language] }

    /// The level the item lifts `competencyID` to, or nil when it does not build it.
    public func level(lifting competencyID: String) -> Int? {
        lifts.first { $0.competencyID == competencyID }?.level
    }
}
