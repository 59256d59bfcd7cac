/// Walks a parsed JSON document while remembering where it is, so every complaint
/// about the content can name the file, the line and the JSON path.
public struct JSONCursor {
    public let value: JSONValue
    public let path: String
    private let file: String
    private let document: JSONDocument
    /// Whether `string()` refuses control characters (see `open`).
    private let refusesControlCharacters: Bool

    /// Parses `bytes` and returns a cursor at the root.
    /// - Parameter refusingControlCharacters: refuse a string holding a control character
    ///   other than a line break or tab (`TerminalText.storageProblem`): for files a
    ///   person gives. A document this program stored itself is read as it was stored,
    ///   so a database written by an older version still opens.
    /// - Throws: `InputFileError` with the line and column of a syntax error.
    public static func open(_ bytes: [UInt8], file: String, refusingControlCharacters: Bool = true) throws(InputFileError) -> JSONCursor {
        try TextEncoding.requireUTF8(bytes, file: file, kind: .json)
        do {
            let document = try JSONParser.parse(bytes, recordingLines: true)
            return JSONCursor(value: document.root, path: "$", file: file, document: document, refusesControlCharacters: refusingControlCharacters)
        } catch {
            throw InputFileError(file: file, line: error.line, problem: .invalidJSON(column: error.column, error.problem))
        }
    }

    private init(value: JSONValue, path: String, file: String, document: JSONDocument, refusesControlCharacters: Bool) {
        self.value = value
        self.path = path
        self.file = file
        self.document = document
        self.refusesControlCharacters = refusesControlCharacters
    }

    /// The cursor at `value`, found at `path` below this one.
    private func child(_ value: JSONValue, at path: String) -> JSONCursor {
        JSONCursor(value: value, path: path, file: file, document: document, refusesControlCharacters: refusesControlCharacters)
    }

    /// An error at this position in the file.
    public func failure(_ problem: InputFileProblem) -> InputFileError {
        InputFileError(file: file, line: document.nearestLine(of: path), location: path, problem: problem)
    }

    // MARK: - Navigation

    /// The member `key` of this object; missing is an error.
    public func member(_ key: String) throws(InputFileError) -> JSONCursor {
        guard let child = try optionalMember(key) else {
            throw failure(.missingMember(key))
        }
        return child
    }

    /// The member `key`, or nil when absent or null.
    public func optionalMember(_ key: String) throws(InputFileError) -> JSONCursor? {
        let object = try object()
        guard let child = object[key], child != .null else { return nil }
        return self.child(child, at: path + "." + key)
    }

    /// Rejects members not in `allowed`: a misspelt key would otherwise be ignored silently.
    public func requireOnly(_ allowed: Set<String>) throws(InputFileError) {
        let object = try object()
        if let unknown = object.keys.first(where: { !allowed.contains($0) }) {
            throw child(object[unknown] ?? .null, at: path + "." + unknown).failure(.unknownMember(unknown, expected: allowed.sorted()))
        }
    }

    public func elements() throws(InputFileError) -> [JSONCursor] {
        guard case .array(let items) = value else { throw failure(.wrongKind(expected: .array, found: value.kind)) }
        return items.enumerated().map { child($1, at: path + "[\($0)]") }
    }

    /// The members of an object as cursors, in document order.
    public func members() throws(InputFileError) -> [(key: String, cursor: JSONCursor)] {
        let object = try object()
        return object.members.map { ($0.key, child($0.value, at: path + "." + $0.key)) }
    }

    private func object() throws(InputFileError) -> JSONObject {
        guard case .object(let object) = value else { throw failure(.wrongKind(expected: .object, found: value.kind)) }
        return object
    }

    // MARK: - Scalars

    /// A string: free text, which may hold line breaks but, in a file a person gives, no
    /// other control character (see `open`).
    public func string() throws(InputFileError) -> String {
        guard case .string(let text) = value else { throw failure(.wrongKind(expected: .string, found: value.kind)) }
        if refusesControlCharacters, let fault = TerminalText.storageFault(text, onOneLine: false) { throw failure(.unsafeText(fault)) }
        return text
    }

    /// A string with something other than white space in it, trimmed.
    public func nonEmptyString() throws(InputFileError) -> String {
        let text = try string().trimmingWhitespace()
        if text.isEmpty { throw failure(.emptyText) }
        return text
    }

    public func int() throws(InputFileError) -> Int {
        switch value {
        case .int(let number): return number
        case .double(let number) where number == number.rounded() && abs(number) < 1e15: return Int(number)
        default: throw failure(.wrongKind(expected: .wholeNumber, found: value.kind))
        }
    }

    /// Any number, whole or not.
    public func number() throws(InputFileError) -> Double {
        switch value {
        case .int(let number): return Double(number)
        case .double(let number): return number
        default: throw failure(.wrongKind(expected: .number, found: value.kind))
        }
    }

    public func bool() throws(InputFileError) -> Bool {
        guard case .bool(let flag) = value else { throw failure(.wrongKind(expected: .boolean, found: value.kind)) }
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
