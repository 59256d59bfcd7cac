/// A costed training plan: the assessed training needs grouped by the catalogue item that
/// closes them, each item with its headcount, cost, hours and the priority it covers;
/// the needs no item closes; and, with a budget, what to buy first.
///
/// Only assessed needs count: a requirement with a rating and a gap. One nobody has rated
/// is a missing assessment, not a need to buy training for (see `report training-needs`).
public struct TrainingPlan: Hashable, Sendable {
    /// nil for the whole organisation.
    public let teamID: String?
    /// Everyone in scope, as in the training-needs list the plan was made from.
    public let people: [Person]
    /// The catalogue's currency: every cost below is in it.
    public let currency: String
    /// Ranked: the largest priority covered first.
    public let groups: [TrainingPlanGroup]
    /// Assessed needs that no catalogue item lifts to target, most urgent first.
    public let unmatched: [UnmatchedNeed]
    /// Assessed needs that a booked plan item (or one done but not yet re-rated) already
    /// answers: not bought again.
    public let inHand: [PlannedNeed]
    /// Requirements with a gap but no rating, left out of the plan.
    public let unratedCount: Int
    /// The selection within a budget, when one was given.
    public let budget: BudgetSelection?

    public init(
        teamID: String?, people: [Person], currency: String, groups: [TrainingPlanGroup], unmatched: [UnmatchedNeed],
        inHand: [PlannedNeed], unratedCount: Int, budget: BudgetSelection?
    ) {
        self.teamID = teamID
        self.people = people
        self.currency = currency
        self.groups = groups
        self.unmatched = unmatched
        self.inHand = inHand
        self.unratedCount = unratedCount
        self.budget = budget
    }

    /// Needs a catalogue item closes, over every group.
    public var matchedNeedCount: Int { groups.reduce(0) { $0 + $1.needs.count } }
    /// Every assessed need: matched, unmatched and in hand.
    public var assessedNeedCount: Int { matchedNeedCount + unmatched.count + inHand.count }
    /// Places over every group (a person taking two items holds two).
    public var placeCount: Int { groups.reduce(0) { $0 + $1.headcount } }
    /// What buying every group costs, cohort pricing included.
    public var totalCost: Int { groups.reduce(0) { $0 + $1.cost } }
    /// People's hours over every place.
    public var totalHours: Double { groups.reduce(0) { $0 + $1.totalHours } }
    /// Priority the groups cover.
    public var matchedPriority: Int { groups.reduce(0) { $0 + $1.priority } }
    public var unmatchedPriority: Int { unmatched.reduce(0) { $0 + $1.need.priority } }
    /// Whether any cost summed here is indicative rather than quoted.
    public var hasIndicativeCosts: Bool { groups.contains { $0.pricing.isIndicative } }
}

/// The people one catalogue item would train, and what it costs to train them.
public struct TrainingPlanGroup: Hashable, Sendable {
    /// Position of the item in `LearningCatalogue.items`.
    public let item: Int
    public let pricing: LearningCost
    public let hours: Double
    /// Highest priority first, then by the person's position (login order).
    public let seats: [TrainingPlanSeat]
    /// Every need the group closes, seat by seat as they were made (see `needs(of:)`): one
    /// array for the group rather than one per person.
    public let needs: [PlannedNeed]
    /// Priority the seats cover, summed once: ranking groups asks for it often.
    public let priority: Int

    public init(item: Int, pricing: LearningCost, hours: Double, seats: [TrainingPlanSeat], needs: [PlannedNeed]) {
        self.item = item
        self.pricing = pricing
        self.hours = hours
        self.seats = seats
        self.needs = needs
        self.priority = seats.reduce(0) { $0 + $1.priority }
    }

    /// The needs one seat closes; more than one when the item builds several competencies.
    public func needs(of seat: TrainingPlanSeat) -> ArraySlice<PlannedNeed> { needs[seat.needRange] }

    public var headcount: Int { seats.count }
    public var needCount: Int { needs.count }
    /// Every place, bought the cheapest way (`LearningCost.cost(forPeople:)`).
    public var cost: Int { pricing.cost(forPeople: headcount) }
    public var cohorts: Int { pricing.cohorts(forPeople: headcount) }
    public var totalHours: Double { hours * Double(headcount) }

    /// Competencies the group's needs are in (positions in the catalog), in catalog order.
    public var competencies: [Int] { Array(Set(needs.map(\.competency))).sorted() }
}

/// One person's place on a catalogue item: whose, how urgent, and where its needs are
/// in the group's `needs`. 16 bytes, as a whole organisation's plan holds 400,000 of them.
public struct TrainingPlanSeat: Hashable, Sendable {
    private let storedPersonIndex: Int32
    private let storedPriority: Int32
    private let needStart: Int32
    private let needEnd: Int32

    public init(personIndex: Int, priority: Int, needRange: Range<Int>) {
        self.storedPersonIndex = Int32(clamping: personIndex)
        self.storedPriority = Int32(clamping: priority)
        self.needStart = Int32(clamping: needRange.lowerBound)
        self.needEnd = Int32(clamping: needRange.upperBound)
    }

    /// Position of the person in `TrainingPlan.people`.
    public var personIndex: Int { Int(storedPersonIndex) }
    /// The priority of the needs the place closes, summed.
    public var priority: Int { Int(storedPriority) }
    /// Where the seat's needs are in its group's `needs`.
    public var needRange: Range<Int> { Int(needStart)..<Int(needEnd) }
}

/// An assessed need that no catalogue item lifts to its target.
public struct UnmatchedNeed: Hashable, Sendable {
    public let need: PlannedNeed
    /// The item that comes closest (the highest level below target, the cheaper on a tie)
    /// and the level it reaches; nil when no item builds the competency at all.
    public let nearestItem: Int?
    public let nearestLevel: Int?

    public init(need: PlannedNeed, nearestItem: Int?, nearestLevel: Int?) {
        self.need = need
        self.nearestItem = nearestItem
        self.nearestLevel = nearestLevel
    }
}
