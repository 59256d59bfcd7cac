import Foundation
import Testing

/// Compares rendered output with a file in `Tests/SkillsMatrixTests/Golden/`, byte for
/// byte. Run with `UPDATE_GOLDEN=1` to write the files afresh, then read the diff.
enum Golden {
    static let folder = Fixtures.repositoryRoot.appendingPathComponent("Tests/SkillsMatrixTests/Golden")

    static func check(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        let actual = Data(text.utf8)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url)
            return
        }
        guard let expected = FileManager.default.contents(atPath: url.path) else {
            Issue.record("no golden file \(name); run the tests with UPDATE_GOLDEN=1 to create it", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let expectedLines = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
            let actualLines = text.components(separatedBy: "\n")
            let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(expectedLines.count, actualLines.count)
            Issue.record(
                "\(name) differs from its golden file at line \(first + 1):\n  expected: \(first < expectedLines.count ? expectedLines[first] : "<end>")\n  actual:   \(first < actualLines.count ? actualLines[first] : "<end>")",
                sourceLocation: sourceLocation)
        }
    }
}
