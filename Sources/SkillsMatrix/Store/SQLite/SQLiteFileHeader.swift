import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The first 100 bytes of an SQLite database file, read as plain bytes before SQLite
/// runs anything on it: whether it is SQLite at all, whose it says it is, and how long it
/// should be.
///
/// Read this way because using a file with SQLite can already change it (a hot journal
/// beside it is copied in, a write-ahead log is folded in on close): a file that is not
/// ours, or not whole, is refused before that. Layout: https://sqlite.org/fileformat.html
struct SQLiteFileHeader: Hashable {
    static let length = 100
    static let magic = Array("SQLite format 3\u{0}".utf8)

    /// Bytes per page.
    let pageSize: Int
    /// Whether the file is in write-ahead-log mode (read and write versions 2).
    let usesWriteAheadLog: Bool
    /// The database's size in pages, when the header's count is valid (SQLite 3.7.0 and
    /// later keep it valid); nil when only the file size tells.
    let pageCount: Int?
    /// `PRAGMA user_version`: our schema version.
    let userVersion: Int
    /// `PRAGMA application_id`: which program's file this is (0: not said).
    let applicationID: Int32

    /// What a file's first bytes are.
    enum Reading: Hashable {
        /// Not a regular file (a folder, a device, a pipe): never opened as a database.
        case notAFile
        case empty
        /// Some bytes, but not an SQLite header.
        case notSQLite
        /// SQLite's magic, cut off before the header ends.
        case truncatedHeader(length: Int)
        case header(SQLiteFileHeader, fileSize: Int)
    }

    /// What the file at `path` is, from its first bytes, read through `connection` (a
    /// connection to it on which nothing has run yet; see `SQLiteConnection.readFileStart`).
    /// A path that is not a regular file is `.notAFile` and is never opened.
    static func read(_ path: String, through connection: () throws -> SQLiteConnection) throws -> (Reading, SQLiteConnection?) {
        var status = stat()
        guard stat(path, &status) == 0 else { throw SkillsError.unreadableDatabase(path: path, cause: SystemFailure.reason(errno: errno)) }
        guard status.st_mode & S_IFMT == S_IFREG else { return (.notAFile, nil) }
        let opened = try connection()
        let start = try opened.readFileStart(length: length)
        return (reading(start.bytes, fileSize: start.fileSize), opened)
    }

    /// What `bytes` (the start of a file of `fileSize` bytes) are.
    static func reading(_ bytes: [UInt8], fileSize: Int) -> Reading {
        if bytes.isEmpty { return .empty }
        guard bytes.starts(with: magic.prefix(min(bytes.count, magic.count))) else { return .notSQLite }
        guard bytes.count >= length else { return .truncatedHeader(length: bytes.count) }
        func integer(at offset: Int, size: Int) -> UInt32 {
            bytes[offset..<(offset + size)].reduce(0) { $0 << 8 | UInt32($1) }
        }
        let storedPageSize = Int(integer(at: 16, size: 2))
        let changeCounter = integer(at: 24, size: 4)
        let pages = Int(integer(at: 28, size: 4))
        // The page count is valid only if it was written by the same change as the counter.
        let pageCountIsValid = pages > 0 && integer(at: 92, size: 4) == changeCounter
        return .header(
            SQLiteFileHeader(
                pageSize: storedPageSize == 1 ? 65_536 : storedPageSize,
                usesWriteAheadLog: bytes[18] == 2 && bytes[19] == 2,
                pageCount: pageCountIsValid ? pages : nil,
                userVersion: Int(Int32(bitPattern: integer(at: 60, size: 4))),
                applicationID: Int32(bitPattern: integer(at: 68, size: 4))),
            fileSize: fileSize)
    }

    /// The number of bytes the database says it holds, when it says so.
    var expectedFileSize: Int? { pageCount.map { $0 * pageSize } }
}
