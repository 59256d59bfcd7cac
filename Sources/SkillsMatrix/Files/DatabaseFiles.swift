import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The database's files as the file system knows them: its folder's and each existing
/// file's device and inode, and the names it and its companions have or will have.
struct DatabaseFiles {
    struct Identity: Hashable {
        var device: UInt
        var inode: UInt
    }

    static let companionSuffixes = ["", "-wal", "-shm", "-journal"]

    let folder: Identity?
    let names: Set<String>
    let files: Set<Identity>

    init(_ databasePath: String) {
        let url = URL(fileURLWithPath: databasePath)
        var status = stat()
        // The database itself may be a link: its companions sit beside the file it names.
        var real = url
        if let resolved = realpath(databasePath, nil) {
            real = URL(fileURLWithPath: String(cString: resolved))
            free(resolved)
        }
        let folderPath = real.deletingLastPathComponent().path
        folder = stat(folderPath, &status) == 0 ? Identity(device: UInt(status.st_dev), inode: UInt(status.st_ino)) : nil
        names = Set(Self.companionSuffixes.map { real.lastPathComponent + $0 })
        var files: Set<Identity> = []
        for suffix in Self.companionSuffixes where stat(real.path + suffix, &status) == 0 {
            files.insert(Identity(device: UInt(status.st_dev), inode: UInt(status.st_ino)))
        }
        self.files = files
    }

    func contains(device: UInt, inode: UInt) -> Bool {
        files.contains(Identity(device: device, inode: inode))
    }
}
