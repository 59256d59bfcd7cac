#if canImport(Glibc)
import Glibc
#endif

/// The operating system's idea of who is running the program.
public enum SystemUser {
    /// The login of the effective user id. Never an environment variable: USER and
    /// LOGNAME can be set to anything, and access rules rest on this name.
    public static var login: String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid\(geteuid())"
    }

    /// The effective user's home directory from the password database, or nil.
    public static var homeDirectory: String? {
        guard let entry = getpwuid(geteuid()), let directory = entry.pointee.pw_dir else { return nil }
        return String(cString: directory)
    }
}
