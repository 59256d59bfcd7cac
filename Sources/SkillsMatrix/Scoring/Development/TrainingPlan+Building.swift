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
        var unrated = 0
        var held: [PlannedNeed] = []
        var unmatched: [UnmatchedNeed] = []
        // Closable needs, gathered person by person in one flat array (a counting sort on
        // the person), so 100,000 people cost no array each.
        var closable: [PlannedNeed] = []
        closable.reserveCapacity(report.needCount)
        var needsPerPerson = [Int32](repeating: 0, count: report.people.count + 1)
        for group in report.groups {
            let best = lifts.highestLevel(of: group.competency)
            for need in group.needs.lazy.map({ PlannedNeed($0, competency: group.competency) }) {
                if need.isUnrated {
                    unrated += 1
                } else if !inHand.isEmpty,
                    inHand.contains(PersonCompetency(login: report.people[need.personIndex].login, competency: group.competency))
                {
                    held.append(need)
                } else if best < need.target {
                    let nearest = lifts.nearest(need)
                    unmatched.append(UnmatchedNeed(need: need, nearestItem: nearest?.item, nearestLevel: nearest?.level))
                } else {
                    closable.append(need)
                    needsPerPerson[need.personIndex + 1] += 1
                }
            }
        }
        var start = [Int](repeating: 0, count: needsPerPerson.count)
        for index in 1..<needsPerPerson.count { start[index] = start[index - 1] + Int(needsPerPerson[index]) }
        var byPerson = closable
        var next = start
        for need in closable {
            byPerson[next[need.personIndex]] = need
            next[need.personIndex] += 1
        }
        // Seats item by item, appended in person order: already ordered by person within a
        // priority. Each item's needs go into one array, a seat holding its range.
        var seatsByItem = [[TrainingPlanSeat]](repeating: [], count: learning.items.count)
        var needsByItem = [[PlannedNeed]](repeating: [], count: learning.items.count)
        var cover = CoverSearch(lifts: lifts)
        for personIndex in report.people.indices where start[personIndex + 1] > start[personIndex] {
            let needs = byPerson[start[personIndex]..<start[personIndex + 1]]
            let items = cover.assign(needs)
            for (offset, item) in items.enumerated() where item >= 0 && !items[..<offset].contains(item) {
                let first = needsByItem[item].count
                var priority = 0
                for (position, need) in zip(needs.indices, needs) where items[position - needs.startIndex] == item {
                    needsByItem[item].append(need)
                    priority += need.priority
                }
                seatsByItem[item].append(TrainingPlanSeat(personIndex: personIndex, priority: priority, needRange: first..<needsByItem[item].count))
            }
        }
        var groups: [TrainingPlanGroup] = []
        for (item, seats) in seatsByItem.enumerated() where !seats.isEmpty {
            groups.append(
                TrainingPlanGroup(
                    item: item, pricing: learning.items[item].cost, hours: learning.items[item].hours, seats: orderedByPriority(seats),
                    needs: needsByItem[item]))
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
            (left.need.priority, -left.need.personIndex, -left.need.competency)
                > (right.need.priority, -right.need.personIndex, -right.need.competency)
        }
        return TrainingPlan(
            teamID: report.teamID, people: report.people, currency: learning.currency, groups: groups,
            unmatched: unmatched.sorted(by: urgency), inHand: held, unratedCount: unrated, budget: selection)
    }
}

extension Scoring {
    /// Seats by priority, highest first, keeping the given (person) order among equals:
    /// priorities are small numbers, so a counting sort does it in one pass.
    static func orderedByPriority(_ seats: [TrainingPlanSeat]) -> [TrainingPlanSeat] {
        let highest = seats.reduce(0) { max($0, $1.priority) }
        guard highest <= 4 * seats.count + 256, seats.allSatisfy({ $0.priority >= 0 }) else {
            return seats.enumerated().sorted { ($0.element.priority, -$0.offset) > ($1.element.priority, -$1.offset) }.map(\.element)
        }
        var starts = [Int](repeating: 0, count: highest + 2)
        for seat in seats { starts[highest - seat.priority + 1] += 1 }
        for index in 1..<starts.count { starts[index] += starts[index - 1] }
        var ordered = seats
        for seat in seats {
            ordered[starts[highest - seat.priority]] = seat
            starts[highest - seat.priority] += 1
        }
        return ordered
    }
}

