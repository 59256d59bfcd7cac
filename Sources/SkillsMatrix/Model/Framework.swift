/// A competency framework: a proficiency scale and competencies grouped in areas.
public struct Framework: Hashable, Sendable, Identifiable {
    /// Upper-case code such as `PM`; every competency id starts with it.
    public var id: String
    public var name: String
    /// Ratings record the version they were made against, so a later framework edit
    /// does not silently change what an old rating meant.
    public var version: String
    public var description: String
    /// A rating older than this many days is stale.
    public var reviewIntervalDays: Int
    public var scale: ProficiencyScale
    public var areas: [CompetencyArea]

    public init(
        id: String, name: String, version: String, description: String, reviewIntervalDays: Int,
        scale: ProficiencyScale, areas: [CompetencyArea]
    ) {
        self.id = id
        self.name = name
        self.version = version
        self.description = description
        self.reviewIntervalDays = reviewIntervalDays
        self.scale = scale
        self.areas = areas
    }

    /// Every competency, area by area, in document order.
    public var competencies: [Competency] { areas.flatMap(\.competencies) }
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
}

public struct ScaleLevel: Hashable, Sendable {
    public var level: Int
    public var label: String
    public var descriptor: String
    /// Rough equivalents in public frameworks ("SFIA": "4-5"), for reporting only:
    /// scores are never converted through them.
    public var equivalents: [ScaleEquivalent]

    public init(level: Int, label: String, descriptor: String, equivalents: [ScaleEquivalent] = []) {
        self.level = level
        self.label = label
        self.descriptor = descriptor
        self.equivalents = equivalents
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

public struct CompetencyArea: Hashable, Sendable, Identifiable {
    /// `PM.GOV`
    public var id: String
    public var name: String
    public var description: String
    public var competencies: [Competency]

    public init(id: String, name: String, description: String, competencies: [Competency]) {
        self.id = id
        self.name = name
        self.description = description
        self.competencies = competencies
    }
}

public struct Competency: Hashable, Sendable, Identifiable {
    /// `PM.RISK.1`
    public var id: String
    public var name: String
    public var description: String
    /// What a person does at levels 1, 2, 3 and 4, in that order.
    public var indicators: [String]
    /// Public framework codes such as `SFIA9:BURM`.
    public var references: [String]
    public var learning: [String]

    public init(
        id: String, name: String, description: String, indicators: [String], references: [String] = [],
        learning: [String] = []
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.indicators = indicators
        self.references = references
        self.learning = learning
    }

    /// The framework id: the part of the competency id before the first dot.
    public var frameworkID: String { String(id.prefix { $0 != "." }) }

    /// The behavioural indicator for `level` 1...4; nil for 0 (described by the scale).
    public func indicator(for level: Int) -> String? {
        guard level >= 1, level <= indicators.count else { return nil }
        return indicators[level - 1]
    }
}
