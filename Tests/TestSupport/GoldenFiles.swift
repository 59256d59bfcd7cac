import Foundation
import Testing

/// Golden files: rendered output kept in the repository and compared byte for byte.
///
/// One rule for every test target: a difference or a missing file is a failure that
/// names the first differing line; with `UPDATE_GOLDEN=1` in the environment the files
/// are written afresh instead (then read the diff before committing).
public struct GoldenFiles: Sendable {
    public let folder: URL

    /// - Parameter folder: a folder inside the repository, e.g. `Tests/SkillsMatrixTests/Golden`.
    public init(_ folder: String) {
        self.folder = Repository.url(folder)
    }

    /// Whether this run rewrites golden files rather than checking them.
    public static var isUpdating: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" }

    /// Checks `text` against the golden file `name`, or rewrites it under `UPDATE_GOLDEN=1`.
    public func check(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        let actual = Data(text.utf8)
        if Self.isUpdating {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url)
            return
        }
        guard let expected = FileManager.default.contents(atPath: url.path) else {
            Issue.record("no golden file \(name); run the tests with UPDATE_GOLDEN=1 to create it, then read it", sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let expectedLines = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
        let actualLines = text.components(separatedBy: "\n")
        let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        Issue.record(
            """
            \(name) differs from its golden file at line \(first + 1) (UPDATE_GOLDEN=1 rewrites it):
              expected: \(first < expectedLines.count ? expectedLines[first] : "<end>")
              actual:   \(first < actualLines.count ? actualLines[first] : "<end>")
            """,
            sourceLocation: sourceLocation)
    }
}
