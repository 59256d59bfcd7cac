/// What to buy within a budget: for each group of a training plan, how many of its places
/// (always its highest-priority people, so a group is bought from the top), chosen to
/// cover the most priority the budget allows.
///
/// Each group can be bought for any number k of its people, for `LearningCost.cost(forPeople:)`
/// (cohorts where they are cheaper) and the priority of its top k seats. Choosing one k per
/// group to maximise the priority within the budget is a multiple-choice knapsack:
/// - **exact** by dynamic programming over the budget, in steps of the greatest common
///   divisor of every price, when (budget / step + 1) x (options) stays within
///   `exactWorkLimit`. Free groups are bought whole first; a group whose places all cost
///   the same is bought highest priority first anyway, so its places of equal priority
///   become a few options (parts of 1, 2, 4, ... places, as a bounded knapsack is made
///   0/1); only a group with a cheaper cohort price keeps one option per number of places.
///   That covers a council's plan: thousands of places and a budget of hundreds of
///   thousands in steps of 5. Among selections of equal priority it takes the cheapest, and among those
///   it prefers the higher-ranked groups.
/// - **greedy** otherwise (tens of thousands of places): each group's (cost, priority)
///   curve is reduced to its upper convex hull, the hull's steps are bought in order of
///   priority per unit of cost while they fit, the rest of the budget is spent on the
///   largest further purchase of each group that still fits, and the result is compared
///   with the best single purchase. The classic bound holds: at least half the priority of
///   the best selection; in practice within a fraction of a percent.
///
/// A person's needs are assigned to items before the budget is applied (see
/// `Scoring.trainingPlan`); a group not bought does not pass its people to another item.
public struct BudgetSelection: Hashable, Sendable {
    public enum Method: String, Hashable, Sendable {
        case exact, greedy
    }

    public let budget: Int
    public let method: Method
    /// For each group of the plan (same order), how many of its seats are bought: its first k.
    public let seatsBought: [Int]
    public let cost: Int
    /// Priority the bought seats cover.
    public let priority: Int

    public init(budget: Int, method: Method, seatsBought: [Int], cost: Int, priority: Int) {
        self.budget = budget
        self.method = method
        self.seatsBought = seatsBought
        self.cost = cost
        self.priority = priority
    }

    /// Whether seat `seat` of group `group` is bought.
    public func isBought(group: Int, seat: Int) -> Bool { seat < seatsBought[group] }

    /// The largest amount of work (table cells) the exact method may take: a fraction of a
    /// second in a release build (a 1,000-staff organisation's plan with £250,000 to spend,
    /// 0.2 s). Its table of choices is two bytes a cell per curve, far less than the work.
    public static let exactWorkLimit = 150_000_000

    /// One group's purchase curve: `costs[k]` and `priorities[k]` for its top k seats,
    /// k = 0...places. Costs never fall as k grows; priorities rise.
    public struct Curve: Hashable, Sendable {
        public let costs: [Int]
        public let priorities: [Int]

        public init(costs: [Int], priorities: [Int]) {
            self.costs = costs
            self.priorities = priorities
        }

        public var places: Int { costs.count - 1 }
    }

    /// Chooses how many seats of each curve to buy within `budget` (see the type's comment).
    /// - Complexity: exact O(W x (P + G)) for W budget steps, P places, G groups; greedy
    ///   O(P log P).
    public static func choose(_ curves: [Curve], budget: Int, exactWorkLimit: Int = exactWorkLimit) -> BudgetSelection {
        let budget = max(0, budget)
        let everything = curves.map(\.places)
        if curves.reduce(0, { $0 + ($1.costs.last ?? 0) }) <= budget {
            return selection(everything, curves: curves, budget: budget, method: .exact)
        }
        let reduced = Reduced(curves)
        let step = reduced.curves.reduce(0) { result, curve in curve.costs.reduce(result) { greatestCommonDivisor($0, $1) } }
        let width = step > 0 ? budget / step + 1 : 1
        let options = reduced.curves.reduce(0) { $0 + $1.costs.count }
        let work = width.multipliedReportingOverflow(by: options)
        if !work.overflow, work.partialValue <= exactWorkLimit, reduced.curves.allSatisfy({ $0.places <= Int(UInt16.max) }) {
            let chosen = step > 0 ? exact(reduced.curves, step: step, width: width) : []
            return selection(reduced.seats(chosen), curves: curves, budget: budget, method: .exact)
        }
        return selection(greedy(curves, budget: budget), curves: curves, budget: budget, method: .greedy)
    }

