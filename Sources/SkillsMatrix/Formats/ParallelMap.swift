import Foundation

/// Work split over the machine's cores where the pieces are independent and the order of
/// the results must be kept: the text of thousands of teams' trends, say.
enum ParallelMap {
    /// `transform` of 0..<count, in order, computed in contiguous runs on every core.
    /// Below `serialBelow` items the threads would cost more than they save.
    static func map<Result: Sendable>(
        _ count: Int, serialBelow: Int = 256, _ transform: @Sendable (Int) -> Result
    ) -> [Result] {
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, 8)
        guard count >= serialBelow, workers > 1 else { return (0..<count).map(transform) }
        let runs = workers * 4
        let results = Results<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: runs) { run in
            let range = (count * run / runs)..<(count * (run + 1) / runs)
            for index in range { results.store(transform(index), at: index) }
        }
        return results.taken()
    }

    /// The results, each slot written once by the one thread whose run holds its index:
    /// memory of its own rather than an array property, whose every write would be an
    /// access to the whole array (and two at once a conflict).
    private final class Results<Element>: @unchecked Sendable {
        private let slots: UnsafeMutableBufferPointer<Element?>

        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil)
        }

        deinit {
            slots.deinitialize()
            slots.deallocate()
        }

        func store(_ element: Element, at index: Int) { slots[index] = element }

        func taken() -> [Element] { slots.map { $0! } }
    }
}
