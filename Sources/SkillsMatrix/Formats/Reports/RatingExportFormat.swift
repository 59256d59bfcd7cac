/// Every rating event as raw data, for analysis and archiving: one row per event,
/// oldest first, times in UTC to the second.
public enum RatingExportFormat {
    public static let formats: [ReportFormat] = [.csv, .json]

    /// The CSV header; scripts rely on these names and this order.
    public static let csvHeader = ["rated_at", "login", "competency_id", "framework_version", "track", "level", "rater", "note"]

    private static func fields(_ event: RatingEvent) -> [String] {
        [
            DateText.timestamp(event.ratedAt), event.personLogin, event.competencyID, event.frameworkVersion, event.track.rawValue,
            String(event.level), event.raterLogin, event.note,
        ]
    }

    /// RFC 4180 with CRLF; notes that start like a formula are neutralised unless the
    /// writer says otherwise.
    public static func csv(_ events: [RatingEvent], writer: CSVWriter = CSVWriter()) -> String {
        writer.document(header: csvHeader, rows: events.map(fields))
    }

    /// An array of objects with the CSV's names; `level` is a number.
    public static func json(_ events: [RatingEvent]) -> String {
        JSONWriter.string(
            .array(
                events.map { event in
                    [
                        "rated_at": .string(DateText.timestamp(event.ratedAt)), "login": .string(event.personLogin),
                        "competency_id": .string(event.competencyID), "framework_version": .string(event.frameworkVersion),
                        "track": .string(event.track.rawValue), "level": .int(event.level), "rater": .string(event.raterLogin),
                        "note": .string(event.note),
                    ]
                }))
    }
}
