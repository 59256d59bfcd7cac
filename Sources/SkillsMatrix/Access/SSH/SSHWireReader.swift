/// Reads the SSH wire encoding of key data (RFC 4251 section 5): each field is a 32-bit
/// big-endian length followed by that many bytes.
struct SSHWireReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { offset == bytes.count }

    /// The next length-prefixed field, or nil when the data ends before it does.
    mutating func string() -> [UInt8]? {
        guard bytes.count - offset >= 4 else { return nil }
        let length = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        guard length <= bytes.count - offset - 4 else { return nil }
        let start = offset + 4
        offset = start + length
        return Array(bytes[start..<offset])
    }
}
