import Foundation
import SkillsMatrix

/// Reads the file a command is given, where `-` means standard input: over SSH that is
/// how a file reaches the server (`ssh HOST frameworks import - < pm.csv`), and locally it
/// lets a file be piped in.
enum InputSource {
    /// The bytes of `path` (standard input for `-`) and the name to report them under.
    static func read(_ path: String) throws -> (bytes: [UInt8], name: String) {
        guard path == "-" else { return (try InputFile.read(path), path) }
        return (try InputFile.readStandardInput(), InputFile.standardInputName)
    }

    /// Refuses `-` given more than once: standard input can be read only once.
    static func checkStandardInputOnce(_ paths: [String]) throws {
        if paths.filter({ $0 == "-" }).count > 1 { throw UsageError(.standardInputTwice) }
    }
}
