import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads the files a person names: on the command line, or in a folder of frameworks or
/// seed data. The one place that turns a path into bytes, so every such file fails the
/// same way, in words that say what really happened.
///
/// A regular file is read whole. Anything else that reads as a stream (a pipe, as in
/// `staff import <(...)`, or a device such as /dev/null, which reads as empty) is read to
/// its end, up to `maximumStreamLength`: /dev/zero never ends.
public enum InputFile {
    /// The most read from something that is not a regular file: far more than any staff
    /// or framework file.
    public static let maximumStreamLength = 64 << 20

    /// The bytes of `path`.
    /// - Throws: `SkillsError.isAFolder`; `.io` with the system's reason (no such file,
    ///   permission denied, ...); `.endlessInput` for a stream longer than
    ///   `maximumStreamLength`.
    public static func read(_ path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path) }
        defer { close(descriptor) }
        return try read(descriptor, name: path)
    }

    /// The name messages use for standard input.
    public static let standardInputName = "standard input"

    /// Everything on standard input (`-` on the command line, as in
    /// `ssh HOST frameworks import - < pm.csv`), read as any stream is.
    public static func readStandardInput() throws -> [UInt8] {
        try read(STDIN_FILENO, name: standardInputName)
    }

    private static func read(_ descriptor: Int32, name path: String) throws -> [UInt8] {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw failure(path) }
        if status.st_mode & S_IFMT == S_IFDIR { throw SkillsError.isAFolder(path: path) }
        let isRegularFile = status.st_mode & S_IFMT == S_IFREG
        var bytes: [UInt8] = []
        if isRegularFile { bytes.reserveCapacity(Int(status.st_size)) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw failure(path) }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk.prefix(count))
            if !isRegularFile, bytes.count > maximumStreamLength {
                throw SkillsError.endlessInput(path: path, limit: maximumStreamLength)
            }
        }
    }

    private static func failure(_ path: String) -> SkillsError {
        .io(path: path, operation: .read, cause: SystemFailure.reason(errno: errno))
    }
}
