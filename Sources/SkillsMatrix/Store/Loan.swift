import Foundation

/// A reference lent to another thread that the borrower gives back by taking it: once
/// `take()` has run, the loan holds nothing, so what the borrower's closure captured no
/// longer keeps the value alive after the borrower lets go of it.
///
/// Why: a `Thread`'s closure and its captures live until the thread object is freed, at
/// some moment after the closure has returned. A store captured directly would close its
/// connection then, on that thread, after its caller had moved on (and a reading of a
/// write-ahead-log database would leave `-wal` and `-shm` beside it for a while).
final class Loan<Value: AnyObject>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?

    init(_ value: Value) { self.value = value }

    /// The lent value, once; nil after that.
    func take() -> Value? {
        lock.lock()
        defer { lock.unlock() }
        let taken = value
        value = nil
        return taken
    }
}
