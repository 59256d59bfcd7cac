/// What a catalogue item costs: per person, and optionally per cohort (a group booked
/// together, such as an in-house course for up to twelve people).
public struct LearningCost: Hashable, Sendable {
    /// A price for a group of up to `size` people.
    public struct Cohort: Hashable, Sendable {
        public var price: Int
        public var size: Int

        public init(price: Int, size: Int) {
            self.price = price
            self.size = size
        }
    }

    /// In whole units of the catalogue's currency.
    public var perPerson: Int
    public var cohort: Cohort?
    /// A published or estimated price, not a quote: shown as such wherever it is summed.
    public var isIndicative: Bool

    public init(perPerson: Int, cohort: Cohort? = nil, isIndicative: Bool = false) {
        self.perPerson = perPerson
        self.cohort = cohort
        self.isIndicative = isIndicative
    }

    /// The cheapest way to buy `people` places: whole cohorts where a cohort costs less
    /// than its places bought singly, and for the rest single places or one more cohort,
    /// whichever is cheaper.
    ///
    /// With f = people / size full cohorts and r = people % size left over:
    /// cost = f x min(price, size x perPerson) + min(price, r x perPerson).
    /// (Any number of cohorts c <= f costs c x price + (people - c x size) x perPerson,
    /// linear in c, so the best c is f or 0; one cohort more only pays for the remainder.)
    public func cost(forPeople people: Int) -> Int {
        guard people > 0 else { return 0 }
        guard let cohort, cohort.size > 0 else { return people * perPerson }
        let full = people / cohort.size
        let remainder = people % cohort.size
        return full * min(cohort.price, cohort.size * perPerson) + min(cohort.price, remainder * perPerson)
    }

    /// How many cohorts `cost(forPeople:)` books (the rest are single places).
    public func cohorts(forPeople people: Int) -> Int {
        guard people > 0, let cohort, cohort.size > 0 else { return 0 }
        let full = cohort.price < cohort.size * perPerson ? people / cohort.size : 0
        let remainder = people - full * cohort.size
        let extra = remainder > 0 && cohort.price < min(remainder, cohort.size) * perPerson ? 1 : 0
        return full + extra
    }
}
