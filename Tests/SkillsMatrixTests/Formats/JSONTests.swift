import Testing
@testable import SkillsMatrix

@Suite("JSON reading and writing")
struct JSONTests {
    @Test("parses every kind of value, keeping member order")
    func parses() throws {
        let document = try JSONParser.parse(#"{"b": [1, -2.5, 3e2, true, false, null], "a": "x\u00e5\n\ud83d\ude00"}"#)
        let object = try #require(document.root.objectValue)
        #expect(object.keys == ["b", "a"])
        #expect(object["b"] == [1, .double(-2.5), .double(300), true, false, nil])
        #expect(object["a"] == .string("xå\n😀"))
    }

    @Test("syntax errors name the line and column", arguments: [
        ("{\n  \"a\": 1,\n  \"b\": [1,,2]\n}", 3, "expected a value"),
        ("{\"a\": tru}", 1, "expected a value"),
        ("{\"a\": 01}", 1, "leading zeros"),
        ("{\"a\": 1} x", 1, "after the end"),
        ("\n\n[1, 2", 3, "expected ',' or ']'"),
        ("{\"a\": \"\\q\"}", 1, "unknown escape"),
    ])
    func syntaxErrors(text: String, line: Int, reason: String) {
        do {
            _ = try JSONParser.parse(text)
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.line == line)
            #expect(error.reason.contains(reason), "\(error.reason)")
        }
    }

    @Test("records the line of each JSON path when asked")
    func linesByPath() throws {
        let document = try JSONParser.parse("{\n  \"a\": [\n    1,\n    {\"b\": 2}\n  ]\n}", recordingLines: true)
        #expect(document.line(of: "$.a") == 2)
        #expect(document.line(of: "$.a[1].b") == 4)
    }

    @Test("writes deterministic, readable JSON that parses back to the same value")
    func writes() throws {
        let value: JSONValue = ["name": "Åse \"Bjørnstad\"/x\t", "levels": [0, 4], "score": .double(0.75), "none": nil, "empty": [:]]
        let text = JSONWriter.string(value)
        #expect(text == """
            {
              "name": "Åse \\"Bjørnstad\\"/x\\t",
              "levels": [
                0,
                4
              ],
              "score": 0.75,
              "none": null,
              "empty": {}
            }

            """)
        #expect(try JSONParser.parse(text).root == value)
        #expect(JSONWriter.string(value, style: .compact) == #"{"name":"Åse \"Bjørnstad\"/x\t","levels":[0,4],"score":0.75,"none":null,"empty":{}}"#)
    }
}
