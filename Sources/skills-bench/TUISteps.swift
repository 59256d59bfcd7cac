import Foundation
import SkillsMatrix
import SkillsTUI

/// The TUI's budgets on a large organisation: the first frame of the top lead's home, the
/// whole organisation's validation queue, HR's training-needs screen, and an export that
/// never holds up the screen. Each goes through the runtime and reducer as a key would,
/// and ends with the frame drawn.
enum TUISteps {
    static let size = ScreenSize(width: 200, height: 60)

    /// The lead of the top team: they lead every team of the organisation.
    static func topLead(_ context: BenchmarkContext) throws -> String {
        let tree = try context.workspace.teamTree()
        guard let login = tree.teams.first(where: { $0.parentID == nil })?.leadLogins.first else {
            throw BenchmarkError.failed("the organisation has no lead of its top team")
        }
        return login
    }

    /// A runtime acting as `login` (the benchmark's admin reading as them).
    static func runtime(_ context: BenchmarkContext, actingAs login: String?) throws -> TUIRuntime {
        let path = context.databasePath
        let admin = context.login
        let open: (String?) throws -> Workspace = { try Workspace.open(databaseAt: path, login: admin, actingAs: $0 ?? login) }
        return TUIRuntime(workspace: try open(login), reopen: open)
    }

    /// Reduces `events`, performing what they ask at once except quiet work (the counts
    /// that come after the first frame), then draws the frame.
    static func settle(_ events: [Event], _ state: inout AppState, _ runtime: TUIRuntime) -> CellBuffer {
        var queue = events
        while !queue.isEmpty {
            for effect in Reducer.reduce(&state, queue.removeFirst()) where effect.pace != .quiet {
                queue += runtime.perform(effect)
            }
        }
        return Renderer.render(state)
    }

    static let homeFirstFrame = BenchmarkStep(
        id: "tui-home-top-lead", title: "TUI: top lead's Home, open to first frame",
        budget: Budget(staff: 100_000, milliseconds: 300, text: "< 300 ms"),
        prepare: { context in
            let lead = try topLead(context)
            return {
                let runtime = try runtime(context, actingAs: lead)
                var (state, events) = runtime.start(size: size, withRolePicker: false)
                let frame = settle(events, &state, runtime)
                return "\(lead), \(state.session?.ledTeams.count ?? 0) teams led, \(frame.height) rows drawn"
            }
        })

    static let homeCount = BenchmarkStep(
        id: "tui-home-count", title: "TUI: its validation count, after that frame",
        budget: nil,
        prepare: { context in
            let lead = try Workspace.open(databaseAt: context.databasePath, login: context.login, actingAs: try topLead(context))
            return {
                let count = try lead.validationCount()
                return "\(count.waiting) waiting, \(count.disputed) disputed"
            }
        })

    /// A runtime acting as `login` (nil: the benchmark's admin) and its home screen, drawn.
    static func home(_ context: BenchmarkContext, actingAs login: String?) throws -> (TUIRuntime, AppState) {
        let runtime = try runtime(context, actingAs: login)
        var (state, events) = runtime.start(size: size, withRolePicker: false)
        _ = settle(events, &state, runtime)
        return (runtime, state)
    }

    /// From home, a screen's load and the screen it opens, to its first frame drawn.
    static func opening(
        id: String, title: String, actingAs lead: @escaping @Sendable (BenchmarkContext) throws -> String?, load: Request,
        words: @escaping @Sendable (AppState) -> String
    ) -> BenchmarkStep {
        BenchmarkStep(
            id: id, title: title, budget: Budget(staff: 100_000, milliseconds: 300, text: "< 300 ms"),
            prepare: { context in
                let (runtime, state) = try home(context, actingAs: try lead(context))
                return {
                    var next = state
                    let frame = settle(runtime.perform(.load(load)), &next, runtime)
                    return "\(words(next)), \(frame.height) rows drawn"
                }
            })
    }

    static let validationFirstPage = opening(
        id: "tui-validation-first-page", title: "TUI: whole organisation's validation queue, first page",
        actingAs: { try topLead($0) }, load: .validation(teamID: nil),
        words: { state in
            let queue = state.top(ValidationScreen.self)
            return "\(queue?.items.count ?? 0) items; \(queue?.scope.people.count ?? 0) of \(queue?.scope.inAll ?? 0) people read"
        })

