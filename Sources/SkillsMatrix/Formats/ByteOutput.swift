import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where reports are written: one reusable buffer of UTF-8 bytes, handed to a file
/// descriptor in chunks as it fills, or kept in memory for a caller that wants the text.
///
/// Large exports (training needs, rating events, staff lists) are encoded straight into
/// it, row by row, so a 70 MB report never exists as one `String` and a field is never
/// copied into a `String` of its own on the way out. It is passed `inout` to the writers
/// and cannot be copied (it owns its memory), so writing a byte is a store and nothing more.
public struct ByteOutput: ~Copyable {
    /// Where full chunks go.
    private enum Destination {
        case descriptor(Int32, name: String)
        case memory
    }

    private let destination: Destination
    private var start: UnsafeMutableRawPointer
    private var capacity: Int
    private var used = 0
    private let chunkSize: Int
    /// Bytes handed to the destination so far (not counting what is still buffered).
    public private(set) var flushedCount = 0

    /// Output to an open file descriptor, which the caller owns and closes; `name`
    /// (a path, or "standard output") is what an error message calls it.
    public init(descriptor: Int32, name: String, chunkSize: Int = 1 << 16) {
        self.destination = .descriptor(descriptor, name: name)
        self.chunkSize = chunkSize
        self.capacity = chunkSize + 4_096
        self.start = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
    }

    /// Output kept in memory: read it with `text` or `bytes` when done.
    public init() {
        self.destination = .memory
        self.chunkSize = .max
        self.capacity = 256
        self.start = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
    }

    deinit { start.deallocate() }

    /// Everything written, for output kept in memory.
    public var bytes: [UInt8] { [UInt8](UnsafeRawBufferPointer(start: start, count: used)) }
    /// Everything written as text, for output kept in memory.
    public var text: String { String(decoding: UnsafeRawBufferPointer(start: start, count: used), as: UTF8.self) }
    /// Bytes written so far, buffered or not.
    public var count: Int { flushedCount + used }

    /// Calls `body` with the bytes written (for output kept in memory), in place.
    public func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(start: start, count: used))
    }

    /// Renders with `body` into memory and returns the text: for small reports and tests.
    public static func text(_ body: (inout ByteOutput) throws -> Void) rethrows -> String {
        var output = ByteOutput()
        try body(&output)
        return output.text
    }

    // MARK: - Writing

    /// Makes room for `count` more bytes. A row never fills the slack beyond a chunk, but
    /// a giant field (or output kept in memory) grows the buffer.
    @inline(__always)
    private mutating func reserve(_ count: Int) {
        if used + count > capacity { grow(to: used + count) }
    }

    private mutating func grow(to needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let newStart = UnsafeMutableRawPointer.allocate(byteCount: newCapacity, alignment: 16)
        newStart.copyMemory(from: start, byteCount: used)
        start.deallocate()
        start = newStart
        capacity = newCapacity
    }

    @inline(__always)
    public mutating func write(byte: UInt8) {
        reserve(1)
        start.storeBytes(of: byte, toByteOffset: used, as: UInt8.self)
        used += 1
    }

    @inline(__always)
    public mutating func write(bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress else { return }
        reserve(bytes.count)
        (start + used).copyMemory(from: source, byteCount: bytes.count)
        used += bytes.count
    }

    public mutating func write(bytes: [UInt8]) {
        bytes.withUnsafeBytes { write(bytes: $0) }
    }

    public mutating func write(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ write(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            var copy = text
            copy.withUTF8 { write(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    public mutating func write(_ text: Substring) {
        write(String(text))
    }

    public mutating func write(_ text: StaticString) {
        text.withUTF8Buffer { write(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// A whole number in decimal, without building a `String`.
    @inline(__always)
    public mutating func write(_ number: Int) {
        if number >= 0, number < 10 {
            write(byte: UInt8(ascii: "0") + UInt8(number))
        } else if number < 0 {
            write(byte: UInt8(ascii: "-"))
            // The magnitude of Int.min does not fit an Int; UInt holds it.
            writeDigits(number.magnitude)
        } else {
            writeDigits(UInt(number))
        }
    }

    private mutating func writeDigits(_ value: UInt) {
        var digits = 1
        var rest = value / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        reserve(digits)
        var remaining = value
        for offset in stride(from: used + digits - 1, through: used, by: -1) {
            start.storeBytes(of: UInt8(ascii: "0") + UInt8(remaining % 10), toByteOffset: offset, as: UInt8.self)
            remaining /= 10
        }
        used += digits
    }

    /// `number` with at least `width` digits, zero-padded: dates and times.
    public mutating func write(_ number: Int, zeroPaddedTo width: Int) {
        var magnitude = number.magnitude
        var digits = 1
        while magnitude >= 10 {
            magnitude /= 10
            digits += 1
        }
        for _ in digits..<max(digits, width) { write(byte: UInt8(ascii: "0")) }
        write(number)
    }

    // MARK: - Handing over

    /// Hands a full buffer to the destination; call between rows.
    /// - Throws: `SkillsError.io` when the destination cannot take it (a full disk, a closed pipe).
    @inline(__always)
    public mutating func flushIfFull() throws {
        if used >= chunkSize { try flush() }
    }

    /// Hands everything buffered to the destination.
    public mutating func flush() throws {
        guard case .descriptor(let descriptor, let name) = destination, used > 0 else { return }
        try Self.writeAll(UnsafeRawBufferPointer(start: start, count: used), to: descriptor, name: name)
        flushedCount += used
        used = 0
    }

    /// Everything written to `other` (output kept in memory), after what this holds. A
    /// chunk's worth or more goes to the destination straight from `other`'s buffer.
    public mutating func write(contentsOf other: borrowing ByteOutput) throws {
        try other.withBytes { bytes in
            guard case .descriptor(let descriptor, let name) = destination, bytes.count >= chunkSize else {
                write(bytes: bytes)
                try flushIfFull()
                return
            }
            try flush()
            try Self.writeAll(bytes, to: descriptor, name: name)
            flushedCount += bytes.count
        }
    }

    /// Empties output kept in memory, keeping its buffer for reuse.
    public mutating func removeAll() {
        used = 0
        flushedCount = 0
    }

    private static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, name: String) throws {
        guard let base = bytes.baseAddress else { return }
        var written = 0
        while written < bytes.count {
            let result = Glibc.write(descriptor, base + written, bytes.count - written)
            if result < 0 {
                if errno == EINTR { continue }
                throw SkillsError.io(path: name, operation: .write, cause: SystemFailure.reason(errno: errno))
            }
            written += result
        }
    }
}
