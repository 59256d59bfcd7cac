import Foundation

/// Reads the files a person names: on the command line, or in a folder of frameworks or
/// seed data. The one place that turns a path into bytes, so every such file fails the
/// same way.
public enum InputFile {
    /// The bytes of `path`.
    /// - Throws: `InvalidRequest` of kind `.missingInput` (exit 66) naming the file when
    ///   it is a folder or cannot be read.
    public static func read(_ path: String) throws -> [UInt8] {
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