/// For each competency (by catalog position), the catalogue items that build it and the
/// level each reaches, and for each competency and target the items that close it,
/// cheapest first.
struct LiftIndex {
    /// (item position, level), in catalogue order.
    private let liftsByCompetency: [[(item: Int, level: Int)]]
    /// closing[competency][target]: items lifting to the target or above, by (cost, hours, position).
    private let closingByCompetency: [[[Int]]]
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
        let costs = learning.items.map(\.cost.perPerson)
        let hours = learning.items.map(\.hours)
        liftsByCompetency = lifts
        closingByCompetency = lifts.map { competencyLifts in
            (0...Requirement.targets.upperBound).map { target in
                competencyLifts.filter { $0.level >= target }.map(\.item).sorted { (costs[$0], hours[$0], $0) < (costs[$1], hours[$1], $1) }
            }
        }
        self.costs = costs
        self.hours = hours
    }

    private func lifts(of competency: Int) -> [(item: Int, level: Int)] {
        competency < liftsByCompetency.count ? liftsByCompetency[competency] : []
    }

    /// The highest level any item lifts `competency` to; 0 when none builds it.
    func highestLevel(of competency: Int) -> Int { lifts(of: competency).reduce(0) { max($0, $1.level) } }

    /// Items that lift the need's competency to its target or above, cheapest first.
    func closing(_ need: PlannedNeed) -> [Int] {
        let competency = need.competency
        let target = need.target
        guard competency < closingByCompetency.count, closingByCompetency[competency].indices.contains(target) else { return [] }
        return closingByCompetency[competency][target]
    }

    func closes(_ item: Int, _ need: PlannedNeed) -> Bool {
        lifts(of: need.competency).contains { $0.item == item && $0.level >= need.target }
    }

    /// The item that comes closest to the target without reaching it, and above the
    /// person's level: the highest level, then the cheapest, then catalogue order.
    func nearest(_ need: PlannedNeed) -> (item: Int, level: Int)? {
        let current = need.effectiveLevel ?? 0
        return lifts(of: need.competency).filter { $0.level > current }.min { left, right in
            if left.level != right.level { return left.level > right.level }
            if costs[left.item] != costs[right.item] { return costs[left.item] < costs[right.item] }
            return left.item < right.item
        }
    }
}

/// The cheapest set of items that closes all of one person's closable needs: a small set
/// cover. Needs fall apart into groups that no item links (most needs stand alone and take
/// their cheapest item at once); each linked group is searched exactly (branch and bound)
/// and remembered, because people in the same role tend to have the same linked gaps.
/// Cost, hours and the number of items add up over the groups, so the best of each group
/// together is the best for the person.
struct CoverSearch {
    let lifts: LiftIndex
    private var remembered: [[Int]: [Int]] = [:]
    /// The first need (position in the person's list) seen with each item: scratch space
    /// for splitting needs into groups, cleared after each person.
    private var firstNeedOfItem: [Int]

    init(lifts: LiftIndex) {
        self.lifts = lifts
        self.firstNeedOfItem = [Int](repeating: -1, count: lifts.costs.count)
    }

    /// The item that closes each of the person's needs (-1 for none), position by
    /// position: within each linked group, the first chosen item in catalogue order that
    /// lifts the need to target.
    mutating func assign<Needs: Collection>(_ needs: Needs) -> [Int] where Needs.Element == PlannedNeed {
        let list = Array(needs)
        var assigned = [Int](repeating: -1, count: list.count)
        // Union-find over the needs: two needs one item closes belong together.
        var parent = Array(list.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        var linked = false
        for (index, need) in list.enumerated() {
            for item in lifts.closing(need) {
                let first = firstNeedOfItem[item]
                if first < 0 {
                    firstNeedOfItem[item] = index
                } else if root(index) != root(first) {
                    parent[root(index)] = root(first)
                    linked = true
                }
            }
        }
        for need in list { for item in lifts.closing(need) { firstNeedOfItem[item] = -1 } }
        if !linked {
            // Nothing links two needs: each takes its cheapest item.
            for (index, need) in list.enumerated() { assigned[index] = lifts.closing(need).first ?? -1 }
            return assigned
        }
        for index in list.indices where assigned[index] < 0 {
            let group = list.indices.filter { root($0) == root(index) }
            if group.count == 1 {
                assigned[index] = lifts.closing(list[index]).first ?? -1
                continue
            }
            let chosen = cheapestCover(group.map { list[$0] })
            for member in group { assigned[member] = chosen.first { lifts.closes($0, list[member]) } ?? -1 }
        }
        return assigned
    }

    /// The chosen items for a linked group of needs, in catalogue order.
    mutating func cheapestCover(_ needs: [PlannedNeed]) -> [Int] {
        let key = needs.map { $0.competency * 8 + $0.target }.sorted()
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

    private func search(_ needs: [PlannedNeed]) -> [Int] {
        let candidates = needs.map(lifts.closing)
        // Which needs each candidate item closes, as a bit set over `needs` (at most 64 searched together).
        let searched = Array(needs.indices.prefix(64))
        var covers: [Int: UInt64] = [:]
        for index in searched {
            for item in candidates[index] { covers[item, default: 0] |= 1 << UInt64(index) }
        }
        var best = Best()
        var path: [Int] = []
        func isBetter(_ cost: Int, _ hours: Double, _ items: [Int]) -> Bool {
            if cost != best.cost { return cost < best.cost }
            if hours != best.hours { return hours < best.hours }
            if items.count != best.items.count { return items.count < best.items.count }
            return items.lexicographicallyPrecedes(best.items)
        }
        func explore(covered: UInt64, cost: Int, hours: Double) {
            if cost > best.cost || (cost == best.cost && hours > best.hours) { return }
            guard let open = searched.first(where: { covered & (1 << UInt64($0)) == 0 }) else {
                let items = path.sorted()
                if isBetter(cost, hours, items) { best = Best(cost: cost, hours: hours, items: items) }
                return
            }
            for item in candidates[open] {
                path.append(item)
                explore(covered: covered | (covers[item] ?? 0), cost: cost + lifts.costs[item], hours: hours + lifts.hours[item])
                path.removeLast()
            }
        }
        explore(covered: 0, cost: 0, hours: 0)
        // Needs beyond the 64 searched together (never in practice) take their cheapest item.
        var chosen = Set(best.items)
        for index in needs.indices.dropFirst(64) where !chosen.contains(where: { lifts.closes($0, needs[index]) }) {
            if let first = candidates[index].first { chosen.insert(first) }
        }
        return chosen.sorted()
    }
}
