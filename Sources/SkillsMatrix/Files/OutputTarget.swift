import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where a report, an export or a backup may be written, and how: decided here once for
/// the command line's `--output`, the TUI's export and `backup`.
///
/// - Never the database or one of its companion files (`-wal`, `-shm`, `-journal`), known
///   by device and inode rather than by name, so a second name for them (a symbolic link
///   to their folder, a hard link) is caught; a companion that does not exist yet is
///   caught by its folder's device and inode and its name. Nor any other SQLite database.
/// - A terminal, `/dev/null` or a pipe (a character device or FIFO) is written in place;
///   a regular file is written through a temporary file in the same folder and renamed
///   over it, so nobody sees half a report; anything else (a folder, a socket, a block
///   device, a link to nothing) is refused and left as it is.
public struct OutputTarget: Hashable, Sendable {
    /// What is at the path now.
    public enum Kind: Hashable, Sendable {
        /// A character device or FIFO: written in place, never replaced.
        case device
        /// Nothing yet: a new file (mode 0600) is made.
        case newFile
        /// A regular file, which writing replaces (with a 0600 file).
        case existingFile
    }

    /// The path as given, for messages.
    public let path: String
    /// Where it is written: for files, the real folder (links resolved) and the name.
    public let resolvedPath: String
    public let kind: Kind

    /// Whether writing replaces a file that exists: the TUI asks first.
    public var replacesFile: Bool { kind == .existingFile }

    /// Decides whether and how `path` may be written.
    /// - Parameter databasePath: the database to protect (nil: there is none, as for
    ///   `frameworks export` of the shipped files).
    /// - Throws: `SkillsError.unwritableOutput` for the database, a folder, a socket and
    ///   the like; `SkillsError.io` when the folder does not exist or cannot be written.
    public static func check(_ path: String, protecting databasePath: String?) throws -> OutputTarget {
        let database = databasePath.map(DatabaseFiles.init)
        var status = stat()
        if stat(path, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFCHR, S_IFIFO:
                return OutputTarget(path: path, resolvedPath: path, kind: .device)
            case S_IFREG:
                guard let resolved = realPath(path) else {
                    throw SkillsError.io(path: path, operation: .write, cause: SystemFailure.reason(errno: errno))
                }
                if database?.contains(device: status.st_dev, inode: status.st_ino) == true || isInDatabaseFolder(resolved, database) {
                    throw SkillsError.unwritableOutput(path: path, reason: .database)
                }
                if isSQLiteDatabase(resolved) { throw SkillsError.unwritableOutput(path: path, reason: .anotherDatabase) }
                try checkFolderWritable(of: resolved, path: path)
                return OutputTarget(path: path, resolvedPath: resolved, kind: .existingFile)
            case S_IFDIR:
                throw SkillsError.unwritableOutput(path: path, reason: .folder)
            case S_IFSOCK:
                throw SkillsError.unwritableOutput(path: path, reason: .socket)
            case S_IFBLK:
                throw SkillsError.unwritableOutput(path: path, reason: .blockDevice)
            default:
                throw SkillsError.unwritableOutput(path: path, reason: .special)
            }
        }
        guard errno == ENOENT else { throw SkillsError.io(path: path, operation: .write, cause: SystemFailure.reason(errno: errno)) }
        var linkStatus = stat()
        if lstat(path, &linkStatus) == 0 {
            // The path is a symbolic link whose target does not exist.
            throw SkillsError.unwritableOutput(path: path, reason: .danglingLink)
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        guard let realFolder = realPath(folder), isFolder(realFolder) else {
            throw SkillsError.missingFolder(path: path, folder: folder)
        }
        let resolved = (realFolder == "/" ? "" : realFolder) + "/" + url.lastPathComponent
        if isInDatabaseFolder(resolved, database) { throw SkillsError.unwritableOutput(path: path, reason: .database) }
        try checkFolderWritable(of: resolved, path: path)
        return OutputTarget(path: path, resolvedPath: resolved, kind: .newFile)
    }

    /// The path as a person typed it, made absolute: `~/` is their home, and a relative
    /// path is taken from the current folder (so a confirmation can say where it went).
    public static func absolutePath(typed path: String, home: String?) -> String {
        if path.hasPrefix("~/"), let home { return home + path.dropFirst(1) }
        if path.hasPrefix("/") { return path }
        return URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL.path
    }

