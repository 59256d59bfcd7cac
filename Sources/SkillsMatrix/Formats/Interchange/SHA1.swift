/// SHA-1 (FIPS 180-4), for name-based UUIDs only.
///
/// Written here because Foundation on Linux has no public SHA-1 (CryptoKit is Apple-only)
/// and the package takes no dependencies. SHA-1 is broken for signatures; UUIDv5 uses it
/// as a stable mixing function, which is all it does here.
public enum SHA1 {
    /// The 20-byte digest of `message`.
    /// - Complexity: O(n) in the length of the message.
    public static func digest(_ message: [UInt8]) -> [UInt8] {
        var state: (UInt32, UInt32, UInt32, UInt32, UInt32) = (0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0)
        var words = [UInt32](repeating: 0, count: 80)
        for block in MessageBlocks(message) {
            for index in 0..<16 { words[index] = block[index] }
            for index in 16..<80 {
                words[index] = rotateLeft(words[index - 3] ^ words[index - 8] ^ words[index - 14] ^ words[index - 16], 1)
            }
            var (a, b, c, d, e) = state
            for index in 0..<80 {
                let mixed: UInt32
                let constant: UInt32
                switch index {
                case 0..<20:
                    mixed = (b & c) | (~b & d)
                    constant = 0x5A82_7999
                case 20..<40:
                    mixed = b ^ c ^ d
                    constant = 0x6ED9_EBA1
                case 40..<60:
                    mixed = (b & c) | (b & d) | (c & d)
                    constant = 0x8F1B_BCDC
                default:
                    mixed = b ^ c ^ d
                    constant = 0xCA62_C1D6
                }
                let next = rotateLeft(a, 5) &+ mixed &+ e &+ constant &+ words[index]
                e = d
                d = c
                c = rotateLeft(b, 30)
                b = a
                a = next
            }
            state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e)
        }
        return MessageBlocks.bigEndianBytes([state.0, state.1, state.2, state.3, state.4])
    }

    private static func rotateLeft(_ value: UInt32, _ count: UInt32) -> UInt32 {
        (value << count) | (value >> (32 - count))
    }
}
