/// Where a JSON document is malformed, by line and column (both 1-based).
public struct JSONSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var problem: JSONSyntaxProblem

    /// What is wrong, in English.
    public var reason: String { Language.en.messages.fileProblems.describe(problem) }

    public var description: String { "\(line):\(column): \(reason)" }
}

/// What is wrong with a JSON document's syntax, worded by the catalogue
/// (`FileProblemWords`).
public enum JSONSyntaxProblem: Hashable, Sendable {
    case textAfterDocument
    case endsWhereValueExpected
    /// A `}`, `]` or `,` where a value belongs: often a trailing comma.
    case valueExpectedFound(Character)
    case valueExpected
    case memberNameExpected
    case duplicateMember(String)
    case colonExpected(after: String)
    case trailingComma(before: Character)
    case commaOrBraceExpected(after: String)
    case commaOrBracketExpected
    case tooDeep(levels: Int)
    case unterminatedString
    case stringNotUTF8
    case unterminatedEscape
    case unknownEscape(Character)
    case lineBreakInString
    case controlCharacterInString
    case highSurrogateAlone
    case invalidLowSurrogate
    case invalidUnicodeEscape
    case loneSurrogate
    case fourHexDigits
    case numberNeedsDigits
    case leadingZeros
    case digitAfterPoint
    case exponentNeedsDigits
    case numberOutOfRange
    /// A word that is not `true`, `false` or `null`: often a string without quotes.
    case unquotedWord
}

/// The result of parsing: the value, plus the line on which each JSON path starts,
/// so that a later semantic error ("duplicate id") can point at a line too.
public struct JSONDocument: Sendable {
    public var root: JSONValue
    /// `$.areas[0].competencies[2].id` -> 41. Only filled when asked for.
    public var lineByPath: [String: Int]

    public func line(of path: String) -> Int? { lineByPath[path] }

    /// The line of `path`, else of the nearest enclosing path that has one: a member
    /// that is missing is reported at its object.
    public func nearestLine(of path: String) -> Int? {
        var probe = path
        while true {
            if let line = lineByPath[probe] { return line }
            guard let cut = probe.lastIndex(where: { $0 == "." || $0 == "[" }) else { return nil }
            probe = String(probe[..<cut])
        }
    }
}

/// A strict RFC 8259 parser over UTF-8 bytes.
///
/// Written here, rather than using Foundation's, because Foundation on Linux reports
/// errors as a character offset ("around character 22"), and people fixing a framework
/// file in an editor need a line number.
public struct JSONParser {
    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private let recordsLines: Bool
    private var lineByPath: [String: Int] = [:]
    private var depth = 0
    private static let maximumDepth = 512

    /// Parses a whole document.
    /// - Parameters:
    ///   - bytes: UTF-8 text; a leading byte-order mark is skipped.
    ///   - recordingLines: whether to record the line of every JSON path (for validation).
    public static func parse(_ bytes: [UInt8], recordingLines: Bool = false) throws(JSONSyntaxError) -> JSONDocument {
        var parser = JSONParser(bytes: bytes, recordsLines: recordingLines)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
        parser.skipWhitespace()
        let root = try parser.parseValue(path: "$")
        parser.skipWhitespace()
        if parser.index < bytes.count {
            throw parser.error(.textAfterDocument)
        }
        return JSONDocument(root: root, lineByPath: parser.lineByPath)
    }

    public static func parse(_ text: String, recordingLines: Bool = false) throws(JSONSyntaxError) -> JSONDocument {
        try parse(Array(text.utf8), recordingLines: recordingLines)
    }

    private init(bytes: [UInt8], recordsLines: Bool) {
        self.bytes = bytes
        self.recordsLines = recordsLines
    }

    // MARK: - Values