    /// The curves the exact method searches, made from the groups' curves: a free group is
    /// bought whole at once; a group whose every place costs the same becomes one option per
    /// part of each run of equal priority (parts of 1, 2, 4, ... places, so any number of
    /// a run can be made); any other group stays one curve.
    ///
    /// Splitting is exact: places of one price are always best bought highest priority
    /// first (swapping a lower place for a higher one costs nothing and loses nothing), so
    /// however many of a group's parts the search takes, the same number of its top places
    /// covers at least as much.
    struct Reduced {
        var curves: [Curve] = []
        /// For each reduced curve: its group, and how many places one step along it buys.
        var owner: [(group: Int, placesPerStep: Int)] = []
        /// Places of each group bought before the search (free groups).
        var fixed: [Int]

        init(_ groups: [Curve]) {
            fixed = [Int](repeating: 0, count: groups.count)
            for (group, curve) in groups.enumerated() where curve.places > 0 {
                let price = curve.costs[1]
                if curve.costs.last == 0 {
                    fixed[group] = curve.places
                } else if curve.costs.indices.allSatisfy({ curve.costs[$0] == $0 * price }) {
                    var place = 1
                    while place <= curve.places {
                        let priority = curve.priorities[place] - curve.priorities[place - 1]
                        var run = 0
                        while place + run <= curve.places, curve.priorities[place + run] - curve.priorities[place + run - 1] == priority { run += 1 }
                        var part = 1
                        var left = run
                        while left > 0 {
                            let size = min(part, left)
                            curves.append(Curve(costs: [0, size * price], priorities: [0, size * priority]))
                            owner.append((group, size))
                            left -= size
                            part *= 2
                        }
                        place += run
                    }
                } else {
                    curves.append(curve)
                    owner.append((group, 1))
                }
            }
        }

        /// Places of each group from the steps chosen along each reduced curve.
        func seats(_ chosen: [Int]) -> [Int] {
            var seats = fixed
            for (index, steps) in chosen.enumerated() { seats[owner[index].group] += steps * owner[index].placesPerStep }
            return seats
        }
    }

    private static func selection(_ seats: [Int], curves: [Curve], budget: Int, method: Method) -> BudgetSelection {
        BudgetSelection(
            budget: budget, method: method, seatsBought: seats,
            cost: zip(curves, seats).reduce(0) { $0 + $1.0.costs[$1.1] },
            priority: zip(curves, seats).reduce(0) { $0 + $1.0.priorities[$1.1] })
    }

    static func greatestCommonDivisor(_ first: Int, _ second: Int) -> Int {
        var (a, b) = (abs(first), abs(second))
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }

    // MARK: - Exact

    /// best[w]: the most priority with cost at most w x step. Groups in rank order; within
    /// a group the smallest k reaching a value wins, so later groups yield on ties.
    private static func exact(_ curves: [Curve], step: Int, width: Int) -> [Int] {
        var best = [Int](repeating: 0, count: width)
        var choices: [[UInt16]] = []
        choices.reserveCapacity(curves.count)
        for curve in curves {
            var next = best
            var choice = [UInt16](repeating: 0, count: width)
            for places in stride(from: 1, through: curve.places, by: 1) {
                let cost = curve.costs[places] / step
                if cost >= width { break }
                let value = curve.priorities[places]
                for budgetStep in cost..<width {
                    let candidate = best[budgetStep - cost] + value
                    if candidate > next[budgetStep] {
                        next[budgetStep] = candidate
                        choice[budgetStep] = UInt16(places)
                    }
                }
            }
            best = next
            choices.append(choice)
        }
        // The cheapest budget step that reaches the best priority.
        let top = best[width - 1]
        var remaining = best.firstIndex(of: top) ?? width - 1
        var seats = [Int](repeating: 0, count: curves.count)
        for group in curves.indices.reversed() {
            let places = Int(choices[group][remaining])
            seats[group] = places
            remaining -= curves[group].costs[places] / step
        }
        return seats
    }

