import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where reports are written: one reusable buffer of UTF-8 bytes, handed to a file
/// descriptor in chunks as it fills, or kept in memory for a caller that wants the text.
///
/// Large exports (training needs, rating events, staff lists) are encoded straight into
/// it, row by row, so a 70 MB report never exists as one `String` and a field is never
/// copied into a `String` of its own on the way out.
public struct ByteOutput {
    /// Where full chunks go.
    private enum Destination {
        case descriptor(Int32, name: String)
        case memory
    }

    private let destination: Destination
    private var buffer: [UInt8]
    private let chunkSize: Int
    /// Bytes handed to the destination so far (not counting what is still buffered).
    public private(set) var flushedCount = 0

    /// Output to an open file descriptor, which the caller owns and closes; `name`
    /// (a path, or "standard output") is what an error message calls it.
    public init(descriptor: Int32, name: String, chunkSize: Int = 1 << 16) {
        self.destination = .descriptor(descriptor, name: name)
        self.chunkSize = chunkSize
        self.buffer = []
        buffer.reserveCapacity(chunkSize + 4_096)
    }

    /// Output kept in memory: read it with `text` or `bytes` when done.
    public init() {
        self.destination = .memory
        self.chunkSize = .max
        self.buffer = []
    }

    /// Everything written, for output kept in memory.
    public var bytes: [UInt8] { buffer }
    /// Everything written as text, for output kept in memory.
    public var text: String { String(decoding: buffer, as: UTF8.self) }
    /// Bytes written so far, buffered or not.
    public var count: Int { flushedCount + buffer.count }

    /// Renders with `body` into memory and returns the text: for small reports and tests.
    public static func text(_ body: (inout ByteOutput) throws -> Void) rethrows -> String {
        var output = ByteOutput()
        try body(&output)
        return output.text
    }

    // MARK: - Writing

    @inline(__always)
    public mutating func write(byte: UInt8) {
        buffer.append(byte)
    }

    public mutating func write(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ buffer.append(contentsOf: $0) }) == nil {
            buffer.append(contentsOf: text.utf8)
        }
    }

    public mutating func write(_ text: Substring) {
        buffer.append(contentsOf: text.utf8)
    }

    public mutating func write(_ text: StaticString) {
        text.withUTF8Buffer { buffer.append(contentsOf: $0) }
    }

    public mutating func write(bytes: UnsafeRawBufferPointer) {
        buffer.append(contentsOf: bytes)
    }

    public mutating func write<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        buffer.append(contentsOf: bytes)
    }

    /// A whole number in decimal, without building a `String`.
    public mutating func write(_ number: Int) {
        if number < 0 {
            buffer.append(UInt8(ascii: "-"))
            // The magnitude of Int.min does not fit an Int; UInt holds it.
            writeDigits(number.magnitude)
        } else {
            writeDigits(UInt(number))
        }
    }

    private mutating func writeDigits(_ value: UInt) {
        if value < 10 {
            buffer.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var remaining = value
        var count = 0
        withUnsafeMutableBytes(of: &digits) { digits in
            while remaining > 0 {
                digits[19 - count] = UInt8(ascii: "0") + UInt8(remaining % 10)
                remaining /= 10
                count += 1
            }
            buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: digits[(20 - count)...]))
        }
    }

    /// `number` with at least `width` digits, zero-padded: dates and times.
    public mutating func write(_ number: Int, zeroPaddedTo width: Int) {
        var magnitude = number.magnitude
        var digits = 1
        while magnitude >= 10 {
            magnitude /= 10
            digits += 1
        }
        for _ in digits..<max(digits, width) { buffer.append(UInt8(ascii: "0")) }
        write(number)
    }

    // MARK: - Handing over

    /// Hands a full buffer to the destination; call between rows.
    /// - Throws: `SkillsError.io` when the destination cannot take it (a full disk, a closed pipe).
    @inline(__always)
    public mutating func flushIfFull() throws {
        if buffer.count >= chunkSize { try flush() }
    }

    /// Hands everything buffered to the destination.
    public mutating func flush() throws {
        guard case .descriptor(let descriptor, let name) = destination, !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { bytes in
            var written = 0
            while written < bytes.count {
                let result = Glibc.write(descriptor, bytes.baseAddress?.advanced(by: written), bytes.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    throw SkillsError.io(path: name, operation: .write, cause: SystemFailure.reason(errno: errno))
                }
                written += result
            }
        }
        flushedCount += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }
}
