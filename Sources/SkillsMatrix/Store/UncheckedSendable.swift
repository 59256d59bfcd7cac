/// A value handed to another thread that the compiler cannot prove safe to share; each
/// use says why it is (see `forEachActivePersonConcurrently`).
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
}
