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
    /// - Parameter exportCommand: as over SSH, the command an export shows instead of writing.
    init(
        actingAs login: String?, prepare: (String) throws -> Void = { _ in },
        exportCommand: (@Sendable (String?, ReportFormat, Bool, String) -> String)? = nil, language: Language = .en
    ) throws {
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
        runtime = TUIRuntime(workspace: try open(login), reopen: open, exportCommand: exportCommand, language: language)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// The state after start-up (home for `actingAs`, or the role picker).
    func start(size: ScreenSize = ScreenSize(width: 80, height: 24), rolePicker: Bool = false) -> AppState {
        var (state, events) = runtime.start(size: size, withRolePicker: rolePicker)
        _ = EventLoop.dispatch(events, into: &state, performer: runtime)
        return state
    }

    /// Presses `keys` in order, performing effects against the database as the app would.
    /// - Returns: true when the app asked to quit.
    @discardableResult
    func press(_ keys: [Key], _ state: inout AppState) -> Bool {
        for key in keys where EventLoop.dispatch([.key(key)], into: &state, performer: runtime) { return true }
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

/// A terminal that plays a script of inputs and keeps every frame drawn.
@MainActor
final class ScriptedTerminal: TerminalDevice {
    var size: ScreenSize
    private var script: [TerminalInput]
    /// Input that arrives while a load runs: handed out to the loop's polls that do not
    /// wait (it only polls so while something runs on the worker).
    private var duringLoad: [TerminalInput]
    private(set) var frames: [CellBuffer] = []
    private(set) var changedCells: [Int] = []

    init(size: ScreenSize, script: [TerminalInput], duringLoad: [TerminalInput] = []) {
        self.size = size
        self.script = script
        self.duringLoad = duringLoad
    }

    /// Keys dropped by `discardPendingInput`, and how many times it was called.
    private(set) var discarded = 0
    private(set) var suspended = 0

    func nextInput(waitingAtMost milliseconds: Int) -> TerminalInput? {
        if milliseconds == 0 { return duringLoad.isEmpty ? nil : duringLoad.removeFirst() }
        guard !script.isEmpty else { return .terminate }
        let input = script.removeFirst()
        if case .resize(let newSize) = input { size = newSize }
        return input
    }

    func discardPendingInput() { discarded += 1 }

    func suspend() { suspended += 1 }

    func draw(_ frame: CellBuffer, previous: CellBuffer?) {
        changedCells.append(frame.changes(since: previous).count)
        frames.append(frame)
    }
}

extension AppState {
    var screenName: String {
        switch screen {
        case is RolePickerScreen: return "rolePicker"
        case is HomeScreen: return "home"
        case is WalkthroughScreen: return "walkthrough"
        case is GapReportScreen: return "gapReport"
        case is TeamPickerScreen: return "teamPicker"
        case is HeatmapScreen: return "heatmap"
        case is ValidationScreen: return "validation"
        case is TrainingNeedsScreen: return "trainingNeeds"
        case is FrameworksScreen: return "frameworks"
        case is TrainingPlanScreen: return "trainingPlan"
        case is DevelopmentPlanScreen: return "developmentPlan"
        case is DevelopmentPlansScreen: return "developmentPlans"
        case is PeopleSearchScreen: return "peopleSearch"
        case is LoadingScreen: return "loading"
        case let text as TextScreen: return text.heading == "Competency" ? "competency" : "text"
        case nil: return "none"
        default: return "other"
        }
    }

    // The screen on top as its state, nil when another screen is on top: tests unwrap
    // these with `try #require`, so a wrong screen fails the test instead of skipping checks.
    var rolePicker: RolePickerScreen? { top(RolePickerScreen.self) }
    var home: HomeScreen? { top(HomeScreen.self) }
    var walkthrough: WalkthroughScreen? { top(WalkthroughScreen.self) }
    var gapReport: GapReportScreen? { top(GapReportScreen.self) }
    var teamPicker: TeamPickerScreen? { top(TeamPickerScreen.self) }
    var heatmap: HeatmapScreen? { top(HeatmapScreen.self) }
    var validation: ValidationScreen? { top(ValidationScreen.self) }
    var trainingNeeds: TrainingNeedsScreen? { top(TrainingNeedsScreen.self) }
    var frameworks: FrameworksScreen? { top(FrameworksScreen.self) }
    var text: TextScreen? { top(TextScreen.self) }
    var trainingPlan: TrainingPlanScreen? { top(TrainingPlanScreen.self) }
    var developmentPlan: DevelopmentPlanScreen? { top(DevelopmentPlanScreen.self) }
    var developmentPlans: DevelopmentPlansScreen? { top(DevelopmentPlansScreen.self) }
    var peopleSearch: PeopleSearchScreen? { top(PeopleSearchScreen.self) }
    var completion: CompletionScreen? { top(CompletionScreen.self) }
    var completionPeople: CompletionPeopleScreen? { top(CompletionPeopleScreen.self) }
    var calibration: CalibrationScreen? { top(CalibrationScreen.self) }
    var trend: TrendScreen? { top(TrendScreen.self) }

    /// The text field open on the message line, if any.
    var openEditor: LineEditor? {
        if case .editor(let editor)? = screen?.messageLine(ScreenContext(self)) { return editor }
        return nil
    }
}

extension TrainingNeedsLines.Line {
    /// The group and need of a person's line; nil for a competency heading.
    var need: (group: Int, need: Int)? { if case .need(let group, let need) = self { return (group, need) } else { return nil } }
}
