/// A person and a competency: a need already in hand (see `TrainingPlan.inHand`).
public struct PersonCompetency: Hashable, Sendable {
    public let login: String
    /// Position in `Catalog.competencies`.
    public let competency: Int

    public init(login: String, competency: Int) {
        self.login = login
        self.competency = competency
    }
}

extension Scoring {
    /// Builds the costed training plan from a training-needs list.
    ///
    /// 1. Only assessed needs count (a rating and a gap); needs in `inHand` are set aside.
    /// 2. An item closes a need when it lifts the competency to the target or above.
    ///    For each person, the set of items that closes all their closable needs at the
    ///    least cost per place is chosen exactly (fewer hours, then fewer items, then
    ///    catalogue order on a tie), so one item that builds two competencies beats two
    ///    items that together cost more. Cohort prices are applied to the groups after
    ///    this choice, not inside it.
    /// 3. Each need goes to the first chosen item (catalogue order) that closes it; a
    ///    person's needs on one item share one place.
    /// 4. Groups are ranked by priority covered, then headcount, then catalogue order;
    ///    seats by priority, then by the person's position (login order).
    /// 5. With a budget, `BudgetSelection` picks how many seats of each group to buy.
    /// - Complexity: about O(n) over n needs, plus a small search per distinct set of
    ///   needs (people with the same needs share one answer).
    public static func trainingPlan(
        needs report: TrainingNeedsReport, catalog: Catalog, learning: LearningCatalogue, inHand: Set<PersonCompetency> = [],
        budget: Int? = nil
    ) -> TrainingPlan {
        let lifts = LiftIndex(catalog: catalog, learning: learning)
        var needsByPerson: [Int: [TrainingNeed]] = [:]
        var unrated = 0
        var held: [TrainingNeed] = []
        var unmatched: [UnmatchedNeed] = []
        for group in report.groups {
            for need in group.needs {
                if need.requirement.isUnrated {
                    unrated += 1
                } else if !inHand.isEmpty,
                    inHand.contains(PersonCompetency(login: report.people[need.personIndex].login, competency: group.competency))
                {
                    held.append(need)
                } else if lifts.closing(need).isEmpty {
                    let nearest = lifts.nearest(need)
                    unmatched.append(UnmatchedNeed(need: need, nearestItem: nearest?.item, nearestLevel: nearest?.level))
                } else {
                    needsByPerson[need.personIndex, default: []].append(need)
                }
            }
        }
        var seatsByItem = [[TrainingPlanSeat]](repeating: [], count: learning.items.count)
        var cover = CoverSearch(lifts: lifts)
        for personIndex in needsByPerson.keys.sorted() {
            let needs = needsByPerson[personIndex] ?? []
            let chosen = cover.cheapestCover(needs)
            var byItem: [Int: [TrainingNeed]] = [:]
            for need in needs {
                guard let item = chosen.first(where: { lifts.closes($0, need) }) else { continue }
                byItem[item, default: []].append(need)
            }
            for (item, itemNeeds) in byItem {
                seatsByItem[item].append(TrainingPlanSeat(personIndex: personIndex, needs: itemNeeds))
            }
        }
        var groups: [TrainingPlanGroup] = []
        for (item, seats) in seatsByItem.enumerated() where !seats.isEmpty {
            let ordered = seats.sorted { ($0.priority, -$0.personIndex) > ($1.priority, -$1.personIndex) }
            groups.append(
                TrainingPlanGroup(item: item, pricing: learning.items[item].cost, hours: learning.items[item].hours, seats: ordered))
        }
        groups.sort { left, right in
            if left.priority != right.priority { return left.priority > right.priority }
            if left.headcount != right.headcount { return left.headcount > right.headcount }
            return left.item < right.item
        }
        let selection = budget.map { budget in
            BudgetSelection.choose(
                groups.map { group in
                    var costs = [0]
                    var priorities = [0]
                    for (index, seat) in group.seats.enumerated() {
                        costs.append(group.pricing.cost(forPeople: index + 1))
                        priorities.append(priorities[index] + seat.priority)
                    }
                    return BudgetSelection.Curve(costs: costs, priorities: priorities)
                }, budget: budget)
        }
        let urgency: (UnmatchedNeed, UnmatchedNeed) -> Bool = { left, right in
            (left.need.priority, -left.need.personIndex, -left.need.requirement.competency)
                > (right.need.priority, -right.need.personIndex, -right.need.requirement.competency)
        }
        return TrainingPlan(
            teamID: report.teamID, people: report.people, currency: learning.currency, groups: groups,
            unmatched: unmatched.sorted(by: urgency), inHand: held, unratedCount: unrated, budget: selection)
    }
}

