import Foundation

/// Writes RFC 4180 CSV: CRLF line ends, quotes where a field needs them.
///
/// Fields are encoded as UTF-8 bytes straight into a `ByteOutput`, so a report of half a
/// million rows is written without a `String` per field or per row. The `String`
/// conveniences (`document`, `encode`) use the same encoder.
public struct CSVWriter: Sendable {
    /// Neutralise fields a spreadsheet would run as a formula (OWASP CSV injection).
    public var spreadsheetSafe: Bool
    /// Start with a UTF-8 byte-order mark: Excel needs it to read UTF-8 names right.
    public var byteOrderMark: Bool

    public init(spreadsheetSafe: Bool = true, byteOrderMark: Bool = false) {
        self.spreadsheetSafe = spreadsheetSafe
        self.byteOrderMark = byteOrderMark
    }

    // MARK: - Streaming

    /// The start of a file: the byte-order mark when asked for, then the header.
    public func writeStart(header: [String], to output: inout ByteOutput) {
        if byteOrderMark { output.write(bytes: [0xEF, 0xBB, 0xBF]) }
        writeRecord(header, to: &output)
    }

    /// One record: the fields, separated by commas, ended by CRLF.
    public func writeRecord(_ fields: [String], to output: inout ByteOutput) {
        for (position, field) in fields.enumerated() {
            if position > 0 { output.write(byte: UInt8(ascii: ",")) }
            writeField(field, to: &output)
        }
        endRecord(&output)
    }

    /// A comma between two fields.
    @inline(__always)
    public func separate(_ output: inout ByteOutput) {
        output.write(byte: UInt8(ascii: ","))
    }

    /// The CRLF that ends a record.
    @inline(__always)
    public func endRecord(_ output: inout ByteOutput) {
        output.write(byte: 0x0D)
        output.write(byte: 0x0A)
    }

    /// One text field, neutralised and quoted as needed.
    public func writeField(_ field: String, to output: inout ByteOutput) {
        // A native string's bytes are read in place; only a bridged one is copied first.
        if field.utf8.withContiguousStorageIfAvailable({ writeField(bytes: UnsafeRawBufferPointer($0), to: &output) }) == nil {
            var copy = field
            copy.withUTF8 { writeField(bytes: UnsafeRawBufferPointer($0), to: &output) }
        }
    }

    /// One text field given as UTF-8 bytes, neutralised and quoted as needed.
    public func writeField(bytes: UnsafeRawBufferPointer, to output: inout ByteOutput) {
        let guarded = spreadsheetSafe && Self.looksLikeFormula(bytes)
        let needsQuotes = bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }
        guard needsQuotes else {
            if guarded { output.write(byte: UInt8(ascii: "'")) }
            output.write(bytes: bytes)
            return
        }
        output.write(byte: UInt8(ascii: "\""))
        if guarded { output.write(byte: UInt8(ascii: "'")) }
        var start = 0
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\"") {
            output.write(bytes: UnsafeRawBufferPointer(rebasing: bytes[start...offset]))
            output.write(byte: UInt8(ascii: "\""))
            start = offset + 1
        }
        output.write(bytes: UnsafeRawBufferPointer(rebasing: bytes[start...]))
        output.write(byte: UInt8(ascii: "\""))
    }

    /// A whole number: never quoted, never a formula.
    @inline(__always)
    public func writeField(_ number: Int, to output: inout ByteOutput) {
        output.write(number)
    }

    /// A level, or an empty field for none.
    @inline(__always)
    public func writeField(_ number: Int?, to output: inout ByteOutput) {
        if let number { output.write(number) }
    }

    /// `true` or `false`.
    @inline(__always)
    public func writeField(_ flag: Bool, to output: inout ByteOutput) {
        output.write(flag ? "true" : "false" as StaticString)
    }

    /// A comma, then a field: for every field of a record after the first.
    @inline(__always)
    public func writeNext(_ field: String, to output: inout ByteOutput) {
        separate(&output)
        writeField(field, to: &output)
    }

    @inline(__always)
    public func writeNext(bytes: UnsafeRawBufferPointer, to output: inout ByteOutput) {
        separate(&output)
        writeField(bytes: bytes, to: &output)
    }

    @inline(__always)
    public func writeNext(_ number: Int, to output: inout ByteOutput) {
        separate(&output)
        output.write(number)
    }

    @inline(__always)
    public func writeNext(_ number: Int?, to output: inout ByteOutput) {
        separate(&output)
        if let number { output.write(number) }
    }

    @inline(__always)
    public func writeNext(_ flag: Bool, to output: inout ByteOutput) {
        separate(&output)
        writeField(flag, to: &output)
    }

    // MARK: - Whole strings, for small files

    /// The whole file: a header and the rows, each ended by CRLF.
    /// - Precondition: every row has as many fields as the header.
    public func document(header: [String], rows: [[String]]) -> String {
        ByteOutput.text { output in
            writeStart(header: header, to: &output)
            for row in rows {
                precondition(row.count == header.count, "a CSV row must have as many fields as its header")
                writeRecord(row, to: &output)
            }
        }
    }

    /// One field, neutralised and quoted as needed.
    public func encode(_ field: String) -> String {
        ByteOutput.text { writeField(field, to: &$0) }
    }

    // MARK: - Formulas

    /// A field starting with `=`, `+`, `-`, `@`, tab or CR runs as a formula in a spreadsheet.
    /// A plain number such as `-1` or `+2.5` is left alone: it is data, not a formula.
    static func looksLikeFormula(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { looksLikeFormula(UnsafeRawBufferPointer($0)) }
    }

    static func looksLikeFormula(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let first = bytes.first else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "@"), 0x09, 0x0D: return true
        case UInt8(ascii: "+"), UInt8(ascii: "-"): return !isPlainDecimal(bytes)
        default: return false
        }
    }

    /// Whether `bytes` is a number as a spreadsheet reads one typed into a cell: an
    /// optional sign, digits with at most one decimal point (at least one digit), and an
    /// optional exponent (`e` or `E`, optional sign, digits). Nothing else: not `inf`,
    /// `NaN`, `Infinity` or hexadecimal (`-0x1p3`), which `Double("...")` accepts and a
    /// spreadsheet does not, and which must therefore be guarded like any other text.
    static func isPlainDecimal(_ bytes: UnsafeRawBufferPointer) -> Bool {
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        var index = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
        var digits = 0
        while index < bytes.count, isDigit(bytes[index]) {
            index += 1
            digits += 1
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count, isDigit(bytes[index]) {
                index += 1
                digits += 1
            }
        }
        guard digits > 0 else { return false }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            var exponentDigits = 0
            while index < bytes.count, isDigit(bytes[index]) {
                index += 1
                exponentDigits += 1
            }
            guard exponentDigits > 0 else { return false }
        }
        return index == bytes.count
    }
}
