extension JSONWriter {
    /// Writes an array `indent` levels deep whose elements `element` writes one at a
    /// time (each as it appears `indent + 1` levels deep): the same bytes as `write` of
    /// the whole `.array`, without every element existing at once.
    public static func writeArray(
        count: Int, indent: Int, to output: inout ByteOutput, element: (Int, inout ByteOutput) throws -> Void
    ) throws {
        if count == 0 {
            output.write("[]" as StaticString)
            return
        }
        output.write(byte: UInt8(ascii: "["))
        for position in 0..<count {
            if position > 0 { output.write(byte: UInt8(ascii: ",")) }
            newline(&output, indent: indent + 1)
            try element(position, &output)
            try output.flushIfFull()
        }
        newline(&output, indent: indent)
        output.write(byte: UInt8(ascii: "]"))
    }

    /// A whole pretty document: an object of `leading` members and, last, the array
    /// `arrayKey` of `count` elements made one at a time by `element`. The same bytes as
    /// `string(.object(...))` of it, streamed.
    public static func writeDocument(
        leading: [(key: String, value: JSONValue)], arrayKey: String, count: Int, to output: inout ByteOutput,
        element: (Int) -> JSONValue
    ) throws {
        output.write(byte: UInt8(ascii: "{"))
        writeLeadingMembers(leading, to: &output, indent: 1)
        newline(&output, indent: 1)
        writeKey(arrayKey, to: &output)
        try writeArray(count: count, indent: 1, to: &output) { position, output in write(element(position), to: &output, indent: 2) }
        newline(&output, indent: 0)
        output.write("}\n" as StaticString)
        try output.flush()
    }
}
