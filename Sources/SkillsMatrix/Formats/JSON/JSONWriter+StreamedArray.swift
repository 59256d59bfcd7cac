extension JSONWriter {
    /// Writes `"key": [ ... ]` as the last member of an object `indent` levels deep, one
    /// element at a time from `element`, flushing `output` when its buffer fills: how a
    /// report with 100,000 rows writes them without building them all first.
    public static func writeStreamedArray<Elements: Sequence>(
        key: String, _ elements: Elements, to output: inout ByteOutput, indent: Int, element: (Elements.Element) -> JSONValue
    ) throws {
        newline(&output, indent: indent)
        writeKey(key, to: &output)
        var empty = true
        for item in elements {
            output.write(byte: UInt8(ascii: empty ? "[" : ","))
            empty = false
            newline(&output, indent: indent + 1)
            write(element(item), to: &output, indent: indent + 1)
            try output.flushIfFull()
        }
        if empty {
            output.write("[]" as StaticString)
        } else {
            newline(&output, indent: indent)
            output.write(byte: UInt8(ascii: "]"))
        }
    }
}
