import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The files a database is made of, and the checks that keep the program from adopting,
/// changing or replaying files that are not ours.
extension SkillsStore {
    /// What SQLite keeps beside a database file `X`: `X-wal` (the write-ahead log),
    /// `X-shm` (its index) and `X-journal` (a rollback journal). Opening `X` applies what a
    /// `-wal` or hot `-journal` holds to `X`, so one left from another database would be
    /// copied into ours.
    static let companionSuffixes = ["-wal", "-shm", "-journal"]

    /// The companion files that exist beside `path` (dangling links included).
    static func existingCompanions(of path: String) -> [String] {
        companionSuffixes.map { path + $0 }.filter { companion in
            var status = stat()
            return lstat(companion, &status) == 0
        }
    }

    /// Removes a database and its companions: only ever a database of ours (one being
    /// made, or the demo being replaced).
    static func removeDatabaseFiles(at path: String) {
        for file in [path] + companionSuffixes.map({ path + $0 }) { try? FileManager.default.removeItem(atPath: file) }
    }

    /// Refuses to create a database at `path` while companions of an earlier one are
    /// there: SQLite would replay them into the new file. They are left alone, not
    /// removed: a `-wal` whose database was moved away may hold its last changes.
    static func refuseLeftoverCompanions(at path: String) throws {
        if let companion = existingCompanions(of: path).first {
            throw SkillsError.leftoverCompanion(database: path, companion: companion)
        }
    }

    /// Looks at an existing file before SQLite runs anything on it, and refuses it untouched when it
    /// cannot be one of our databases or is not whole: not a regular file, empty, not
    /// SQLite, marked as another program's, never given a schema, shorter than its header
    /// says (a partial copy), or with a rollback journal beside a database that keeps a
    /// write-ahead log (opening would copy that stranger's journal in).
    ///
    /// When a non-empty `-wal` is beside the file, the header may be older than the
    /// database (changes not yet folded back), so only what no log can change is judged
    /// here and the rest is left to `Schema.checkOwnership` through SQLite.
    /// - Parameter open: opens the connection the file is read through (see
    ///   `SQLiteConnection.readFileStart`); not called for a path that is not a regular file.
    /// - Returns: that connection, once the file has passed.
    static func vetExistingFile(at path: String, opening open: () throws -> SQLiteConnection) throws -> SQLiteConnection {
        let header: SQLiteFileHeader
        let fileSize: Int
        let (reading, opened) = try SQLiteFileHeader.read(path, through: open)
        guard let connection = opened else { throw SkillsError.notADatabase(path: path) }
        switch reading {
        case .notAFile, .empty, .notSQLite:
            throw SkillsError.notADatabase(path: path)
        case .truncatedHeader(let length):
            throw SkillsError.damagedDatabase(path: path, detail: "the file ends after \(length) bytes, inside its header: a partial copy?")
        case .header(let read, let size):
            (header, fileSize) = (read, size)
        }
        if header.applicationID != 0, header.applicationID != Schema.applicationID {
            throw SkillsError.notADatabase(path: path)
        }
        if header.usesWriteAheadLog, sizeOfFile(at: path + "-journal") > 0 {
            throw SkillsError.foreignJournal(database: path, journal: path + "-journal")
        }
        guard sizeOfFile(at: path + "-wal") == 0 else { return connection }
        if header.userVersion == 0 { throw SkillsError.notADatabase(path: path) }
        guard var expected = header.expectedFileSize, fileSize < expected else { return connection }
        // Another process folding its log back (a checkpoint, as its last connection
        // closes) writes the header's new page count first and grows the file after, then
        // removes the log: caught between, a whole database looks short. A partial copy
        // stays short; a checkpoint is over within milliseconds. So look again.
        var size = fileSize
        for _ in 0..<Self.shortFileLooks {
            usleep(20_000)
            guard sizeOfFile(at: path + "-wal") == 0 else { return connection }
            let start = try connection.readFileStart(length: SQLiteFileHeader.length)
            guard case .header(let again, let againSize) = SQLiteFileHeader.reading(start.bytes, fileSize: start.fileSize),
                let againExpected = again.expectedFileSize, againSize < againExpected
            else { return connection }
            (expected, size) = (againExpected, againSize)
        }
        throw SkillsError.damagedDatabase(path: path, detail: "the file has \(size) bytes where its header counts \(expected): a partial copy?")
    }

    /// How many more times a file shorter than its header says is looked at, 20 ms apart,
    /// before it is called damaged.
    static let shortFileLooks = 5

    /// The size of the file at `path`; 0 when there is none.
    private static func sizeOfFile(at path: String) -> Int {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : 0
    }

    /// Whether the file system holding `path` is mounted read-only: then nothing can change
    /// the database, and it may be read without the lock files SQLite cannot create there.
    static func isOnReadOnlyFileSystem(_ path: String) -> Bool {
        var info = statvfs()
        return statvfs(path, &info) == 0 && info.f_flag & UInt(ST_RDONLY) != 0
    }
}
