import Foundation

/// Reads the files a person names: on the command line, or in a folder of frameworks or
/// seed data. The one place that turns a path into bytes, so every such file fails the
/// same way.
public enum InputFile {
    /// The bytes of `path`.
    /// - Throws: `SkillsError.isAFolder`, or `.io` with the system's reason (no such
    ///   file, permission denied, ...).
    public static func read(_ path: String) throws -> [UInt8] {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw SkillsError.isAFolder(path: path)
        }
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw SkillsError.io(path: path, operation: .read, cause: SystemFailure.reason(of: error))
        }
    }
}
