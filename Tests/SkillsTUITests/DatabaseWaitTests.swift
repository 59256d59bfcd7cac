import Foundation
import Synchronization
@testable import SkillsMatrix
@testable import SkillsTUI
import Testing
import TestSupport

/// The TUI shows a wait for PostgreSQL on its busy line: the runtime hands the engine's
/// `DatabaseWait` to the effect's `progress`, in the person's language.
@Suite("Waiting for the database in the TUI")
struct DatabaseWaitTests {
    @Test("a load while PostgreSQL is down says it waits, then loads once it is back", arguments: [Language.en, .nb])
    func loadWaits(language: Language) throws {
        let cluster = try PostgresCluster.startPrivate()
        defer { cluster.stop() }
        let url = try cluster.createDatabase()
        _ = try Workspace.create(
            databaseAt: url, frameworks: FrameworkDirectory.load(from: Repository.url("frameworks")), demoDirectory: Repository.url("seeds/demo"), login: "root")
        let workspace = try Workspace.open(databaseAt: url, login: "root", actingAs: "apatel")
        let runtime = TUIRuntime(workspace: workspace, reopen: { _ in workspace }, language: language)
        try cluster.down()
        let restarter = Thread {
            Thread.sleep(forTimeInterval: 1.5)
            try? cluster.up()
        }
        restarter.start()
        let said = Mutex<[String]>([])
        let events = runtime.perform(.load(.home), progress: { message in said.withLock { $0.append(message) } })
        let name = try PostgresURL(url).displayName
        let expected = language.messages.progressLines.waitingOnScreen(DatabaseWait(name: name, detail: "", seconds: 30))
        let messages = said.withLock { $0 }
        #expect(messages.count == 1, "\(messages)")
        let message = try #require(messages.first)
        #expect(message.hasPrefix(expected.components(separatedBy: " (").first ?? expected))
        #expect(message.hasSuffix(expected.components(separatedBy: "): ").last ?? expected))
        let loaded = events.count == 1 && events.allSatisfy { (event: SkillsTUI.Event) -> Bool in
            switch event {
            case .outcome(.loaded): return true
            default: return false
            }
        }
        #expect(loaded, "\(String(describing: events).prefix(300))")
    }

    @Test("Esc stops the wait at once: the load ends interrupted, without waiting out the 30 s")
    func escStopsTheWait() throws {
        let cluster = try PostgresCluster.startPrivate()
        defer { cluster.stop() }
        let url = try cluster.createDatabase()
        _ = try Workspace.create(
            databaseAt: url, frameworks: FrameworkDirectory.load(from: Repository.url("frameworks")), demoDirectory: Repository.url("seeds/demo"),
            login: "root")
        let workspace = try Workspace.open(databaseAt: url, login: "root", actingAs: "apatel")
        let runtime = TUIRuntime(workspace: workspace, reopen: { _ in workspace }, language: .en)
        try cluster.down()
        let said = Mutex<[String]>([])
        let finished = Mutex<[SkillsTUI.Event]?>(nil)
        let worker = Thread {
            let events = runtime.perform(.load(.home), progress: { message in said.withLock { $0.append(message) } })
            finished.withLock { $0 = events }
        }
        worker.start()
        let started = Date()
        while said.withLock({ $0.isEmpty }), Date().timeIntervalSince(started) < 5 { Thread.sleep(forTimeInterval: 0.02) }
        try #require(!said.withLock { $0.isEmpty }, "the wait was not said")
        let asked = Date()
        runtime.interrupt()
        while finished.withLock({ $0 == nil }), Date().timeIntervalSince(asked) < 10 { Thread.sleep(forTimeInterval: 0.02) }
        #expect(Date().timeIntervalSince(asked) < 1)
        let events = try #require(finished.withLock { $0 })
        #expect("\(events)".contains(SkillsError.interrupted.described(in: .en)), "\(events)")
    }
}