    private mutating func parseValue(path: String) throws(JSONSyntaxError) -> JSONValue {
        if recordsLines { lineByPath[path] = line }
        guard index < bytes.count else { throw error(.endsWhereValueExpected) }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(path: path)
        case UInt8(ascii: "["): return try parseArray(path: path)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        case UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: ","):
            throw error(.valueExpectedFound(Character(UnicodeScalar(bytes[index]))))
        default:
            throw error(.valueExpected)
        }
    }

    private mutating func parseObject(path: String) throws(JSONSyntaxError) -> JSONValue {
        try enterNesting()
        index += 1
        var object = JSONObject()
        var seen = Set<String>()
        skipWhitespace()
        if peek(UInt8(ascii: "}")) {
            index += 1
            depth -= 1
            return .object(object)
        }
        while true {
            skipWhitespace()
            guard peek(UInt8(ascii: "\"")) else { throw error(.memberNameExpected) }
            let keyLine = line
            let keyColumn = index - lineStart + 1
            let key = try parseString()
            if !seen.insert(key).inserted {
                throw JSONSyntaxError(line: keyLine, column: keyColumn, problem: .duplicateMember(key))
            }
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else { throw error(.colonExpected(after: key)) }
            index += 1
            skipWhitespace()
            let value = try parseValue(path: path + "." + key)
            object[key] = value
            skipWhitespace()
            if peek(UInt8(ascii: ",")) {
                // Point at the comma, not the bracket: that is the character to delete.
                let comma = JSONSyntaxError(line: line, column: index - lineStart + 1, problem: .trailingComma(before: "}"))
                index += 1
                skipWhitespace()
                if peek(UInt8(ascii: "}")) { throw comma }
                continue
            }
            if peek(UInt8(ascii: "}")) {
                index += 1
                depth -= 1
                return .object(object)
            }
            throw error(.commaOrBraceExpected(after: key))
        }
    }

    private mutating func parseArray(path: String) throws(JSONSyntaxError) -> JSONValue {
        try enterNesting()
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if peek(UInt8(ascii: "]")) {
            index += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue(path: path + "[\(elements.count)]"))
            skipWhitespace()
            if peek(UInt8(ascii: ",")) {
                // Point at the comma, not the bracket: that is the character to delete.
                let comma = JSONSyntaxError(line: line, column: index - lineStart + 1, problem: .trailingComma(before: "]"))
                index += 1
                skipWhitespace()
                if peek(UInt8(ascii: "]")) { throw comma }
                continue
            }
            if peek(UInt8(ascii: "]")) {
                index += 1
                depth -= 1
                return .array(elements)
            }
            throw error(.commaOrBracketExpected)
        }
    }

    private mutating func enterNesting() throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw error(.tooDeep(levels: Self.maximumDepth)) }
    }

    // MARK: - Strings

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        index += 1  // opening quote
        var utf8: [UInt8] = []
        while true {
            guard index < bytes.count else { throw error(.unterminatedString) }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                guard let text = String(validating: utf8, as: UTF8.self) else {
                    throw error(.stringNotUTF8)
                }
                return text
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { throw error(.unterminatedEscape) }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): utf8.append(0x22)
                case UInt8(ascii: "\\"): utf8.append(0x5C)
                case UInt8(ascii: "/"): utf8.append(0x2F)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"):
                    let scalar = try parseUnicodeEscape()
                    utf8.append(contentsOf: Array(String(Character(scalar)).utf8))
                default:
                    index -= 1
                    throw error(.unknownEscape(Character(UnicodeScalar(escape))))
                }
            case 0x0A:
                throw error(.lineBreakInString)
            case 0x00..<0x20:
                throw error(.controlCharacterInString)
            default:
                utf8.append(byte)
                index += 1
            }
        }
    }

    private mutating func parseUnicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let first = try parseHex4()
        if (0xD800...0xDBFF).contains(first) {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
            else { throw error(.highSurrogateAlone) }
            index += 2
            let second = try parseHex4()
            guard (0xDC00...0xDFFF).contains(second) else { throw error(.invalidLowSurrogate) }
            let value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            guard let scalar = Unicode.Scalar(value) else { throw error(.invalidUnicodeEscape) }
            return scalar
        }
        guard let scalar = Unicode.Scalar(first) else { throw error(.loneSurrogate) }
        return scalar
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error(.fourHexDigits) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error(.fourHexDigits)
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    // MARK: - Numbers and words

    private mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
        let start = index
        var isInteger = true
        if peek(UInt8(ascii: "-")) { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw error(.numberNeedsDigits) }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { throw error(.leadingZeros) }
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if peek(UInt8(ascii: ".")) {
            isInteger = false
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw error(.digitAfterPoint) }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw error(.exponentNeedsDigits) }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isInteger, let value = Int(text) { return .int(value) }
        guard let value = Double(text) else { throw error(.numberOutOfRange) }
        return .double(value)
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func expectWord(_ word: StaticString) throws(JSONSyntaxError) {
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard index + expected.count <= bytes.count, bytes[index..<index + expected.count].elementsEqual(expected)
        else { throw error(.unquotedWord) }
        index += expected.count
    }

    private func peek(_ byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    private func error(_ problem: JSONSyntaxProblem) -> JSONSyntaxError {
        JSONSyntaxError(line: line, column: index - lineStart + 1, problem: problem)
    }
}