    // MARK: - Greedy

    /// A step along a group's hull: from `from` places to `to`.
    private struct HullStep {
        let group: Int
        let from: Int
        let to: Int
        let cost: Int
        let priority: Int
    }

    private static func greedy(_ curves: [Curve], budget: Int) -> [Int] {
        var steps: [HullStep] = []
        for (group, curve) in curves.enumerated() {
            let hull = upperHull(curve)
            for (from, to) in zip(hull, hull.dropFirst()) {
                steps.append(
                    HullStep(
                        group: group, from: from, to: to, cost: curve.costs[to] - curve.costs[from],
                        priority: curve.priorities[to] - curve.priorities[from]))
            }
        }
        // Most priority per unit of cost first (free steps first of all); rank order on ties.
        steps.sort { left, right in
            let leftScore = left.priority * right.cost
            let rightScore = right.priority * left.cost
            if leftScore != rightScore { return leftScore > rightScore }
            if left.group != right.group { return left.group < right.group }
            return left.from < right.from
        }
        var seats = [Int](repeating: 0, count: curves.count)
        var blocked = [Bool](repeating: false, count: curves.count)
        var remaining = budget
        for step in steps where !blocked[step.group] && seats[step.group] == step.from {
            if step.cost <= remaining {
                seats[step.group] = step.to
                remaining -= step.cost
            } else {
                blocked[step.group] = true
            }
        }
        // Spend what is left on the largest further purchase of each group, in rank order.
        for (group, curve) in curves.enumerated() {
            let base = curve.costs[seats[group]]
            var places = seats[group]
            while places < curve.places, curve.costs[places + 1] - base <= remaining { places += 1 }
            remaining -= curve.costs[places] - base
            seats[group] = places
        }
        // The best single purchase, which keeps the result within half of the best.
        var single: (group: Int, places: Int, priority: Int)?
        for (group, curve) in curves.enumerated() {
            guard let places = curve.costs.lastIndex(where: { $0 <= budget }), places > 0 else { continue }
            if curve.priorities[places] > (single?.priority ?? 0) { single = (group, places, curve.priorities[places]) }
        }
        let greedyPriority = zip(curves, seats).reduce(0) { $0 + $1.0.priorities[$1.1] }
        if let single, single.priority > greedyPriority {
            var only = [Int](repeating: 0, count: curves.count)
            only[single.group] = single.places
            return only
        }
        return seats
    }

    /// The places k at the corners of the upper convex hull of (cost, priority) from k = 0:
    /// where several k cost the same only the largest counts, and a point below the line
    /// between its neighbours is never worth stopping at.
    private static func upperHull(_ curve: Curve) -> [Int] {
        var hull: [Int] = [0]
        for places in stride(from: 1, through: curve.places, by: 1) {
            // A free first step stays a step of its own; later equal costs keep the largest k.
            if hull.count >= 2, curve.costs[places] == curve.costs[hull[hull.count - 1]] {
                hull[hull.count - 1] = places
            } else {
                hull.append(places)
            }
            while hull.count >= 3 {
                let (a, b, c) = (hull[hull.count - 3], hull[hull.count - 2], hull[hull.count - 1])
                // b lies on or below the segment a-c: slope(a, b) <= slope(b, c).
                let left = (curve.priorities[b] - curve.priorities[a]) * (curve.costs[c] - curve.costs[b])
                let right = (curve.priorities[c] - curve.priorities[b]) * (curve.costs[b] - curve.costs[a])
                guard left <= right else { break }
                hull.remove(at: hull.count - 2)
            }
        }
        return hull
    }
}
