import Foundation
import Testing
@testable import SkillsMatrix
#if canImport(Glibc)
import Glibc
#endif

/// `OutputTarget` is the one place that decides where a report, an export or a backup may
/// be written; these hold it to its rules for every kind of path, not only the named ones.
@Suite("Output targets")
struct OutputTargetTests {
    /// A folder with a database (and its WAL files, as SQLite leaves them while open) and
    /// a symbolic link to the folder.
    struct Setup {
        let folder: URL
        let database: String
        let alias: String

        init() throws {
            folder = Fixtures.temporaryDirectory()
            database = folder.appendingPathComponent("db.sqlite").path
            alias = folder.appendingPathComponent("alias").path
            for suffix in ["", "-wal", "-shm"] {
                _ = FileManager.default.createFile(atPath: database + suffix, contents: Data("SQLite format 3\u{0}".utf8))
            }
            try FileManager.default.createSymbolicLink(atPath: alias, withDestinationPath: folder.path)
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    static func refusal(_ body: () throws -> Void) -> SkillsError.OutputRefusal? {
        do {
            try body()
            return nil
        } catch SkillsError.unwritableOutput(_, let reason) {
            return reason
        } catch {
            return nil
        }
    }

    @Test("the database and every companion, existing or not, by any name, are refused")
    func database() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let hardLink = setup.folder.appendingPathComponent("other-name").path
        #expect(link(setup.database + "-wal", hardLink) == 0)
        let subfolder = setup.folder.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: subfolder, withIntermediateDirectories: true)
        var paths = [hardLink, subfolder.path + "/../db.sqlite-wal"]
        for suffix in DatabaseFiles.companionSuffixes {
            paths += [setup.database + suffix, setup.alias + "/db.sqlite" + suffix]
        }
        for path in paths {
            #expect(Self.refusal { _ = try OutputTarget.check(path, protecting: setup.database) } == .database, "\(path)")
        }
        // A database opened through a link has its companions beside the real file.
        let linkedDatabase = setup.folder.appendingPathComponent("sub/link.sqlite").path
        try FileManager.default.createSymbolicLink(atPath: linkedDatabase, withDestinationPath: setup.database)
        #expect(Self.refusal { _ = try OutputTarget.check(setup.alias + "/db.sqlite-journal", protecting: linkedDatabase) } == .database)
        // Another SQLite file is refused too; a sibling with another name is fine.
        let other = setup.folder.appendingPathComponent("other.sqlite").path
        _ = FileManager.default.createFile(atPath: other, contents: Data("SQLite format 3\u{0}rest".utf8))
        #expect(Self.refusal { _ = try OutputTarget.check(other, protecting: setup.database) } == .anotherDatabase)
        #expect(try OutputTarget.check(setup.alias + "/db.sqlite.csv", protecting: setup.database).kind == .newFile)
    }

    @Test("folders, sockets, block devices and links to nothing are refused; devices and FIFOs are written in place")
    func kinds() throws {
        let setup = try Setup()
        defer { setup.remove() }
        #expect(Self.refusal { _ = try OutputTarget.check(setup.folder.path, protecting: setup.database) } == .folder)
        #expect(Self.refusal { _ = try OutputTarget.check(setup.alias, protecting: setup.database) } == .folder)

        let socketPath = setup.folder.appendingPathComponent("s.sock").path
        let socketDescriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socketDescriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (offset, byte) in socketPath.utf8.enumerated() { buffer[offset] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(bound == 0)
        #expect(Self.refusal { _ = try OutputTarget.check(socketPath, protecting: setup.database) } == .socket)

        let blockDevice = try #require(
            try FileManager.default.contentsOfDirectory(atPath: "/dev").map { "/dev/" + $0 }.first { path in
                var status = stat()
                return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFBLK
            })
        #expect(Self.refusal { _ = try OutputTarget.check(blockDevice, protecting: setup.database) } == .blockDevice)

        let dangling = setup.folder.appendingPathComponent("dangling.csv").path
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: setup.folder.appendingPathComponent("missing").path)
        #expect(Self.refusal { _ = try OutputTarget.check(dangling, protecting: setup.database) } == .danglingLink)

        // /dev/null stays a character device, written in place.
        let null = try OutputTarget.check("/dev/null", protecting: setup.database)
        #expect(null.kind == .device)
        try null.write { $0.write("nothing to see\n") }
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)

        // A FIFO is written in place: what is written comes out of it.
        let fifo = setup.folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        defer { close(reader) }
        try OutputTarget.check(fifo, protecting: setup.database).write { $0.write("through the pipe\n") }
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(reader, &buffer, buffer.count)
        #expect(String(decoding: buffer.prefix(max(0, count)), as: UTF8.self) == "through the pipe\n")
        #expect(lstat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    }

    @Test("a file is replaced whole, through a link to it, and a failure leaves it as it was")
    func files() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let file = setup.folder.appendingPathComponent("report.csv").path
        _ = FileManager.default.createFile(atPath: file, contents: Data("old\n".utf8), attributes: [.posixPermissions: 0o644])
        let target = try OutputTarget.check(setup.alias + "/report.csv", protecting: setup.database)
        #expect(target.kind == .existingFile)
        #expect(target.replacesFile)
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try target.write { output in
                output.write("half a report")
                try output.flush()
                throw Stop()
            }
        }
        #expect(FileManager.default.contents(atPath: file) == Data("old\n".utf8))
        try target.write { $0.write("new\n") }
        #expect(FileManager.default.contents(atPath: file) == Data("new\n".utf8))
        #expect((try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        // Through a symbolic link to the file: the file is replaced and the link stays a link.
        let link = setup.folder.appendingPathComponent("latest.csv").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: file)
        try OutputTarget.check(link, protecting: setup.database).write { $0.write("newer\n") }
        #expect(FileManager.default.contents(atPath: file) == Data("newer\n".utf8))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == file)
        #expect(try FileManager.default.contentsOfDirectory(atPath: setup.folder.path).filter { $0.contains(".tmp-") }.isEmpty)
        // A folder that does not exist is an I/O error naming it.
        #expect(throws: SkillsError.self) { try OutputTarget.check(setup.folder.path + "/nowhere/x.csv", protecting: setup.database) }
    }

    @Test("create makes a new file only once its body succeeded, and never replaces one")
    func create() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let path = setup.folder.appendingPathComponent("copy.sqlite").path
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try OutputTarget.check(path, protecting: setup.database).create { temporary in
                #expect(FileManager.default.fileExists(atPath: temporary))
                #expect(!FileManager.default.fileExists(atPath: path))
                throw Stop()
            }
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        try OutputTarget.check(path, protecting: setup.database).create { temporary in
            try Data("copy".utf8).write(to: URL(fileURLWithPath: temporary))
        }
        #expect(FileManager.default.contents(atPath: path) == Data("copy".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: setup.folder.path).filter { $0.contains(".tmp-") }.isEmpty)
        #expect(performing: { try OutputTarget.check(path, protecting: setup.database).create { _ in } }, throws: {
            ($0 as? SkillsError) == .alreadyExists(path: path)
        })
        #expect(performing: { try OutputTarget.check("/dev/null", protecting: setup.database).create { _ in } }, throws: {
            ($0 as? SkillsError) == .unwritableOutput(path: "/dev/null", reason: .notAFile)
        })
    }
}
