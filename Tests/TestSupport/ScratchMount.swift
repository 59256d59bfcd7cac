import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small tmpfs of its own, for tests of what really happens on a full disk or a
/// read-only file system (root bypasses file permissions, so `chmod` proves nothing).
/// Needs root and `mount`; tests that use it are enabled only `if: ScratchMount.isAvailable`,
/// so elsewhere they show as skipped rather than passing.
public final class ScratchMount {
    public let folder: URL

    /// Whether this machine lets the tests mount a tmpfs (tried once).
    public static let isAvailable: Bool = {
        guard geteuid() == 0, let mount = try? ScratchMount(kilobytes: 64) else { return false }
        mount.unmount()
        return true
    }()

    /// Mounts a tmpfs of `kilobytes` on a new temporary folder.
    public init(kilobytes: Int) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("skills-mount-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        do {
            try Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k,mode=0755", "tmpfs", folder.path])
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
    }

    /// Makes the file system read-only, as a CD or a read-only network share is.
    public func remountReadOnly() throws {
        try Self.run("/bin/mount", ["-o", "remount,ro", folder.path])
    }

    /// Fills what space is left with a file, so the next write fails with ENOSPC.
    public func fill() {
        let descriptor = open(folder.appendingPathComponent("filler").path, O_CREAT | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        let block = [UInt8](repeating: 0, count: 4_096)
        while block.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) > 0 {}
    }

    /// Unmounts and removes the folder; call it in a `defer`.
    public func unmount() {
        try? Self.run("/bin/umount", [folder.path])
        try? FileManager.default.removeItem(at: folder)
    }

    struct CommandFailed: Error, CustomStringConvertible {
        var description: String
    }

    private static func run(_ executable: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandFailed(description: "\(executable) \(arguments.joined(separator: " ")) exited \(process.terminationStatus)")
        }
    }
}
