import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Answers an sftp client (sftp, and scp, which speaks SFTP since OpenSSH 9.0) with
/// "permission denied" to everything it asks, then ends.
///
/// sshd throws away what a subsystem writes on standard error, so the gateway's one-line
/// refusal never reaches an sftp client, which would only report "Connection closed".
/// Speaking just enough of the protocol (draft-ietf-secsh-filexfer-02: a VERSION reply to
/// INIT, a STATUS reply to each request) makes the client say "Permission denied" and stop.
enum SFTPRefusal {
    private static let initRequest: UInt8 = 1
    private static let versionReply: UInt8 = 2
    private static let statusReply: UInt8 = 101
    private static let permissionDenied: UInt32 = 3
    /// A client gives up after a few refusals; this bounds the conversation regardless.
    private static let maximumRequests = 64

    /// Refuses every request read from standard input with `message`, until the client
    /// closes the connection or `maximumRequests` have been refused.
    static func answer(with message: String) {
        for _ in 0..<maximumRequests {
            guard let lengthBytes = read(count: 4) else { return }
            let length = Int(bigEndian(lengthBytes))
            guard (1...262_144).contains(length), let packet = read(count: length) else { return }
            if packet[0] == initRequest {
                write(packet: [versionReply] + bytes(UInt32(3)))
                continue
            }
            guard packet.count >= 5 else { return }
            let requestID = Array(packet[1..<5])
            let text = Array(message.utf8)
            write(packet: [statusReply] + requestID + bytes(permissionDenied) + bytes(UInt32(text.count)) + text + bytes(UInt32(0)))
        }
    }

    private static func read(count: Int) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = buffer.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress?.advanced(by: filled), count - filled) }
            if got < 0, errno == EINTR { continue }
            if got <= 0 { return nil }
            filled += got
        }
        return buffer
    }

    private static func write(packet: [UInt8]) {
        let framed = bytes(UInt32(packet.count)) + packet
        var sent = 0
        while sent < framed.count {
            let wrote = framed.withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress?.advanced(by: sent), framed.count - sent) }
            if wrote < 0, errno == EINTR { continue }
            if wrote <= 0 { return }
            sent += wrote
        }
    }

    private static func bytes(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(truncatingIfNeeded: value >> 16), UInt8(truncatingIfNeeded: value >> 8), UInt8(truncatingIfNeeded: value)]
    }

    private static func bigEndian(_ bytes: [UInt8]) -> UInt32 {
        bytes.reduce(0) { $0 << 8 | UInt32($1) }
    }
}
