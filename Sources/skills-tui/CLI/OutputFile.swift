import Foundation
import SkillsMatrix
#if canImport(Glibc)
import Glibc
#endif

/// Writes results: to standard output, or to a file that is created with mode 0600 and
/// replaced atomically, so a reader never sees half a report and a crash never leaves one.
enum OutputFile {
    /// Writes to standard output.
    /// - Throws: `.inputOutput` when it cannot be written (a full disk, a closed pipe).
    static func writeToStandardOutput(_ text: String) throws {
        do {
            try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
        } catch {
            throw SkillsError.io(path: "standard output", operation: .write, cause: error.localizedDescription)
        }
    }

    /// Writes to standard error; if even that fails there is nobody left to tell.
    static func writeToStandardError(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
    }

    /// Checks, before a command changes anything, that its result can be written to
    /// `path`: the folder exists and is writable, `path` is not a folder, and it is not a
    /// database (a report written over the database would destroy it).
    static func checkWritable(_ path: String, databasePath: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw UsageError("--output \(path) is a folder: give a file name")
        }
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw SkillsError.io(path: path, operation: .write, cause: "the folder \(folder) does not exist")
        }
        guard access(folder, W_OK) == 0 else {
            throw SkillsError.io(path: path, operation: .write, cause: "the folder \(folder) is not writable")
        }
        let database = URL(fileURLWithPath: databasePath).standardizedFileURL.path
        let target = url.standardizedFileURL.path
        if [database, database + "-wal", database + "-shm"].contains(target) || isSQLiteDatabase(target) {
            throw UsageError("--output \(path) is a database: write the result to another file")
        }
    }

    /// Whether the file at `path` starts with SQLite's header.
    private static func isSQLiteDatabase(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        return header == Data("SQLite format 3\u{0}".utf8)
    }

    /// Writes `text` to `path` through a temporary file in the same folder: write, fsync,
    /// rename over the target, fsync the folder.
    /// - Throws: `.inputOutput` with the path and the system's reason.
    static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw SkillsError.isAFolder(path: path)
        }
        let temporary = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure(path, .create) }
        var succeeded = false
        defer { if !succeeded { unlink(temporary) } }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer -> Int in
                guard let start = buffer.baseAddress else { return 0 }
                return Glibc.write(descriptor, start.advanced(by: written), bytes.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                close(descriptor)
                throw failure(path, .write)
            }
            written += result
        }
        guard fsync(descriptor) == 0 else {
            close(descriptor)
            throw failure(path, .write)
        }
        close(descriptor)
        guard rename(temporary, path) == 0 else { throw failure(path, .replace) }
        succeeded = true
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    private static func failure(_ path: String, _ operation: SkillsError.FileOperation) -> SkillsError {
        .io(path: path, operation: operation, cause: String(cString: strerror(errno)))
    }
}
