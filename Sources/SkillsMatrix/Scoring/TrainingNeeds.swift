/// One person who needs training in one competency: 12 bytes.
///
/// Half a million of these make up a 100,000-person organisation's report, so they hold
/// small numbers only (the person's position, levels, flags); names are looked up in
/// `TrainingNeedsReport.people` when a report is written.
public struct TrainingNeed: Hashable, Sendable, RequirementLevels {
    private var storedPersonIndex: Int32
    private let storedWeight: UInt16
    private let storedTarget: UInt8
    private let storedGap: UInt8
    private var storedCoverageBonus: UInt8
    /// -1 for no rating.
    private let storedSelfLevel: Int8
    private let storedLeadLevel: Int8
    private let flags: UInt8

    private static let staleFlag: UInt8 = 1
    private static let disputedFlag: UInt8 = 2
    /// The bits above the two flags hold the outdated-wording position + 1 (0: none).
    private static let wordingShift: UInt8 = 2

    /// Position of the person in `TrainingNeedsReport.people`.
    public var personIndex: Int { Int(storedPersonIndex) }
    public var target: Int { Int(storedTarget) }
    public var weight: Int { Int(storedWeight) }
    public var gap: Int { Int(storedGap) }
    public var selfLevel: Int? { storedSelfLevel < 0 ? nil : Int(storedSelfLevel) }
    public var leadLevel: Int? { storedLeadLevel < 0 ? nil : Int(storedLeadLevel) }
    public var isStale: Bool { flags & Self.staleFlag != 0 }
    public var isDisputed: Bool { flags & Self.disputedFlag != 0 }
    public var outdatedWording: Int? {
        let stored = Int(flags >> Self.wordingShift)
        return stored == 0 ? nil : stored - 1
    }
    /// 2 when nobody in the person's team meets the target for this competency,
    /// 1 when exactly one member does (a single point of failure), else 0.
    public var coverageBonus: Int { Int(storedCoverageBonus) }

    public init(personIndex: Int, requirement: RequirementAssessment, coverageBonus: Int) {
        self.storedPersonIndex = Int32(clamping: personIndex)
        self.storedTarget = UInt8(clamping: requirement.target)
        self.storedWeight = UInt16(clamping: requirement.weight)
        self.storedGap = UInt8(clamping: requirement.gap)
        self.storedCoverageBonus = UInt8(clamping: coverageBonus)
        self.storedSelfLevel = Int8(clamping: requirement.selfLevel ?? -1)
        self.storedLeadLevel = Int8(clamping: requirement.leadLevel ?? -1)
        self.flags = (requirement.isStale ? Self.staleFlag : 0) | (requirement.isDisputed ? Self.disputedFlag : 0)
            | UInt8(min(63, (requirement.outdatedWording ?? -1) + 1)) << Self.wordingShift
    }

    /// The same need with its coverage bonus, once the team's coverage is known, and
    /// its person's final position.
    func with(personIndex: Int, coverageBonus: Int) -> TrainingNeed {
        var need = self
        need.storedPersonIndex = Int32(clamping: personIndex)
        need.storedCoverageBonus = UInt8(clamping: coverageBonus)
        return need
    }

    /// priority = weighted gap + coverage bonus.
    public var priority: Int { weightedGap + coverageBonus }
}

/// Everyone who needs one competency, most urgent first.
public struct TrainingNeedGroup: Hashable, Sendable {
    public let competency: Int
    public let needs: [TrainingNeed]
    public let totalPriority: Int
    public var peopleCount: Int { needs.count }

    init(competency: Int, needs: [TrainingNeed]) {
        self.competency = competency
        self.needs = needs
        self.totalPriority = needs.reduce(0) { $0 + $1.priority }
    }
}

/// A ranked training-needs list for a team or the whole organisation.
public struct TrainingNeedsReport: Hashable, Sendable {
    /// nil for the whole organisation.
    public let teamID: String?
    /// Everyone in scope, including those with no needs.
    public let people: [Person]
    /// Ranked: the largest total priority first.
    public let groups: [TrainingNeedGroup]
    /// Whether requirements nobody has rated are listed (marked unrated); by default they
    /// are left out: they are missing answers, not shortfalls.
    public let includesUnrated: Bool
    /// Requirements with no rating at all in scope (listed or not).
    public let unratedCount: Int

    public init(teamID: String?, people: [Person], groups: [TrainingNeedGroup], includesUnrated: Bool = false, unratedCount: Int = 0) {
        self.teamID = teamID
        self.people = people
        self.groups = groups
        self.includesUnrated = includesUnrated
        self.unratedCount = unratedCount
    }

    public var needCount: Int { groups.reduce(0) { $0 + $1.needs.count } }
}

extension Scoring {
    /// The coverage bonus for a competency that `meetingCount` team members meet.
    public static func coverageBonus(meetingCount: Int) -> Int {
        switch meetingCount {
        case 0: return 2
        case 1: return 1
        default: return 0
        }
    }

    /// Builds the training-needs list: one row per (competency, person rated short of
    /// target), grouped by competency (see `TrainingNeedsBuilder` for the ranking); with
    /// `includeUnrated`, unrated requirements too.
    public static func trainingNeeds(teamID: String?, assessments: [PersonAssessment], includeUnrated: Bool = false) -> TrainingNeedsReport {
        var builder = TrainingNeedsBuilder(includeUnrated: includeUnrated)
        for (index, assessment) in assessments.enumerated() { builder.add(assessment, at: index) }
        return builder.report(teamID: teamID, people: assessments.map(\.person))
    }
}
