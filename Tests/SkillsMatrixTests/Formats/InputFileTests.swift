import Foundation
import Testing
@testable import SkillsMatrix

/// Input files fail with what really happened: /dev/null is empty (not missing, not
/// forbidden), /dev/zero never ends, a folder is a folder, and a file saved as UTF-16 or
/// UTF-32 is told so with advice for its own kind of file.
@Suite("Input files")
struct InputFileTests {
    @Test("special files: /dev/null reads as empty, /dev/zero is refused, a pipe is read to its end")
    func specialFiles() throws {
        #expect(try InputFile.read("/dev/null") == [])
        #expect(throws: SkillsError.endlessInput(path: "/dev/zero", limit: InputFile.maximumStreamLength)) { try InputFile.read("/dev/zero") }
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: SkillsError.isAFolder(path: folder.path)) { try InputFile.read(folder.path) }
        let missing = folder.appendingPathComponent("missing.csv").path
        #expect(throws: SkillsError.io(path: missing, operation: .read, cause: "No such file or directory")) { try InputFile.read(missing) }
        let fifo = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Thread {
            let handle = FileHandle(forWritingAtPath: fifo)
            try? handle?.write(contentsOf: Data("login,name\n".utf8))
            try? handle?.close()
        }
        writer.start()
        #expect(try InputFile.read(fifo) == Array("login,name\n".utf8))
    }

    @Test("/dev/null given to every importer is called empty, never missing")
    func devNullEverywhere() throws {
        let demo = try WorkspaceTests.makeDemo()
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let admin = try WorkspaceTests.open(demo.path, as: "root")
        let bytes = try InputFile.read("/dev/null")
        var messages: [String] = []
        for format in FrameworkFormat.allCases {
            #expect(performing: { try admin.importFramework(bytes, file: "/dev/null", format: format) }, throws: { messages.append("\($0)"); return $0 is any SkillsFailure })
        }
        #expect(performing: { try admin.importStaff(bytes, file: "/dev/null", deactivateMissing: false, dryRun: false) }, throws: { messages.append("\($0)"); return $0 is any SkillsFailure })
        #expect(messages.count == 4)
        for message in messages {
            #expect(message.hasPrefix("/dev/null"), "\(message)")
            #expect(message.contains("empty") || message.contains("ends where a value was expected"), "\(message)")
            #expect(!message.contains("No such file") && !message.contains("Permission denied"), "\(message)")
        }
    }

    @Test("the encoding of text is told by its byte-order mark or its zero bytes")
    func encodings() {
        let text = "{\"id\": \"PM\"}"
        #expect(TextEncoding.of(Array(text.utf8)) == .utf8)
        #expect(TextEncoding.of([0xEF, 0xBB, 0xBF] + Array(text.utf8)) == .utf8)
        #expect(TextEncoding.of(Array(text.data(using: .utf16LittleEndian) ?? Data())) == .utf16LittleEndian)
        #expect(TextEncoding.of(Array(text.data(using: .utf16BigEndian) ?? Data())) == .utf16BigEndian)
        #expect(TextEncoding.of([0xFF, 0xFE] + Array(text.data(using: .utf16LittleEndian) ?? Data())) == .utf16LittleEndian)
        #expect(TextEncoding.of([0xFE, 0xFF] + Array(text.data(using: .utf16BigEndian) ?? Data())) == .utf16BigEndian)
        #expect(TextEncoding.of(Array(text.data(using: .utf32LittleEndian) ?? Data())) == .utf32LittleEndian)
        #expect(TextEncoding.of([0, 0, 0xFE, 0xFF] + Array(text.data(using: .utf32BigEndian) ?? Data())) == .utf32BigEndian)
        #expect(TextEncoding.of(Array("Åse".utf8)) == .utf8)
        #expect(TextEncoding.of([]) == .utf8)
    }

    /// `text` as a file saved in a "Unicode" encoding by an editor: a byte-order mark, then UTF-16 or UTF-32.
    static func saved(_ text: String, as encoding: String.Encoding) -> [UInt8] {
        Array(text.data(using: encoding) ?? Data())
    }

    @Test("a UTF-16 or UTF-32 file is told to save as UTF-8, in words for its kind: JSON is never told about CSV", arguments: [String.Encoding.utf16, .utf32, .utf16BigEndian])
    func unicodeFiles(encoding: String.Encoding) throws {
        let demo = try WorkspaceTests.makeDemo()
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let admin = try WorkspaceTests.open(demo.path, as: "root")
        let pm = try String(contentsOf: Fixtures.frameworksDirectory.appendingPathComponent("pm.json"), encoding: .utf8)
        let json = Self.saved(pm, as: encoding)
        #expect(FrameworkFormat.guess(json) == .json)
        for format in [FrameworkFormat.json, .caseJSON] {
            #expect(performing: { try admin.importFramework(json, file: "pm.json", format: format) }, throws: { error in
                let message = "\(error)"
                return message.hasPrefix("pm.json: is UTF-") && message.contains("JSON files must be UTF-8") && !message.contains("CSV")
            })
        }
        #expect(performing: { try FrameworkJSON.decodeFramework(json, file: "pm.json") }, throws: { "\($0)".contains("JSON files must be UTF-8") })
        let csv = Self.saved("login,name,email,team,role\nx,Åse,,customer-services,front-line-staff\n", as: encoding)
        #expect(performing: { try admin.importStaff(csv, file: "staff.csv", deactivateMissing: false, dryRun: false) }, throws: { error in
            "\(error)".hasPrefix("staff.csv: is UTF-") && "\(error)".contains("save it as UTF-8 (CSV UTF-8 in Excel)")
        })
        let moodle = Self.saved(try FrameworkInterchange.encode(admin.catalog.frameworks[0], format: .moodleCSV, lastChange: Fixtures.now), as: encoding)
        #expect(FrameworkFormat.guess(moodle) == .moodleCSV)
        #expect(performing: { try admin.importFramework(moodle, file: "pm.csv", format: .moodleCSV) }, throws: { "\($0)".contains("CSV UTF-8") })
    }
}
