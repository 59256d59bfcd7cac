import Foundation

extension ByteOutput {
    /// Writes `count` pieces of output in order, each encoded by `encode` into a buffer of
    /// its own on one of the machine's cores while this thread writes the pieces before it.
    ///
    /// A large report spends as long encoding its rows as the kernel spends copying them
    /// into the file: encoding on every core, and writing here as the pieces come in
    /// order, overlaps the two. At most `window` pieces are held at once, so memory stays
    /// a few buffers whatever the report's size.
    /// - Parameter encode: encodes piece `index` into the empty output it is given; it is
    ///   called from several threads at once, each call with its own output.
    /// - Throws: what writing to the destination throws; the encoding threads have all
    ///   stopped before this returns or throws.
    public mutating func writeInParallel(
        pieces count: Int, window: Int = 8, encode: @escaping @Sendable (Int, inout ByteOutput) -> Void
    ) throws {
        guard count > 0 else { return }
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, count, 4))
        let pieces = EncodedPieces(count: count, window: max(window, workers))
        let group = DispatchGroup()
        for _ in 0..<workers {
            DispatchQueue.global(qos: .userInitiated).async(group: group) {
                while let (index, slot) = pieces.claim() {
                    slot.output.removeAll()
                    encode(index, &slot.output)
                    pieces.finish(index)
                }
            }
        }
        defer {
            pieces.cancel()
            group.wait()
        }
        for index in 0..<count {
            let slot = pieces.waitFor(index)
            try write(contentsOf: slot.output)
            pieces.release(index)
        }
    }
}

/// One reusable buffer of `writeInParallel`.
private final class PieceSlot: @unchecked Sendable {
    // Touched by one thread at a time: the encoder that claimed its piece, then the
    // writer once that piece is finished (`EncodedPieces` orders the two).
    var output = ByteOutput()
}

/// The bookkeeping of `writeInParallel`: which piece is claimed next, which are finished,
/// and how far the writer has got, so that a slot is reused only once it is written.
private final class EncodedPieces: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let slots: [PieceSlot]
    private var nextToClaim = 0
    private var written = 0
    private var finished: [Bool]
    private var cancelled = false

    init(count: Int, window: Int) {
        self.count = count
        self.slots = (0..<window).map { _ in PieceSlot() }
        self.finished = Array(repeating: false, count: count)
    }

    /// The next piece to encode and its slot, once a slot is free; nil when there is none
    /// left or the writing has stopped.
    func claim() -> (Int, PieceSlot)? {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled, nextToClaim < count, nextToClaim >= written + slots.count { condition.wait() }
        guard !cancelled, nextToClaim < count else { return nil }
        let index = nextToClaim
        nextToClaim += 1
        return (index, slots[index % slots.count])
    }

    func finish(_ index: Int) {
        condition.lock()
        finished[index] = true
        condition.broadcast()
        condition.unlock()
    }

    /// The slot of piece `index` once it is encoded.
    func waitFor(_ index: Int) -> PieceSlot {
        condition.lock()
        defer { condition.unlock() }
        while !finished[index] { condition.wait() }
        return slots[index % slots.count]
    }

    /// Piece `index` is written: its slot may take another.
    func release(_ index: Int) {
        condition.lock()
        written = index + 1
        condition.broadcast()
        condition.unlock()
    }

    /// No more pieces are to be claimed (done, or the writing failed).
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