/// For each competency (by catalog position), the catalogue items that build it and the
/// level each reaches.
struct LiftIndex {
    /// (item position, level), in catalogue order.
    private let liftsByCompetency: [[(item: Int, level: Int)]]
    let costs: [Int]
    let hours: [Double]

    init(catalog: Catalog, learning: LearningCatalogue) {
        var lifts = [[(item: Int, level: Int)]](repeating: [], count: catalog.competencies.count)
        for (item, entry) in learning.items.enumerated() {
            for lift in entry.lifts {
                guard let competency = catalog.competencyIndex(of: lift.competencyID) else { continue }
                lifts[competency].append((item, lift.level))
            }
        }
        liftsByCompetency = lifts
        costs = learning.items.map(\.cost.perPerson)
        hours = learning.items.map(\.hours)
    }

    private func lifts(of competency: Int) -> [(item: Int, level: Int)] {
        competency < liftsByCompetency.count ? liftsByCompetency[competency] : []
    }

    /// Items that lift the need's competency to its target or above.
    func closing(_ need: TrainingNeed) -> [Int] {
        lifts(of: need.requirement.competency).filter { $0.level >= need.requirement.target }.map(\.item)
    }

    func closes(_ item: Int, _ need: TrainingNeed) -> Bool {
        lifts(of: need.requirement.competency).contains { $0.item == item && $0.level >= need.requirement.target }
    }

    /// The item that comes closest to the target without reaching it, and above the
    /// person's level: the highest level, then the cheapest, then catalogue order.
    func nearest(_ need: TrainingNeed) -> (item: Int, level: Int)? {
        let current = need.requirement.effectiveLevel ?? 0
        return lifts(of: need.requirement.competency).filter { $0.level > current }.min { left, right in
            if left.level != right.level { return left.level > right.level }
            if costs[left.item] != costs[right.item] { return costs[left.item] < costs[right.item] }
            return left.item < right.item
        }
    }
}

/// The cheapest set of items that closes all of one person's closable needs: a tiny set
/// cover, searched exactly (branch and bound) and remembered by the set of needs, because
/// people in the same role tend to have the same gaps.
struct CoverSearch {
    let lifts: LiftIndex
    private var remembered: [[Int]: [Int]] = [:]

    init(lifts: LiftIndex) {
        self.lifts = lifts
    }

    /// The chosen items in catalogue order.
    mutating func cheapestCover(_ needs: [TrainingNeed]) -> [Int] {
        let key = needs.map { $0.requirement.competency * 8 + $0.requirement.target }.sorted()
        if let known = remembered[key] { return known }
        let chosen = search(needs)
        remembered[key] = chosen
        return chosen
    }

    private struct Best {
        var cost = Int.max
        var hours = Double.infinity
        var items: [Int] = []
    }

    private func search(_ needs: [TrainingNeed]) -> [Int] {
        let candidates = needs.map { need in
            lifts.closing(need).sorted { (lifts.costs[$0], lifts.hours[$0], $0) < (lifts.costs[$1], lifts.hours[$1], $1) }
        }
        // Which needs each candidate item closes, as a bit set over `needs` (at most 64 searched together).
        let searched = Array(needs.indices.prefix(64))
        var covers: [Int: UInt64] = [:]
        for index in searched {
            for item in candidates[index] { covers[item, default: 0] |= 1 << UInt64(index) }
        }
        var best = Best()
        func isBetter(_ cost: Int, _ hours: Double, _ items: [Int]) -> Bool {
            if cost != best.cost { return cost < best.cost }
            if hours != best.hours { return hours < best.hours }
            if items.count != best.items.count { return items.count < best.items.count }
            return items.sorted().lexicographicallyPrecedes(best.items)
        }
        func explore(covered: UInt64, cost: Int, hours: Double, items: [Int]) {
            if cost > best.cost || (cost == best.cost && hours > best.hours) { return }
            guard let open = searched.first(where: { covered & (1 << UInt64($0)) == 0 }) else {
                if isBetter(cost, hours, items) { best = Best(cost: cost, hours: hours, items: items.sorted()) }
                return
            }
            for item in candidates[open] {
                explore(
                    covered: covered | (covers[item] ?? 0), cost: cost + lifts.costs[item], hours: hours + lifts.hours[item],
                    items: items + [item])
            }
        }
        explore(covered: 0, cost: 0, hours: 0, items: [])
        // Needs beyond the 64 searched together (never in practice) take their cheapest item.
        var chosen = Set(best.items)
        for index in needs.indices.dropFirst(64) where !chosen.contains(where: { lifts.closes($0, needs[index]) }) {
            if let first = candidates[index].first { chosen.insert(first) }
        }
        return chosen.sorted()
    }
}
