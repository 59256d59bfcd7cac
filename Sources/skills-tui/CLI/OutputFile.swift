import Foundation
import SkillsMatrix

/// Where results go: standard output, or the `--output` file as `OutputTarget` (the
/// engine) allows it, streamed in chunks either way.
enum OutputFile {
    /// Streams what `body` writes to standard output.
    /// - Throws: `SkillsError.io` when it cannot be written (a full disk, a closed pipe).
    static func writeToStandardOutput(_ body: (inout ByteOutput) throws -> Void) throws {
        var output = ByteOutput(descriptor: STDOUT_FILENO, name: "standard output")
        try body(&output)
        try output.flush()
    }

    static func writeToStandardOutput(_ text: String) throws {
        try writeToStandardOutput { $0.write(text) }
    }

    /// Writes to standard error; if even that fails there is nobody left to tell.
    static func writeToStandardError(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
    }
}
