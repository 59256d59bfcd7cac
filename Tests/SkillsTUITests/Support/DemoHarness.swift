import Foundation
@testable import SkillsMatrix
@testable import SkillsTUI
import TestSupport

/// A fresh demo database with the clock pinned, and a runtime on it: screens built from
/// real engine data, the same on every run.
@MainActor
final class DemoHarness {
    nonisolated static let repositoryRoot = Repository.root
    nonisolated static let now = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-19

    let folder: URL
    let path: String
    let runtime: TUIRuntime

    /// - Parameter prepare: changes the new database before the app opens it.
    init(actingAs login: String?, prepare: (String) throws -> Void = { _ in }) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("skills-tui-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("demo.sqlite").path
        let clock: @Sendable () -> Date = { DemoHarness.now }
        _ = try Workspace.create(
            databaseAt: path, frameworks: try FrameworkDirectory.load(from: Self.repositoryRoot.appendingPathComponent("frameworks")),
            demoDirectory: Self.repositoryRoot.appendingPathComponent("seeds/demo"), login: "tester", clock: clock)
        try prepare(path)
        let path = self.path
        let open: (String?) throws -> Workspace = { try Workspace.open(databaseAt: path, login: "tester", actingAs: $0, clock: clock) }
        runtime = TUIRuntime(workspace: try open(login), reopen: open)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// The state after start-up (home for `actingAs`, or the role picker).
    func start(size: ScreenSize = ScreenSize(width: 80, height: 24), rolePicker: Bool = false) -> AppState {
        var (state, events) = runtime.start(size: size, withRolePicker: rolePicker)
        _ = EventLoop(runtime: runtime, terminal: NullTerminal(size: size)).dispatch(events, into: &state)
        return state
    }

    /// Presses `keys` in order, performing effects against the database as the app would.
    /// - Returns: true when the app asked to quit.
    @discardableResult
    func press(_ keys: [Key], _ state: inout AppState) -> Bool {
        let loop = EventLoop(runtime: runtime, terminal: NullTerminal(size: state.size))
        for key in keys where loop.dispatch([.key(key)], into: &state) { return true }
        return false
    }

    func type(_ text: String) -> [Key] { text.map { Key.character($0) } }

    /// A path for a file in this harness's folder.
    func file(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// What a file in this harness's folder holds, if it exists.
    func contents(_ name: String) -> String? {
        FileManager.default.contents(atPath: file(name)).map { String(decoding: $0, as: UTF8.self) }
    }
}

/// A terminal that is never read: for driving the loop's dispatch directly.
@MainActor
final class NullTerminal: TerminalDevice {
    let size: ScreenSize
    init(size: ScreenSize) { self.size = size }
    func nextInput() -> TerminalInput { .terminate }
    func draw(_ frame: CellBuffer, previous: CellBuffer?) {}
}

/// A terminal that plays a script of inputs and keeps every frame drawn.
@MainActor
final class ScriptedTerminal: TerminalDevice {
    var size: ScreenSize
    private var script: [TerminalInput]
    private(set) var frames: [CellBuffer] = []
    private(set) var changedCells: [Int] = []

    init(size: ScreenSize, script: [TerminalInput]) {
        self.size = size
        self.script = script
    }

    func nextInput() -> TerminalInput {
        guard !script.isEmpty else { return .terminate }
        let input = script.removeFirst()
        if case .resize(let newSize) = input { size = newSize }
        return input
    }

    func draw(_ frame: CellBuffer, previous: CellBuffer?) {
        changedCells.append(frame.changes(since: previous).count)
        frames.append(frame)
    }
}

extension AppState {
    var screenName: String {
        switch screen {
        case .rolePicker?: return "rolePicker"
        case .home?: return "home"
        case .walkthrough?: return "walkthrough"
        case .gapReport?: return "gapReport"
        case .teamPicker?: return "teamPicker"
        case .heatmap?: return "heatmap"
        case .validation?: return "validation"
        case .trainingNeeds?: return "trainingNeeds"
        case .frameworks?: return "frameworks"
        case .competency?: return "competency"
        case nil: return "none"
        }
    }

    // The screen on top as its state, nil when another screen is on top: tests unwrap
    // these with `try #require`, so a wrong screen fails the test instead of skipping checks.
    var rolePicker: RolePickerState? { if case .rolePicker(let picker)? = screen { return picker } else { return nil } }
    var home: HomeState? { if case .home(let home)? = screen { return home } else { return nil } }
    var walkthrough: WalkthroughState? { if case .walkthrough(let walk)? = screen { return walk } else { return nil } }
    var teamPicker: TeamPickerState? { if case .teamPicker(let picker)? = screen { return picker } else { return nil } }
    var heatmap: HeatmapState? { if case .heatmap(let heatmap)? = screen { return heatmap } else { return nil } }
    var validation: ValidationState? { if case .validation(let validation)? = screen { return validation } else { return nil } }
    var trainingNeeds: TrainingNeedsState? { if case .trainingNeeds(let needs)? = screen { return needs } else { return nil } }
    var frameworks: FrameworkBrowserState? { if case .frameworks(let browser)? = screen { return browser } else { return nil } }
    var competency: CompetencyState? { if case .competency(let detail)? = screen { return detail } else { return nil } }
}

extension TrainingNeedsState.Line {
    /// The group and need of a person's line; nil for a competency heading.
    var need: (group: Int, need: Int)? { if case .need(let group, let need) = self { return (group, need) } else { return nil } }
}