    /// HR's team picker for the training needs, drawn, with the whole organisation (its
    /// first entry) under the cursor.
    static func trainingNeedsPicker(_ context: BenchmarkContext) throws -> (TUIRuntime, AppState) {
        let (runtime, home) = try home(context, actingAs: nil)
        var state = home
        _ = settle(runtime.perform(.load(.teams(.trainingNeeds))), &state, runtime)
        guard state.top(TeamPickerScreen.self) != nil else { throw BenchmarkError.failed("the team picker for the training needs did not open") }
        return (runtime, state)
    }

    /// Enter on the whole organisation: the frame the event loop draws next, before the
    /// load's work starts on the worker (the screen, saying "Loading…").
    static let trainingNeedsOpen = BenchmarkStep(
        id: "tui-training-needs-open", title: "TUI: organisation's training needs, open to first frame",
        budget: Budget(staff: 100_000, milliseconds: 300, text: "< 300 ms"),
        prepare: { context in
            let (_, picker) = try trainingNeedsPicker(context)
            return {
                var next = picker
                let effects = Reducer.reduce(&next, .key(.enter))
                guard effects.contains(.load(.trainingNeeds(teamID: nil))) else {
                    throw BenchmarkError.failed("Enter on the team picker did not ask for the organisation's training needs")
                }
                let frame = Renderer.render(next)
                return "\(next.screen.map { String(describing: type(of: $0)) } ?? "no screen") (loading), \(frame.height) rows drawn"
            }
        })

    /// The same Enter, the load it asks for, and the frame with the needs in it.
    static let trainingNeedsShown = BenchmarkStep(
        id: "tui-training-needs-shown", title: "TUI: its needs shown, after that frame",
        budget: Budget(staff: 100_000, milliseconds: 300, text: "< 300 ms"),
        // Timed from Enter to the frame drawn: the screen's state (100,000 people and
        // their needs) is let go of after the clock stops, as the TUI keeps it while shown.
        measuring: { context in
            let (runtime, picker) = try trainingNeedsPicker(context)
            return {
                var next = picker
                let started = Measurement.now()
                let frame = settle([.key(.enter)], &next, runtime)
                let milliseconds = Double(Measurement.now() - started) / 1_000_000
                return (milliseconds, "\(next.top(TrainingNeedsScreen.self)?.report.needCount ?? 0) needs, \(frame.height) rows drawn")
            }
        })

    /// The export runs on a worker while frames are drawn as the event loop draws them:
    /// what is measured is the longest wait between two frames (the screen never holds
    /// still longer), with the export's own time in the words.
    static let exportFrames = BenchmarkStep(
        id: "tui-export-frames", title: "TUI: CSV export of the organisation's needs, longest wait between frames",
        budget: Budget(staff: 100_000, milliseconds: 100, text: "< 100 ms between frames"),
        measuring: { context in
            let (runtime, state) = try home(context, actingAs: nil)
            let file = context.scratchDirectory.appendingPathComponent("tui-export-\(context.staff).csv").path
            return {
                try? FileManager.default.removeItem(atPath: file)
                let progress = BenchmarkProgress()
                let started = Measurement.now()
                let done = DispatchSemaphore(value: 0)
                let thread = Thread {
                    _ = runtime.perform(.export(ExportRequest(teamID: nil, format: .csv, excel: false, path: file, replacing: true))) { progress.set($0) }
                    done.signal()
                }
                thread.stackSize = 8 << 20
                thread.start()
                var longest = 0.0
                var last = Measurement.now()
                var frames = 0
                while done.wait(timeout: .now() + .milliseconds(50)) == .timedOut {
                    var shown = state
                    shown.busy = BusyIndicator(message: "Exporting", elapsedMilliseconds: Int((Measurement.now() - started) / 1_000_000), progress: progress.words)
                    _ = Renderer.render(shown)
                    let now = Measurement.now()
                    longest = max(longest, Double(now - last) / 1_000_000)
                    last = now
                    frames += 1
                }
                let total = Double(Measurement.now() - started) / 1_000_000
                return (longest, String(format: "export %.0f ms, %d frames meanwhile", total, frames))
            }
        })
}

/// The export's latest words, written by the worker and read by the drawing loop.
final class BenchmarkProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var latest: String?

    func set(_ words: String) {
        lock.lock()
        latest = words
        lock.unlock()
    }

    var words: String? {
        lock.lock()
        defer { lock.unlock() }
        return latest
    }
}
