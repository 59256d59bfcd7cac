/// Runs the TUI: reads input, reduces, performs effects, renders, and draws only what
/// changed. Returns when the reducer asks to quit or the terminal is told to stop.
///
/// Effects that may take long (`EffectPace.loading`) run on a worker: the screen shows
/// "Loading…" within `indicatorDelay`, Esc stops the work, Ctrl-C quits, and every other
/// key typed meanwhile is dropped, so nothing acts on a screen the person has not seen.
/// `quiet` effects (counts that come after the first frame) run on the worker while keys
/// go on working, and are stopped and run again later when a key needs the database.
/// `immediate` effects (a save, a small screen) run on the worker too, but the loop waits
/// for them: only one kept waiting by the database shows the indicator, and then Esc or
/// Ctrl-C stops it, while other keys are kept and acted on, in order, once it is done.
@MainActor
public final class EventLoop {
    public let runtime: TUIRuntime?
    let performer: any EffectPerformer
    public let terminal: any TerminalDevice

    /// How long a load runs before the indicator shows.
    static let indicatorDelay = 80
    /// How often the indicator's clock moves, and keys are looked at, during a load.
    static let pollInterval = 50
    /// How long an `immediate` effect is waited for before keys are read again: far more
    /// than a save takes, unless the database keeps it waiting.
    static let immediateWait = 250

    private var state: AppState
    private var pending: [Effect] = []
    private var job: BackgroundJob?
    private var isCancelling = false
    /// Quiet effects stopped to make way for a key's work, to run again when idle.
    private var interruptedQuiet: [Effect] = []
    /// Keys typed while an `immediate` effect waited for the database: acted on, in
    /// order, once it has finished (dropped if it failed or was stopped).
    private var typedAhead: [TerminalInput] = []
    private var previous: CellBuffer?

    public init(runtime: TUIRuntime, terminal: any TerminalDevice) {
        self.runtime = runtime
        self.performer = runtime
        self.terminal = terminal
        self.state = AppState(
            catalog: runtime.catalog, now: runtime.workspace.now, size: terminal.size, isDemo: runtime.workspace.isDemo, language: runtime.language)
    }

    /// A loop over any performer, starting from `state` (for tests of the loop itself).
    init(performer: any EffectPerformer, terminal: any TerminalDevice, state: AppState) {
        self.runtime = nil
        self.performer = performer
        self.terminal = terminal
        self.state = state
    }

    /// Runs until quit; returns the final state (for tests).
    @discardableResult
    public func run(withRolePicker: Bool) -> AppState {
        guard let runtime else { return state }
        let (first, events) = runtime.start(size: terminal.size, withRolePicker: withRolePicker)
        state = first
        return run(events)
    }

    /// Runs until quit from the current state, first reducing `events`.
    func run(_ events: [Event]) -> AppState {
        if reduce(events) { return state }
        while true {
            // Every effect a key asked for runs before the frame that shows its outcome.
            if job == nil, let effect = nextEffect() {
                if start(effect) { return state }
                continue
            }
            draw()
            if let job {
                if step(job) { return state }
                continue
            }
            let input = typedAhead.isEmpty ? terminal.nextInput(waitingAtMost: 250) : typedAhead.removeFirst()
            guard let input else { continue }
            if handle(input) { return state }
        }
    }

    // MARK: - Effects

    /// The next effect to run: those the reducer asked for, then quiet work put off.
    private func nextEffect() -> Effect? {
        if !pending.isEmpty { return pending.removeFirst() }
        if !interruptedQuiet.isEmpty { return interruptedQuiet.removeFirst() }
        return nil
    }

    /// Reduces `events` and queues their effects. Returns true on quit.
    private func reduce(_ events: [Event]) -> Bool {
        for event in events {
            for effect in Reducer.reduce(&state, event) {
                if effect == .quit { return true }
                pending.append(effect)
            }
        }
        return false
    }

    /// Runs `effect` now or starts it on the worker. Returns true on quit.
    private func start(_ effect: Effect) -> Bool {
        switch effect {
        case .quit:
            return true
        case .suspend:
            terminal.suspend()
            previous = nil
            return reduce([.resize(terminal.size)])
        default:
            break
        }
        switch effect.pace {
        case .immediate:
            // "Saving…" first, so a wait for the database (another writer holding the lock)
            // shows as a wait and not as a frozen screen.
            if case .load = effect {} else if case .recordProgress = effect {} else {
                var shown = state
                shown.flash = Flash(effect.progressMessage(state.language) + "…")
                draw(shown)
            }
            // On the worker, waited for here: keys stay unread, so they act on its outcome.
            // Kept waiting by the database (a server restarting, another writer's lock), it
            // is stepped like a load, and Esc or Ctrl-C can stop it.
            let running = BackgroundJob(effect, performer: performer)
            if let events = running.wait(milliseconds: Self.immediateWait) { return reduce(events) }
            isCancelling = false
            job = running
            return false
        case .loading, .quiet:
            isCancelling = false
            job = BackgroundJob(effect, performer: performer)
            return false
        }
    }

