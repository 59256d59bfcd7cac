/// A small seeded pseudo-random generator (SplitMix64, Steele, Lea and Flood 2014).
///
/// Synthetic organisations must come out the same for the same seed on every machine and
/// every Swift release, so nothing here leans on the standard library's `random(in:using:)`
/// (whose algorithm may change): bounded numbers are derived from the raw 64-bit stream
/// by the fixed methods below.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// A generator for one item of a larger whole (a person, a requirement), independent of
    /// how many numbers were drawn before it: the same seed and keys always give the same
    /// stream, so items can be generated in any order, or again, with the same result.
    public init(seed: UInt64, keys: UInt64...) {
        var mixed = Self.mix(seed)
        for key in keys { mixed = Self.mix(mixed ^ Self.mix(key &+ 0x9E37_79B9_7F4A_7C15)) }
        state = mixed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// The SplitMix64 output function: a bijective avalanche of 64 bits.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    // MARK: - Fixed derivations

    /// A whole number in `range`, by multiply-shift (Lemire) without rejection: the bias is
    /// below 2^-50 for the small ranges used here, and the result never depends on a loop.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) + 1
        let high = next().multipliedFullWidth(by: span).high
        return range.lowerBound + Int(high)
    }

    /// A number in [0, 1) with 53 random bits.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// true with probability `probability`.
    public mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// One element of a non-empty array, uniformly.
    public mutating func pick<T>(_ elements: [T]) -> T {
        elements[int(in: 0...(elements.count - 1))]
    }

    /// An index into `weights` with probability proportional to its weight.
    public mutating func weightedIndex(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var point = unit() * total
        for (index, weight) in weights.enumerated() {
            if point < weight { return index }
            point -= weight
        }
        return weights.count - 1
    }
}
