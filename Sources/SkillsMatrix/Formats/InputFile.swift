import Foundation
import SkillsMatrix

/// Reads files named on the command line.
enum InputFile {
    /// The bytes of `path`.
    /// - Throws: `.missingInput` (exit 66) naming the file when it cannot be read.
    static func read(_ path: String) throws -> [UInt8] {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw InvalidRequest("\(path) is a folder: give a file", kind: .missingInput)
        }
        guard let contents = FileManager.default.contents(atPath: path) else {
            throw InvalidRequest("cannot read \(path): no such file or not readable", kind: .missingInput)
        }
        return [UInt8](contents)
    }
}
