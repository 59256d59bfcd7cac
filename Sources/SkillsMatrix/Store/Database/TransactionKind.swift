/// What a transaction does, which decides how each backend isolates it.
///
/// SQLite has one writer at a time: every write takes the write lock up front
/// (`BEGIN IMMEDIATE`). PostgreSQL runs writers side by side, so each kind gets the
/// weakest isolation that keeps it correct, and is retried whole on a serialization
/// failure (SQLSTATE 40001) or deadlock (40P01), and on a connection lost before COMMIT
/// was sent (nothing was written then); never after COMMIT was sent, where the outcome
/// is unknown and a retry could record a change twice.
enum TransactionKind: Sendable {
    /// Reads that must agree with each other (a report): one snapshot, no writes.
    case read
    /// Appends that read nothing they depend on (a rating, its audit row, the
    /// walk-through's place): READ COMMITTED on PostgreSQL; the current-rating upsert
    /// locks its row, so two raters of one competency both land, in order.
    case append
    /// Writes worked out from what they read (an import, a framework upgrade, init):
    /// SERIALIZABLE on PostgreSQL, as if each ran alone.
    case serializable
}
