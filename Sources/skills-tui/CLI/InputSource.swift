import Foundation
import SkillsMatrix
#if canImport(Glibc)
import Glibc
#endif

/// Reads the file a command is given, where `-` means standard input: over SSH that is
/// how a file reaches the server (`ssh HOST frameworks import - < pm.csv`), and locally it
/// lets a file be piped in.
enum InputSource {
    /// The name messages use for standard input.
    static let standardInputName = "standard input"

    /// More than this on standard input is refused rather than held in memory: the
    /// largest file a command reads (a staff list of 100,000 people) is about 10 MB.
    static let maximumStandardInputBytes = 64 << 20

    /// The bytes of `path` (standard input for `-`) and the name to report them under.
    static func read(_ path: String) throws -> (bytes: [UInt8], name: String) {
        guard path == "-" else { return (try InputFile.read(path), path) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw SkillsError.io(path: standardInputName, operation: .read, cause: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            bytes += chunk[..<count]
            if bytes.count > maximumStandardInputBytes {
                throw SkillsError.io(path: standardInputName, operation: .read, cause: "it holds more than \(maximumStandardInputBytes >> 20) MB")
            }
        }
        return (bytes, standardInputName)
    }

    /// Refuses `-` given more than once: standard input can be read only once.
    static func checkStandardInputOnce(_ paths: [String]) throws {
        if paths.filter({ $0 == "-" }).count > 1 { throw UsageError("- (standard input) is given more than once: it can be read only once") }
    }
}
