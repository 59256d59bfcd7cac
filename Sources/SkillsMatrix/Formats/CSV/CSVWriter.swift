import Foundation

/// Writes RFC 4180 CSV: CRLF line ends, quotes where a field needs them.
public struct CSVWriter: Sendable {
    /// Neutralise fields a spreadsheet would run as a formula (OWASP CSV injection).
    public var spreadsheetSafe: Bool
    /// Start with a UTF-8 byte-order mark: Excel needs it to read UTF-8 names right.
    public var byteOrderMark: Bool

    public init(spreadsheetSafe: Bool = true, byteOrderMark: Bool = false) {
        self.spreadsheetSafe = spreadsheetSafe
        self.byteOrderMark = byteOrderMark
    }

    /// The whole file: a header and the rows, each ended by CRLF.
    /// - Precondition: every row has as many fields as the header.
    public func document(header: [String], rows: [[String]]) -> String {
        var output = beginDocument(header: header, expectedRows: rows.count)
        for row in rows {
            precondition(row.count == header.count, "a CSV row must have as many fields as its header")
            append(row, to: &output)
        }
        return output
    }

    /// The start of a file: the byte-order mark when asked for, then the header; append
    /// rows to it with `append(_:to:)`.
    public func beginDocument(header: [String], expectedRows: Int = 0) -> String {
        var output = byteOrderMark ? "\u{FEFF}" : ""
        output.reserveCapacity(expectedRows * 96)
        append(header, to: &output)
        return output
    }

    public func append(_ fields: [String], to output: inout String) {
        for (position, field) in fields.enumerated() {
            if position > 0 { output.append(",") }
            output.append(encode(field))
        }
        output.append("\r\n")
    }

    /// One field, neutralised and quoted as needed.
    public func encode(_ field: String) -> String {
        var text = field
        if spreadsheetSafe, Self.looksLikeFormula(text) { text = "'" + text }
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A field starting with `=`, `+`, `-`, `@`, tab or CR runs as a formula in a spreadsheet.
    /// A plain number such as `-1` or `+2.5` is left alone: it is data, not a formula.
    static func looksLikeFormula(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "@"), 0x09, 0x0D: return true
        case UInt8(ascii: "+"), UInt8(ascii: "-"): return Double(text) == nil
        default: return false
        }
    }
}
