import CPostgreSQL
import Foundation

/// Stops the statement a PostgreSQL connection is running, from another thread: libpq's
/// `PQcancel`, made for that, asks the server over a connection of its own to cancel
/// the running statement, which then fails with SQLSTATE 57014 (`SkillsError.interrupted`)
/// and its transaction rolls back. The counterpart of `SQLiteInterrupter`.
///
/// The cancel key belongs to one server session, so the connection renews it after
/// reconnecting; a lock keeps a cancel and a renewal from crossing.
final class PostgresCanceller: DatabaseInterrupter, @unchecked Sendable {
    private let lock = NSLock()
    private var cancel: OpaquePointer?
    /// Set by `interrupt` while the connection waits for a server that went away, which
    /// has no statement to cancel: the wait looks at it between pauses.
    private var isWaiting = false
    private var stopsWaiting = false

    init(handle: OpaquePointer) {
        cancel = PQgetCancel(handle)
    }

    deinit { PQfreeCancel(cancel) }

    /// Takes the key of the session `handle` has now (after a reconnect).
    func renew(handle: OpaquePointer) {
        lock.withLock {
            PQfreeCancel(cancel)
            cancel = PQgetCancel(handle)
        }
    }

    /// Marks the start or the end of a wait for the server (`PostgresConnection.reconnectIfLost`).
    func waiting(_ waiting: Bool) {
        lock.withLock {
            isWaiting = waiting
            stopsWaiting = false
        }
    }

    /// Whether `interrupt` was called since the wait began.
    var waitIsStopped: Bool { lock.withLock { stopsWaiting } }

    func interrupt() {
        lock.withLock {
            if isWaiting { stopsWaiting = true }
            guard let cancel else { return }
            var message = [CChar](repeating: 0, count: 256)
            // If the server cannot be reached the statement runs to its end, as if the
            // interrupt had come too late: nothing better can be done from this thread.
            _ = PQcancel(cancel, &message, Int32(message.count))
        }
    }
}
