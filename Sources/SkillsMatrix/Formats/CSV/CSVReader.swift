/// One record of a CSV file and the line it starts on (1-based, counting the header).
public struct CSVRecord: Hashable, Sendable {
    public var line: Int
    public var fields: [String]
}

/// An RFC 4180 reader that is lenient where spreadsheets differ (a byte-order mark, LF or
/// CRLF, a trailing empty line) and strict where silence would lose data: ragged rows,
/// unterminated quotes and invalid UTF-8 are errors with a line number.
public enum CSVReader {
    /// Parses `bytes` into records; the header is the first record.
    /// - Parameter file: the name used in error messages.
    /// - Complexity: O(n) in the size of the input.
    public static func parse(_ bytes: [UInt8], file: String) throws(InputFileError) -> [CSVRecord] {
        try TextEncoding.requireUTF8(bytes, file: file, kind: .csv)
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        if let badLine = firstInvalidUTF8Line(bytes, from: start) {
            throw InputFileError(file: file, line: badLine, problem: .invalidUTF8Line)
        }
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var index = start
        var inQuotes = false
        var quoteLine = 1
        var fieldWasQuoted = false

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }

        while index < bytes.count {
            let byte = bytes[index]
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 2
                        continue
                    }
                    inQuotes = false
                    index += 1
                    continue
                }
                if byte == 0x0A { line += 1 }
                field.append(byte)
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                guard field.isEmpty, !fieldWasQuoted else {
                    throw InputFileError(file: file, line: line, problem: .quoteInsideUnquotedField)
                }
                inQuotes = true
                fieldWasQuoted = true
                quoteLine = line
                index += 1
            case UInt8(ascii: ","):
                endField()
                index += 1
            case 0x0D, 0x0A:
                endField()
                records.append(CSVRecord(line: recordLine, fields: fields))
                fields.removeAll(keepingCapacity: true)
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                index += 1
                line += 1
                recordLine = line
            default:
                if fieldWasQuoted {
                    throw InputFileError(file: file, line: line, problem: .textAfterClosingQuote)
                }
                field.append(byte)
                index += 1
            }
        }
        if inQuotes {
            throw InputFileError(file: file, line: quoteLine, problem: .unclosedQuote)
        }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted {
            endField()
            records.append(CSVRecord(line: recordLine, fields: fields))
        }
        // A blank line is not a record (spreadsheets often leave one at the end).
        records.removeAll { $0.fields == [""] }
        if let width = records.first?.fields.count,
            let ragged = records.first(where: { $0.fields.count != width })
        {
            throw InputFileError(file: file, line: ragged.line, problem: .raggedRow(fields: ragged.fields.count, headerFields: width))
        }
        return records
    }

    private static func firstInvalidUTF8Line(_ bytes: [UInt8], from start: Int) -> Int? {
        if String(validating: bytes[start...], as: UTF8.self) != nil { return nil }
        // Find the first bad sequence by validating line by line.
        var line = 1
        var lineStart = start
        for index in start...bytes.count {
            if index == bytes.count || bytes[index] == 0x0A {
                if String(validating: bytes[lineStart..<index], as: UTF8.self) == nil { return line }
                line += 1
                lineStart = index + 1
            }
        }
        return line
    }
}

/// A CSV file whose first row names the columns, read by column name so that column
/// order is free.
public struct CSVTable: Sendable {
    public let file: String
    public let header: [String]
    public let rows: [CSVRecord]
    private let columnIndex: [String: Int]

    /// Parses `bytes` and checks that every column in `required` is present.
    public init(_ bytes: [UInt8], file: String, required: [String], optional: [String] = []) throws(InputFileError) {
        let records = try CSVReader.parse(bytes, file: file)
        guard let headerRecord = records.first else {
            throw InputFileError(file: file, line: 1, problem: .emptyCSV(columns: required))
        }
        let header = headerRecord.fields.map { $0.trimmingWhitespace().lowercased() }
        var columnIndex: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            if columnIndex[name] != nil {
                throw InputFileError(file: file, line: 1, problem: .duplicateColumn(name))
            }
            columnIndex[name] = index
        }
        if let missing = required.first(where: { columnIndex[$0] == nil }) {
            throw InputFileError(file: file, line: 1, problem: .missingColumn(missing, required: required))
        }
        let known = Set(required + optional)
        if let unknown = header.first(where: { !known.contains($0) }) {
            throw InputFileError(file: file, line: 1, problem: .unknownColumn(unknown, allowed: required + optional))
        }
        self.file = file
        self.header = header
        self.rows = Array(records.dropFirst())
        self.columnIndex = columnIndex
    }

    /// The trimmed value of `column` in `row`, or "" when the column is absent. The `'`
    /// that `CSVWriter` puts before a field a spreadsheet would run as a formula is taken
    /// off, so that a file this tool exported (`staff list --format csv`) reads back as it was.
    public func value(_ column: String, in row: CSVRecord) -> String {
        guard let index = columnIndex[column] else { return "" }
        return Self.removingFormulaGuard(row.fields[index]).trimmingWhitespace()
    }

    /// `field` without a leading `'` that is followed by `=`, `+`, `-`, `@`, tab or CR.
    static func removingFormulaGuard(_ field: String) -> String {
        let start = Array(field.utf8.prefix(2))
        guard start.count == 2, start[0] == UInt8(ascii: "'"),
            [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D].contains(start[1])
        else { return field }
        return String(field.dropFirst())
    }

    public func failure(_ row: CSVRecord, column: String, _ problem: InputFileProblem) -> InputFileError {
        InputFileError(file: file, line: row.line, location: column, problem: problem)
    }
}
