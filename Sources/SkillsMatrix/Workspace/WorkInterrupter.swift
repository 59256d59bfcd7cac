/// Stops what a workspace is reading or writing, from another thread: the TUI runs long
/// loads on a worker and stops them when the person presses Esc. The interrupted call
/// throws `SkillsError.interrupted`, and anything it was writing is rolled back.
///
/// Valid while its workspace is open: a front end keeps the workspace alive as long as
/// it may call `interrupt` (the TUI's runtime hands out the current one under a lock).
public struct WorkInterrupter: Sendable {
    let connection: any DatabaseInterrupter

    public func interrupt() { connection.interrupt() }
}

extension Workspace {
    public var interrupter: WorkInterrupter { WorkInterrupter(connection: store.connection.interrupter) }
}
