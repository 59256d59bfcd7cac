import CSQLite

/// Stops the statement a connection is running, from another thread: `sqlite3_interrupt`
/// is the one SQLite call made for that. The running statement then fails with
/// SQLITE_INTERRUPT (`SkillsError.interrupted`), and its transaction rolls back.
///
/// Only valid while its connection is open: whoever holds one must stop using it before
/// the connection closes (`Workspace.interrupter` documents how the TUI does).
final class SQLiteInterrupter: DatabaseInterrupter, @unchecked Sendable {
    private let handle: OpaquePointer

    init(handle: OpaquePointer) {
        self.handle = handle
    }

    func interrupt() { sqlite3_interrupt(handle) }
}
