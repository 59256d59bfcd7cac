import Foundation
import SkillsMatrix
#if canImport(Glibc)
import Glibc
#endif

/// The service account's `authorized_keys` as `skills-tui access` reads and writes it:
/// one change at a time (a lock on a separate file, since the file itself is replaced),
/// written whole to a temporary file of mode 0600 and renamed over the old one, in a
/// folder of mode 0700, as sshd's StrictModes wants.
enum AuthorizedKeysFile {
    /// Runs `body` holding the lock for the keys file at `path`, creating its folder if needed.
    static func withLock<T>(_ path: String, _ body: () throws -> T) throws -> T {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw SkillsError.io(path: folder, operation: .createFolder, cause: "\(error.localizedDescription)")
            }
        }
        let lockPath = folder + "/." + URL(fileURLWithPath: path).lastPathComponent + ".skills-tui.lock"
        let descriptor = open(lockPath, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw SkillsError.io(path: lockPath, operation: .create, cause: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            if errno != EINTR { throw SkillsError.io(path: lockPath, operation: .write, cause: String(cString: strerror(errno))) }
        }
        return try body()
    }

    /// The keys file at `path` (empty when there is none yet).
    static func read(_ path: String) throws -> AuthorizedKeys {
        guard FileManager.default.fileExists(atPath: path) else { return try AuthorizedKeys(parsing: "", path: path) }
        return try AuthorizedKeys(parsing: String(decoding: try InputFile.read(path), as: UTF8.self), path: path)
    }

    /// Replaces the file at `path` with `keys`, each key line running `forcedCommand(login)`.
    static func write(_ keys: AuthorizedKeys, to path: String, forcedCommand: (String) -> String) throws {
        let text = keys.rendered(forcedCommand: forcedCommand)
        try OutputTarget.check(path, protecting: nil).write { $0.write(text) }
    }
}