    /// One turn while a job runs. Returns true on quit.
    private func step(_ running: BackgroundJob) -> Bool {
        let pace = running.effect.pace
        let wait = running.elapsedMilliseconds < Self.indicatorDelay ? Self.indicatorDelay - running.elapsedMilliseconds : Self.pollInterval
        if let events = running.wait(milliseconds: pace == .quiet ? 0 : wait) { return finish(running, events) }
        if pace == .quiet {
            guard let input = terminal.nextInput(waitingAtMost: Self.pollInterval) else { return false }
            return handle(input)
        }
        state.busy = BusyIndicator(message: running.effect.progressMessage(state.language), elapsedMilliseconds: running.elapsedMilliseconds, progress: running.progress)
        state.busy?.isCancelling = isCancelling
        while let input = terminal.nextInput(waitingAtMost: 0) {
            switch input {
            case .terminate:
                performer.interrupt()
                return true
            case .resize(let size):
                previous = nil
                _ = reduce([.resize(size)])
            case .key(.escape):
                isCancelling = true
                performer.interrupt()
            case .key(.control("c")):
                // Stop the work, then Ctrl-C as anywhere else (it asks first if notes would be lost).
                isCancelling = true
                performer.interrupt()
                let outcome = running.wait(milliseconds: 5_000)
                job = nil
                state.busy = nil
                typedAhead.removeAll()
                // A save shows what it came to (saved after all, or nothing changed) first.
                if pace == .immediate, let outcome, reduce(outcome) { return true }
                return reduce([.key(.control("c"))])
            case .key where pace == .immediate:
                typedAhead.append(input)
            case .key:
                // Meant for a screen not shown yet: dropped.
                break
            }
        }
        return false
    }

    /// Takes in a finished job's events. Returns true on quit.
    private func finish(_ finished: BackgroundJob, _ events: [Event]) -> Bool {
        job = nil
        state.busy = nil
        if finished.effect.pace == .loading { terminal.discardPendingInput() }
        let failed = events.contains { if case .outcome(.failed) = $0 { true } else { false } }
        if isCancelling || failed { typedAhead.removeAll() }
        if isCancelling {
            isCancelling = false
            // A save is shown as it came out: it may have been written before Esc reached it.
            if finished.effect.pace == .immediate { return reduce(events) }
            // What a load came to is dropped, even had it finished: the person asked it to stop.
            return reduce([.outcome(.cancelled)])
        }
        return reduce(events)
    }

    /// Reduces one input. A key that needs the database while quiet work runs stops that
    /// work first (it runs again afterwards). Returns true on quit.
    private func handle(_ input: TerminalInput) -> Bool {
        switch input {
        case .terminate:
            if let job, job.effect.pace == .quiet { performer.interrupt() }
            return true
        case .resize(let size):
            previous = nil
            return reduce([.resize(size)])
        case .key(let key):
            let quit = reduce([.key(key)])
            if let running = job, running.effect.pace == .quiet, !pending.isEmpty || quit {
                performer.interrupt()
                _ = running.wait(milliseconds: 5_000)
                job = nil
                if !quit { interruptedQuiet.append(running.effect) }
            }
            return quit
        }
    }

    private func draw(_ shown: AppState? = nil) {
        let frame = Renderer.render(shown ?? state)
        terminal.draw(frame, previous: previous)
        previous = frame
    }

    // MARK: - For tests

    /// Reduces `events` and performs every effect they lead to at once, on this thread:
    /// the reducer and runtime without the worker (tests drive key sequences with it).
    /// Returns true on quit.
    public static func dispatch(_ events: [Event], into state: inout AppState, performer: any EffectPerformer) -> Bool {
        var queue = events
        while !queue.isEmpty {
            let event = queue.removeFirst()
            for effect in Reducer.reduce(&state, event) {
                if effect == .quit { return true }
                queue += performer.perform(effect, progress: { _ in })
            }
        }
        return false
    }
}
