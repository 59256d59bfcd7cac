import Testing
@testable import SkillsMatrix

@Suite("CSV reading and writing")
struct CSVTests {
    static func parse(_ text: String) throws(InputFileError) -> [[String]] {
        try CSVReader.parse(Array(text.utf8), file: "f.csv").map(\.fields)
    }

    @Test("accepts a byte-order mark, CRLF, quoted commas and newlines, and a trailing empty line")
    func lenientReading() throws {
        let text = "\u{FEFF}a,b\r\n\"x, y\",\"line 1\nline 2\"\r\n\"say \"\"hi\"\"\",\r\n\r\n"
        #expect(try Self.parse(text) == [["a", "b"], ["x, y", "line 1\nline 2"], ["say \"hi\"", ""]])
        #expect(try Self.parse("a,b\nc,d") == [["a", "b"], ["c", "d"]])
    }

    @Test("records keep the line they start on, counting embedded newlines")
    func lineNumbers() throws {
        let records = try CSVReader.parse(Array("a,b\n\"1\n2\",3\n4,5\n".utf8), file: "f.csv")
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test("rejects broken files with a line number", arguments: [
        ("a,b\n1,2\n3\n", 3, "has 1 fields but the header has 2"),
        ("a,b\n1,\"2\n3,4\n", 2, "never closed"),
        ("a,b\n1,x\"y\"\n", 2, "double quote inside an unquoted field"),
        ("a,b\n\"1\"x,2\n", 2, "text after a closing quote"),
    ])
    func rejects(text: String, line: Int, message: String) {
        do throws(InputFileError) {
            _ = try Self.parse(text)
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.line == line)
            #expect(error.description.contains(message), "\(error.description)")
        }
    }

    @Test("rejects invalid UTF-8 with the line it is on")
    func invalidUTF8() {
        var bytes = Array("a,b\nok,fine\n".utf8)
        bytes += [0x41, 0xC3, 0x28, 0x2C, 0x42, 0x0A]
        do throws(InputFileError) {
            _ = try CSVReader.parse(bytes, file: "f.csv")
            Issue.record("accepted invalid UTF-8")
        } catch {
            #expect(error.line == 3)
            #expect(error.description.contains("not valid UTF-8"))
        }
    }

    @Test("tables read columns by name in any order and refuse unknown or missing columns")
    func tables() throws {
        let table = try CSVTable(Array("Role,login\nx,ann\n".utf8), file: "s.csv", required: ["login"], optional: ["role"])
        #expect(table.value("login", in: table.rows[0]) == "ann")
        #expect(table.value("role", in: table.rows[0]) == "x")
        #expect(throws: InputFileError.self) { try CSVTable(Array("name\nx\n".utf8), file: "s.csv", required: ["login"]) }
        #expect(throws: InputFileError.self) { try CSVTable(Array("login,colour\nx,y\n".utf8), file: "s.csv", required: ["login"]) }
    }

    @Test("a field the writer guarded against formulas reads back without the guard", arguments: [
        "=HYPERLINK(\"http://x\",\"y\")", "@SUM(1)", "-2+3", "+cmd", "\tTabbed", "'quoted", "plain", "-1",
    ])
    func formulaGuardRoundTrip(name: String) throws {
        let text = CSVWriter().document(header: ["login", "name"], rows: [["ann", name]])
        let table = try CSVTable(Array(text.utf8), file: "s.csv", required: ["login", "name"])
        #expect(table.value("name", in: table.rows[0]) == name.trimmingWhitespace())
    }

    @Test("writes RFC 4180: CRLF, quotes only where needed, doubled quotes")
    func writes() {
        let text = CSVWriter().document(header: ["a", "b"], rows: [["x,y", "say \"hi\""], ["line\nbreak", "plain"]])
        #expect(text == "a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n\"line\nbreak\",plain\r\n")
    }

    @Test("neutralises fields a spreadsheet would run as formulas, but not plain numbers", arguments: [
        ("=SUM(A1)", "'=SUM(A1)"), ("+1+2", "'+1+2"), ("-cmd", "'-cmd"), ("@import", "'@import"), ("\tx", "'\tx"),
        ("-1", "-1"), ("+2.5", "+2.5"), ("Åse", "Åse"), ("", ""),
    ])
    func injection(field: String, written: String) {
        #expect(CSVWriter().encode(field) == written)
        #expect(CSVWriter(spreadsheetSafe: false).encode(field) == field)
    }

    @Test("a byte-order mark is written only when asked for, and read back transparently")
    func byteOrderMark() throws {
        let text = CSVWriter(byteOrderMark: true).document(header: ["name"], rows: [["Åse Bjørnstad"]])
        #expect(text.hasPrefix("\u{FEFF}"))
        #expect(try Self.parse(text) == [["name"], ["Åse Bjørnstad"]])
        #expect(!CSVWriter().document(header: ["name"], rows: []).hasPrefix("\u{FEFF}"))
    }
}
