import Foundation
import Testing

/// The binary never adopts or changes files that are not ours: every command that
/// creates a database refuses beside a leftover companion, and every command that only
/// reads leaves a damaged, partial or foreign file exactly as it was.
@Suite("Command line: files that are not ours")
struct ForeignFileCommandTests {
    /// The database file and its companions, with their bytes.
    static func databaseFiles(_ runner: BinaryRunner) -> [String: Data] {
        var files: [String: Data] = [:]
        for suffix in ["", "-wal", "-shm", "-journal"] {
            files[suffix] = FileManager.default.contents(atPath: runner.databasePath + suffix)
        }
        return files
    }

    @Test("init, init --demo and generate exit 73 beside a leftover -wal, and leave it as it was")
    func leftoverCompanion() throws {
        for command in [["init"], ["init", "--demo"], ["generate", "--staff", "50"]] {
            let runner = BinaryRunner()
            defer { runner.remove() }
            try Data("a write-ahead log left by a crash".utf8).write(to: URL(fileURLWithPath: runner.databasePath + "-wal"))
            let before = Self.databaseFiles(runner)
            let result = try runner.run(command)
            #expect(result.status == 73, "\(command)")
            #expect(result.standardError.contains("skills.sqlite-wal is left from an earlier database"), "\(command): \(result.standardError)")
            #expect(Self.databaseFiles(runner) == before, "\(command)")
        }
    }

    /// Commands that only read, each run as the admin who made the database.
    static let readingCommands: [[String]] = [
        ["report", "gaps"], ["report", "training-needs"], ["report", "heatmap", "--team", "customer-services"],
        ["report", "coverage", "--team", "customer-services"], ["staff", "list"], ["frameworks", "list"],
        ["frameworks", "show", "PM"], ["export", "ratings"],
    ]

    @Test("reading commands leave a damaged or partial database byte for byte as it was, with nothing beside it")
    func damagedDatabase() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let whole = try Data(contentsOf: URL(fileURLWithPath: runner.databasePath))
        var noisy = whole
        for offset in (whole.count / 2)..<(whole.count / 2 + 4_096) { noisy[offset] ^= 0x5A }
        let copies: [(name: String, bytes: Data)] = [
            ("header only", whole.prefix(100)), ("half", whole.prefix(whole.count / 2)), ("one byte short", whole.dropLast()),
            ("noise in the middle", noisy), ("not SQLite", Data("login,name\nx,y\n".utf8)),
        ]
        for copy in copies {
            for command in Self.readingCommands {
                try copy.bytes.write(to: URL(fileURLWithPath: runner.databasePath))
                let result = try runner.run(command)
                #expect(Self.databaseFiles(runner) == ["": copy.bytes], "\(copy.name), \(command): \(result.standardError)")
                if copy.name != "noise in the middle" {
                    #expect(result.status == 65, "\(copy.name), \(command): \(result.standardError)")
                }
            }
        }
    }
}
