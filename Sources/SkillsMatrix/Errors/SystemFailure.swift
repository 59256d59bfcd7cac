import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The operating system's reason for a failure, in its own words ("No such file or
/// directory"), for the `cause` of an I/O error.
enum SystemFailure {
    static func reason(errno code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// The reason behind a Foundation file error: its POSIX error where it has one.
    static func reason(of error: any Error) -> String {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return reason(errno: Int32(error.code)) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return reason(errno: Int32(underlying.code))
        }
        switch CocoaError.Code(rawValue: error.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: return reason(errno: ENOENT)
        case .fileReadNoPermission, .fileWriteNoPermission: return reason(errno: EACCES)
        case .fileWriteOutOfSpace: return reason(errno: ENOSPC)
        case .fileWriteVolumeReadOnly: return reason(errno: EROFS)
        default: return error.localizedDescription
        }
    }
}
