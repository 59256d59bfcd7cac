/// A message padded as SHA-1 and SHA-256 both pad it (FIPS 180-4, 5.1.1), read as
/// 512-bit blocks of sixteen big-endian words.
struct MessageBlocks: Sequence {
    private let padded: [UInt8]

    init(_ message: [UInt8]) {
        var padded = message
        padded.append(0x80)
        while padded.count % 64 != 56 { padded.append(0) }
        let bitLength = UInt64(message.count) &* 8
        for shift in stride(from: 56, through: 0, by: -8) { padded.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        self.padded = padded
    }

    func makeIterator() -> AnyIterator<[UInt32]> {
        var blockStart = 0
        let padded = self.padded
        return AnyIterator {
            guard blockStart < padded.count else { return nil }
            defer { blockStart += 64 }
            return (0..<16).map { index in
                let offset = blockStart + index * 4
                return UInt32(padded[offset]) << 24 | UInt32(padded[offset + 1]) << 16 | UInt32(padded[offset + 2]) << 8
                    | UInt32(padded[offset + 3])
            }
        }
    }

    /// The words of a digest as bytes, most significant first.
    static func bigEndianBytes(_ words: [UInt32]) -> [UInt8] {
        words.flatMap { [UInt8($0 >> 24), UInt8(truncatingIfNeeded: $0 >> 16), UInt8(truncatingIfNeeded: $0 >> 8), UInt8(truncatingIfNeeded: $0)] }
    }
}
