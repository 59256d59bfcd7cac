import Foundation
import Testing
import TestSupport

/// The two stores every store and workspace test runs against.
enum Backend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgresql

    var testDescription: String { rawValue }
}

/// A place for one new database of `backend`: a file in a temporary folder, or a fresh
/// database on the tests' PostgreSQL cluster. The folder is there for both, for the
/// files a test writes beside the database.
struct TestDatabase {
    let backend: Backend
    let folder: URL
    /// `--db`: the file's path or the database's URL.
    let location: String

    /// - Parameter cluster: for PostgreSQL, a cluster of the test's own (default: the shared one).
    init(_ backend: Backend, fileName: String = "db.sqlite", on cluster: PostgresCluster? = nil) throws {
        self.backend = backend
        folder = Fixtures.temporaryDirectory()
        switch backend {
        case .sqlite: location = folder.appendingPathComponent(fileName).path
        case .postgresql: location = try (cluster ?? PostgresCluster.shared()).createDatabase()
        }
    }

    /// Removes the folder (a PostgreSQL database goes with the cluster).
    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
