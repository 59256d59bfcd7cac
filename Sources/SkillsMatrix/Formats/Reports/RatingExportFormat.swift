/// Every rating event as raw data, for analysis and archiving: one row per event,
/// oldest first, times in UTC to the second.
///
/// Millions of events are written straight from the database's rows: each field as the
/// UTF-8 bytes SQLite hands over (`RatingEventBytes`), never a `String`.
public enum RatingExportFormat {
    public static let formats: [ReportFormat] = [.csv, .json]

    /// The CSV header; scripts rely on these names and this order.
    public static let csvHeader = ["rated_at", "login", "competency_id", "framework_version", "track", "level", "rater", "note"]

    // MARK: - CSV

    /// RFC 4180 with CRLF; notes that start like a formula are neutralised unless the
    /// writer says otherwise.
    public static func csv(_ events: [RatingEvent], writer: CSVWriter = CSVWriter(), to output: inout ByteOutput) throws {
        writer.writeStart(header: csvHeader, to: &output)
        for event in events { try event.withBytes { try csvRow($0, writer: writer, to: &output) } }
        try output.flush()
    }

    /// One event's CSV record.
    static func csvRow(_ event: RatingEventBytes, writer: CSVWriter, to output: inout ByteOutput) throws {
        DateText.writeTimestamp(seconds: event.ratedAt, to: &output)
        writer.writeNext(bytes: event.login, to: &output)
        writer.writeNext(bytes: event.competencyID, to: &output)
        writer.writeNext(bytes: event.frameworkVersion, to: &output)
        writer.writeNext(bytes: event.track, to: &output)
        writer.writeNext(event.level, to: &output)
        writer.writeNext(bytes: event.rater, to: &output)
        writer.writeNext(bytes: event.note, to: &output)
        writer.endRecord(&output)
        try output.flushIfFull()
    }

    // MARK: - JSON

    /// An array of objects with the CSV's names; `level` is a number.
    public static func json(_ events: [RatingEvent], to output: inout ByteOutput) throws {
        var position = 0
        jsonStart(&output)
        for event in events {
            try event.withBytes { try jsonElement($0, position: position, to: &output) }
            position += 1
        }
        try jsonEnd(count: position, to: &output)
    }

    static func jsonStart(_ output: inout ByteOutput) {
        output.write(byte: UInt8(ascii: "["))
    }

    /// The `position`th element of the array (0 first), as `JSONWriter` would indent it.
    static func jsonElement(_ event: RatingEventBytes, position: Int, to output: inout ByteOutput) throws {
        if position > 0 { output.write(byte: UInt8(ascii: ",")) }
        output.write("\n  {\n    \"rated_at\": \"" as StaticString)
        DateText.writeTimestamp(seconds: event.ratedAt, to: &output)
        output.write("\",\n    \"login\": " as StaticString)
        JSONWriter.writeString(bytes: event.login, to: &output)
        output.write(",\n    \"competency_id\": " as StaticString)
        JSONWriter.writeString(bytes: event.competencyID, to: &output)
        output.write(",\n    \"framework_version\": " as StaticString)
        JSONWriter.writeString(bytes: event.frameworkVersion, to: &output)
        output.write(",\n    \"track\": " as StaticString)
        JSONWriter.writeString(bytes: event.track, to: &output)
        output.write(",\n    \"level\": " as StaticString)
        output.write(event.level)
        output.write(",\n    \"rater\": " as StaticString)
        JSONWriter.writeString(bytes: event.rater, to: &output)
        output.write(",\n    \"note\": " as StaticString)
        JSONWriter.writeString(bytes: event.note, to: &output)
        output.write("\n  }" as StaticString)
        try output.flushIfFull()
    }

    /// Closes an array of `count` elements (`[]` when there were none).
    static func jsonEnd(count: Int, to output: inout ByteOutput) throws {
        output.write(count == 0 ? "]\n" : "\n]\n" as StaticString)
        try output.flush()
    }
}
