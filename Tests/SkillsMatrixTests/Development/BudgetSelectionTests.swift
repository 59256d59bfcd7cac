import Foundation
import Testing
@testable import SkillsMatrix

/// The budget selection against brute force: exact where it says so, at least half the
/// best where it is greedy, and deterministic on ties.
@Suite("Budget selection")
struct BudgetSelectionTests {
    /// A curve for `priorities` (one per seat, highest first) bought at `pricing`.
    static func curve(_ priorities: [Int], pricing: LearningCost) -> BudgetSelection.Curve {
        var costs = [0]
        var totals = [0]
        for (index, priority) in priorities.enumerated() {
            costs.append(pricing.cost(forPeople: index + 1))
            totals.append(totals[index] + priority)
        }
        return BudgetSelection.Curve(costs: costs, priorities: totals)
    }

    /// The best priority within `budget` by trying every number of seats of every group.
    static func bruteForce(_ curves: [BudgetSelection.Curve], budget: Int) -> Int {
        func best(_ index: Int, _ left: Int) -> Int {
            guard index < curves.count else { return 0 }
            var result = 0
            for places in 0...curves[index].places where curves[index].costs[places] <= left {
                result = max(result, curves[index].priorities[places] + best(index + 1, left - curves[index].costs[places]))
            }
            return result
        }
        return best(0, budget)
    }

    /// Random small instances: up to 4 groups of up to 5 seats, some with cohorts, some free.
    static func instances(count: Int, seed: UInt64) -> [(curves: [BudgetSelection.Curve], budget: Int)] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            let curves = (0..<random.int(in: 1...4)).map { _ -> BudgetSelection.Curve in
                let price = random.chance(0.15) ? 0 : 50 * random.int(in: 1...30)
                let size = random.int(in: 2...4)
                let cohort = random.chance(0.5) ? LearningCost.Cohort(price: max(0, price * size - 50 * random.int(in: 0...10)), size: size) : nil
                let priorities = (0..<random.int(in: 1...5)).map { _ in random.int(in: 1...12) }.sorted(by: >)
                return curve(priorities, pricing: LearningCost(perPerson: price, cohort: cohort))
            }
            return (curves, 50 * random.int(in: 0...60))
        }
    }

    func check(_ selection: BudgetSelection, _ curves: [BudgetSelection.Curve], budget: Int) {
        #expect(selection.cost <= budget)
        #expect(selection.cost == zip(curves, selection.seatsBought).reduce(0) { $0 + $1.0.costs[$1.1] })
        #expect(selection.priority == zip(curves, selection.seatsBought).reduce(0) { $0 + $1.0.priorities[$1.1] })
    }

    @Test("exact: the same priority as brute force on 300 random instances, never over budget")
    func exactMatchesBruteForce() {
        for (curves, budget) in Self.instances(count: 300, seed: 13) {
            let selection = BudgetSelection.choose(curves, budget: budget)
            #expect(selection.method == .exact)
            check(selection, curves, budget: budget)
            #expect(selection.priority == Self.bruteForce(curves, budget: budget), "budget \(budget), \(curves)")
        }
    }

    @Test("greedy (forced by a tiny work limit): never over budget and at least half of the best")
    func greedyWithinHalf() {
        var total = 0
        var best = 0
        for (curves, budget) in Self.instances(count: 300, seed: 31) {
            let selection = BudgetSelection.choose(curves, budget: budget, exactWorkLimit: 0)
            let optimum = Self.bruteForce(curves, budget: budget)
            #expect(selection.method == .greedy || curves.reduce(0, { $0 + ($1.costs.last ?? 0) }) <= budget)
            check(selection, curves, budget: budget)
            #expect(2 * selection.priority >= optimum, "budget \(budget), \(curves)")
            total += selection.priority
            best += optimum
        }
        // Far better than the bound in practice.
        #expect(Double(total) >= 0.9 * Double(best))
    }

    @Test("a council's plan (1,000 places in 40 groups, £60,000 in £5 steps) is solved exactly, never worse than greedy")
    func councilSized() {
        var random = SplitMix64(seed: 1_000)
        let curves = (0..<40).map { group -> BudgetSelection.Curve in
            let price = group % 4 == 0 ? 0 : 5 * random.int(in: 10...300)
            let cohort = group % 3 == 0 && price > 0 ? LearningCost.Cohort(price: price * 8, size: 12) : nil
            let priorities = (0..<25).map { _ in random.int(in: 1...14) }.sorted(by: >)
            return Self.curve(priorities, pricing: LearningCost(perPerson: price, cohort: cohort))
        }
        let exact = BudgetSelection.choose(curves, budget: 60_000)
        #expect(exact.method == .exact)
        check(exact, curves, budget: 60_000)
        let greedy = BudgetSelection.choose(curves, budget: 60_000, exactWorkLimit: 0)
        #expect(greedy.method == .greedy)
        #expect(exact.priority >= greedy.priority)
    }

    @Test("free places are always bought; a budget of 0 buys only them")
    func freePlaces() {
        let free = Self.curve([5, 3], pricing: LearningCost(perPerson: 0))
        let paid = Self.curve([9], pricing: LearningCost(perPerson: 100))
        for limit in [BudgetSelection.exactWorkLimit, 0] {
            let selection = BudgetSelection.choose([paid, free], budget: 0, exactWorkLimit: limit)
            #expect(selection.seatsBought == [0, 2])
            #expect(selection.cost == 0)
        }
    }

    @Test("a budget that covers everything buys everything")
    func everything() {
        let curves = [Self.curve([4, 2], pricing: LearningCost(perPerson: 100)), Self.curve([7], pricing: LearningCost(perPerson: 300))]
        #expect(BudgetSelection.choose(curves, budget: 500).seatsBought == [2, 1])
    }

    @Test("ties: equal groups go to the higher-ranked one; equal priority goes to the cheaper selection")
    func ties() {
        let same = Self.curve([6], pricing: LearningCost(perPerson: 100))
        for limit in [BudgetSelection.exactWorkLimit, 0] {
            #expect(BudgetSelection.choose([same, same, same], budget: 100, exactWorkLimit: limit).seatsBought == [1, 0, 0])
        }
        let dear = Self.curve([6], pricing: LearningCost(perPerson: 300))
        let cheap = Self.curve([6], pricing: LearningCost(perPerson: 200))
        let selection = BudgetSelection.choose([dear, cheap], budget: 300)
        #expect(selection.seatsBought == [0, 1])
        #expect(selection.cost == 200)
    }

    @Test("a cohort can be worth more than single places: 3 seats for one cohort's price beat 2 single places")
    func cohortBeatsSingles() {
        let cohort = Self.curve([4, 4, 4], pricing: LearningCost(perPerson: 100, cohort: .init(price: 200, size: 3)))
        let singles = Self.curve([5, 5], pricing: LearningCost(perPerson: 100))
        for limit in [BudgetSelection.exactWorkLimit, 0] {
            let selection = BudgetSelection.choose([singles, cohort], budget: 200, exactWorkLimit: limit)
            #expect(selection.seatsBought == [0, 3], "limit \(limit)")
            #expect(selection.priority == 12)
        }
    }
}
