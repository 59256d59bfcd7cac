import Foundation

/// One effect running on a worker thread while the input loop stays responsive: its
/// result, its latest progress, and a way to wait for it with a limit.
final class BackgroundJob: @unchecked Sendable {
    let effect: Effect
    let started: ContinuousClock.Instant
    private let finished = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var events: [Event]?
    private var latestProgress: String?

    /// Starts `effect` on a new thread. The performer is not touched by anyone else until
    /// the job has finished (`wait` returned its events).
    init(_ effect: Effect, performer: any EffectPerformer) {
        self.effect = effect
        self.started = ContinuousClock.now
        let thread = Thread { [self] in
            let result = performer.perform(effect) { [self] words in
                lock.lock()
                latestProgress = words
                lock.unlock()
            }
            lock.lock()
            events = result
            lock.unlock()
            finished.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The events, once the effect has finished: waits at most `milliseconds`.
    func wait(milliseconds: Int) -> [Event]? {
        guard finished.wait(timeout: .now() + .milliseconds(max(0, milliseconds))) == .success else { return nil }
        finished.signal()
        lock.lock()
        defer { lock.unlock() }
        return events
    }

    var progress: String? {
        lock.lock()
        defer { lock.unlock() }
        return latestProgress
    }

    var elapsedMilliseconds: Int {
        let elapsed = ContinuousClock.now - started
        return Int(elapsed.components.seconds * 1_000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
    }
}
