/// Walks a parsed JSON document while remembering where it is, so every complaint
/// about the content can name the file, the line and the JSON path.
public struct JSONCursor {
    public let value: JSONValue
    public let path: String
    private let file: String
    private let document: JSONDocument

    /// Parses `bytes` and returns a cursor at the root.
    /// - Throws: `InputFileError` with the line and column of a syntax error.
    public static func open(_ bytes: [UInt8], file: String) throws(InputFileError) -> JSONCursor {
        do {
            let document = try JSONParser.parse(bytes, recordingLines: true)
            return JSONCursor(value: document.root, path: "$", file: file, document: document)
        } catch {
            throw InputFileError(file: file, line: error.line, message: "invalid JSON at column \(error.column): \(error.reason)")
        }
    }

    private init(value: JSONValue, path: String, file: String, document: JSONDocument) {
        self.value = value
        self.path = path
        self.file = file
        self.document = document
    }

    /// An error at this position in the file.
    public func failure(_ message: String) -> InputFileError {
        InputFileError(file: file, line: document.nearestLine(of: path), location: path, message: message)
    }

    // MARK: - Navigation

    /// The member `key` of this object; missing is an error.
    public func member(_ key: String) throws(InputFileError) -> JSONCursor {
        guard let child = try optionalMember(key) else {
            throw failure("missing \"\(key)\"")
        }
        return child
    }

    /// The member `key`, or nil when absent or null.
    public func optionalMember(_ key: String) throws(InputFileError) -> JSONCursor? {
        let object = try object()
        guard let child = object[key], child != .null else { return nil }
        return JSONCursor(value: child, path: path + "." + key, file: file, document: document)
    }

    /// Rejects members not in `allowed`: a misspelt key would otherwise be ignored silently.
    public func requireOnly(_ allowed: Set<String>) throws(InputFileError) {
        let object = try object()
        if let unknown = object.keys.first(where: { !allowed.contains($0) }) {
            let child = JSONCursor(value: object[unknown] ?? .null, path: path + "." + unknown, file: file, document: document)
            throw child.failure("unknown member \"\(unknown)\"; expected one of \(allowed.sorted().joined(separator: ", "))")
        }
    }

    public func elements() throws(InputFileError) -> [JSONCursor] {
        guard case .array(let items) = value else { throw failure("expected an array, found \(value.kindName)") }
        return items.enumerated().map { JSONCursor(value: $1, path: path + "[\($0)]", file: file, document: document) }
    }

    /// The members of an object as cursors, in document order.
    public func members() throws(InputFileError) -> [(key: String, cursor: JSONCursor)] {
        let object = try object()
        return object.members.map { ($0.key, JSONCursor(value: $0.value, path: path + "." + $0.key, file: file, document: document)) }
    }

    private func object() throws(InputFileError) -> JSONObject {
        guard case .object(let object) = value else { throw failure("expected an object, found \(value.kindName)") }
        return object
    }

    // MARK: - Scalars

    public func string() throws(InputFileError) -> String {
        guard case .string(let text) = value else { throw failure("expected a string, found \(value.kindName)") }
        return text
    }

    /// A string with something other than white space in it, trimmed.
    public func nonEmptyString() throws(InputFileError) -> String {
        let text = try string().trimmingWhitespace()
        if text.isEmpty { throw failure("must not be empty") }
        return text
    }

    public func int() throws(InputFileError) -> Int {
        switch value {
        case .int(let number): return number
        case .double(let number) where number == number.rounded() && abs(number) < 1e15: return Int(number)
        default: throw failure("expected a whole number, found \(value.kindName)")
        }
    }

    /// Any number, whole or not.
    public func number() throws(InputFileError) -> Double {
        switch value {
        case .int(let number): return Double(number)
        case .double(let number): return number
        default: throw failure("expected a number, found \(value.kindName)")
        }
    }

    public func bool() throws(InputFileError) -> Bool {
        guard case .bool(let flag) = value else { throw failure("expected true or false, found \(value.kindName)") }
        return flag
    }

    public func stringList() throws(InputFileError) -> [String] {
        var result: [String] = []
        for element in try elements() { result.append(try element.nonEmptyString()) }
        return result
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