    // MARK: - Writing

    /// Streams what `body` writes to the target: in place for a device, else into a
    /// temporary file (mode 0600) in the same folder that is then fsynced and renamed
    /// over the target, and the folder fsynced. If `body` or the writing fails, the
    /// temporary file is removed and the target is as it was.
    public func write(_ body: (inout ByteOutput) throws -> Void) throws {
        if kind == .device {
            let descriptor = open(resolvedPath, O_WRONLY | O_CLOEXEC | O_NOCTTY)
            guard descriptor >= 0 else { throw failure(.write) }
            defer { close(descriptor) }
            var output = ByteOutput(descriptor: descriptor, name: path)
            try body(&output)
            try output.flush()
            return
        }
        try withTemporaryFile(keepingOpen: true) { temporary, descriptor in
            var output = ByteOutput(descriptor: descriptor, name: path)
            try body(&output)
            try output.flush()
            guard fsync(descriptor) == 0 else { throw failure(.write) }
            guard rename(temporary, resolvedPath) == 0 else { throw failure(.replace) }
        }
    }

    /// Makes a new file at the target that nobody sees until it is complete: `body`
    /// fills a temporary file in the same folder (given by its path, and closed), then
    /// it is linked under the target's name, which must still be free. A process killed
    /// halfway leaves nothing under that name.
    /// - Throws: `SkillsError.alreadyExists` when the target exists (now or by the end),
    ///   `unwritableOutput` for a device.
    public func create(_ body: (String) throws -> Void) throws {
        switch kind {
        case .existingFile: throw SkillsError.alreadyExists(path: path)
        case .device: throw SkillsError.unwritableOutput(path: path, reason: .notAFile)
        case .newFile: break
        }
        try withTemporaryFile(keepingOpen: false) { temporary, _ in
            try body(temporary)
            guard link(temporary, resolvedPath) == 0 else {
                if errno == EEXIST { throw SkillsError.alreadyExists(path: path) }
                throw failure(.create)
            }
        }
    }

    /// A temporary file (mode 0600) beside the target, removed again unless `body`
    /// moved it into place; the folder is fsynced after a success.
    /// - Parameter keepingOpen: hand `body` the open descriptor (closed afterwards);
    ///   otherwise it is closed first (SQLite must be the only one holding the file open,
    ///   or closing ours would drop its locks), and `body` gets -1.
    private func withTemporaryFile(keepingOpen: Bool, _ body: (String, Int32) throws -> Void) throws {
        let url = URL(fileURLWithPath: resolvedPath)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())"
        var descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure(.create) }
        defer {
            if descriptor >= 0 { close(descriptor) }
            // Gone already when it was moved into place; otherwise it must not stay behind.
            unlink(temporary)
        }
        if !keepingOpen {
            close(descriptor)
            descriptor = -1
        }
        try body(temporary, descriptor)
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    private func failure(_ operation: SkillsError.FileOperation) -> SkillsError {
        .io(path: path, operation: operation, cause: SystemFailure.reason(errno: errno))
    }

    // MARK: - Checks

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// Whether `resolved` (a real folder and a name) names the database or a companion
    /// of it, existing or not.
    private static func isInDatabaseFolder(_ resolved: String, _ database: DatabaseFiles?) -> Bool {
        guard let database, let folder = database.folder else { return false }
        let url = URL(fileURLWithPath: resolved)
        var status = stat()
        guard stat(url.deletingLastPathComponent().path, &status) == 0 else { return false }
        return status.st_dev == folder.device && status.st_ino == folder.inode && database.names.contains(url.lastPathComponent)
    }

    private static func checkFolderWritable(of resolved: String, path: String) throws {
        let folder = URL(fileURLWithPath: resolved).deletingLastPathComponent().path
        guard access(folder, W_OK) == 0 else {
            throw SkillsError.io(path: path, operation: .create, cause: "the folder \(folder) is not writable")
        }
    }

    /// Whether the file at `path` starts with SQLite's header.
    private static func isSQLiteDatabase(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        return header == Data("SQLite format 3\u{0}".utf8)
    }
}
