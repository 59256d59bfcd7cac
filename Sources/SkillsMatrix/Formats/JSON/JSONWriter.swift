/// Serialises `JSONValue`s deterministically: members in the order given, two-space
/// indentation, `/` unescaped, non-ASCII written as UTF-8 except control and invisible
/// format characters (`TerminalText.isShownEscaped`), which are `\u` escapes, and a final newline.
///
/// Writes UTF-8 bytes into a `ByteOutput`; a large document is streamed by writing its
/// outer structure by hand (`newline`, `writeKey`) and each element with `write`.
public enum JSONWriter {
    public enum Style: Sendable { case pretty, compact }

    public static func string(_ value: JSONValue, style: Style = .pretty) -> String {
        ByteOutput.text { output in
            write(value, to: &output, style: style, indent: 0)
            if style == .pretty { output.write(byte: UInt8(ascii: "\n")) }
        }
    }

    /// Writes `value` as it appears `indent` levels deep in a document.
    public static func write(_ value: JSONValue, to output: inout ByteOutput, style: Style = .pretty, indent: Int) {
        switch value {
        case .null: output.write("null" as StaticString)
        case .bool(let flag): output.write(flag ? "true" : "false" as StaticString)
        case .int(let number): output.write(number)
        case .double(let number): output.write(format(number))
        case .string(let text): writeString(text, to: &output)
        case .array(let elements):
            if elements.isEmpty { output.write("[]" as StaticString); return }
            output.write(byte: UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { output.write(byte: UInt8(ascii: ",")) }
                newline(&output, style: style, indent: indent + 1)
                write(element, to: &output, style: style, indent: indent + 1)
            }
            newline(&output, style: style, indent: indent)
            output.write(byte: UInt8(ascii: "]"))
        case .object(let object):
            if object.members.isEmpty { output.write("{}" as StaticString); return }
            output.write(byte: UInt8(ascii: "{"))
            for (position, member) in object.members.enumerated() {
                if position > 0 { output.write(byte: UInt8(ascii: ",")) }
                newline(&output, style: style, indent: indent + 1)
                writeKey(member.key, to: &output, style: style)
                write(member.value, to: &output, style: style, indent: indent + 1)
            }
            newline(&output, style: style, indent: indent)
            output.write(byte: UInt8(ascii: "}"))
        }
    }

    /// A line break and `indent` levels of indentation (nothing in compact style).
    public static func newline(_ output: inout ByteOutput, style: Style = .pretty, indent: Int) {
        guard style == .pretty else { return }
        output.write(byte: UInt8(ascii: "\n"))
        for _ in 0..<indent { output.write("  " as StaticString) }
    }

    /// Members of an object being streamed, `indent` levels deep, each followed by a
    /// comma: the members that come before a large one written by hand.
    public static func writeLeadingMembers(_ members: [(key: String, value: JSONValue)], to output: inout ByteOutput, indent: Int) {
        for member in members {
            newline(&output, indent: indent)
            writeKey(member.key, to: &output)
            write(member.value, to: &output, indent: indent)
            output.write(byte: UInt8(ascii: ","))
        }
    }

    /// `"key": ` (or `"key":` in compact style).
    public static func writeKey(_ key: String, to output: inout ByteOutput, style: Style = .pretty) {
        writeString(key, to: &output)
        output.write(style == .pretty ? ": " : ":" as StaticString)
    }

    /// Whole numbers print without a fraction; others with Swift's shortest round-trip form.
    private static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }

    /// A string literal: quotes, backslashes, control and invisible format characters
    /// escaped (the same string to any JSON reader, and inert if the JSON is shown on a
    /// terminal), U+2028 and U+2029 among them (JavaScript reads them as line ends);
    /// everything else as UTF-8.
    public static func writeString(_ text: String, to output: inout ByteOutput) {
        if text.utf8.withContiguousStorageIfAvailable({ writeString(bytes: UnsafeRawBufferPointer($0), to: &output) }) == nil {
            var copy = text
            copy.withUTF8 { writeString(bytes: UnsafeRawBufferPointer($0), to: &output) }
        }
    }

    /// `writeString` for text given as UTF-8 bytes.
    public static func writeString(bytes: UnsafeRawBufferPointer, to output: inout ByteOutput) {
        output.write(byte: UInt8(ascii: "\""))
        var start = 0
        var index = 0
        func escape(_ escaped: StaticString, skipping length: Int) {
            output.write(bytes: UnsafeRawBufferPointer(rebasing: bytes[start..<index]))
            output.write(escaped)
            index += length
            start = index
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""): escape("\\\"", skipping: 1)
            case UInt8(ascii: "\\"): escape("\\\\", skipping: 1)
            case 0x0A: escape("\\n", skipping: 1)
            case 0x0D: escape("\\r", skipping: 1)
            case 0x09: escape("\\t", skipping: 1)
            case 0x08: escape("\\b", skipping: 1)
            case 0x0C: escape("\\f", skipping: 1)
            case 0x00..<0x20:
                output.write(bytes: UnsafeRawBufferPointer(rebasing: bytes[start..<index]))
                output.write("\\u00" as StaticString)
                output.write(byte: hexDigit(byte >> 4))
                output.write(byte: hexDigit(byte & 0x0F))
                index += 1
                start = index
            case 0x7F:
                escape("\\u007f", skipping: 1)
            case 0x80...:
                // Only non-ASCII needs decoding; names are mostly ASCII, so this stays cheap.
                let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
                guard let scalar, TerminalText.isShownEscaped(scalar) else {
                    index += length
                    continue
                }
                output.write(bytes: UnsafeRawBufferPointer(rebasing: bytes[start..<index]))
                for unit in String(scalar).utf16 {
                    output.write("\\u" as StaticString)
                    for shift in stride(from: 12, through: 0, by: -4) { output.write(byte: hexDigit(UInt8((unit >> UInt16(shift)) & 0x0F))) }
                }
                index += length
                start = index
            default:
                index += 1
            }
        }
        output.write(bytes: UnsafeRawBufferPointer(rebasing: bytes[start...]))
        output.write(byte: UInt8(ascii: "\""))
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
