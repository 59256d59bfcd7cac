import Foundation

/// Where the repository is on disk, for tests that read its files (frameworks, seeds,
/// golden files) byte for byte rather than through a bundle.
public enum Repository {
    /// The folder that holds Package.swift: this file is Tests/TestSupport/Repository.swift.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `relativePath` inside the repository.
    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }
}
