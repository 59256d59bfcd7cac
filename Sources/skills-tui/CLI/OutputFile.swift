import Foundation
import SkillsMatrix
#if canImport(Glibc)
import Glibc
#endif

/// Writes results: to standard output, or to a file that is created with mode 0600 and
/// replaced atomically, so a reader never sees half a report and a crash never leaves one.
enum OutputFile {
    static func writeToStandardOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func writeToStandardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Writes `text` to `path` through a temporary file in the same folder: write, fsync,
    /// rename over the target, fsync the folder.
    /// - Throws: `.inputOutput` with the path and the system's reason.
    static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw InvalidRequest("\(path) is a folder: give a file name for --output", kind: .inputOutput)
        }
        let temporary = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure("cannot write \(path)") }
        var succeeded = false
        defer { if !succeeded { unlink(temporary) } }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress!.advanced(by: written), bytes.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                close(descriptor)
                throw failure("cannot write \(path)")
            }
            written += result
        }
        guard fsync(descriptor) == 0 else {
            close(descriptor)
            throw failure("cannot write \(path)")
        }
        close(descriptor)
        guard rename(temporary, path) == 0 else { throw failure("cannot replace \(path)") }
        succeeded = true
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    private static func failure(_ message: String) -> InvalidRequest {
        InvalidRequest("\(message): \(String(cString: strerror(errno)))", kind: .inputOutput)
    }
}
