import SkillsMatrix

/// The value inside a `JSONValue`, or nil when it is another kind: tests unwrap these with
/// `try #require`, so a value of the wrong kind fails the test rather than skipping checks.
extension JSONValue {
    var objectValue: JSONObject? { if case .object(let object) = self { return object } else { return nil } }
    var arrayValue: [JSONValue]? { if case .array(let array) = self { return array } else { return nil } }
    var stringValue: String? { if case .string(let text) = self { return text } else { return nil } }
}
