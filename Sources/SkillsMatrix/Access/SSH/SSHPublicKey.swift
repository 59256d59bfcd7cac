import Foundation

/// One SSH public key as a person hands it over: the line of an `id_ed25519.pub` file,
/// `TYPE BASE64 [COMMENT]`, checked before it may let anyone in.
///
/// The checks are those that keep an `authorized_keys` line honest: the type is one that
/// OpenSSH accepts and that is still safe, the key data is base64 whose own type string
/// matches the line's and whose fields are all there (nothing more, nothing less), and
/// nothing precedes the type, so no `command=` or `from=` option can be smuggled in with
/// the key: `skills-tui access` writes the options itself.
public struct SSHPublicKey: Hashable, Sendable {
    /// `ssh-ed25519`, `ssh-rsa`, `ecdsa-sha2-nistp256`, ...
    public let type: String
    /// The decoded key data (the "blob"), which is what identifies the key.
    public let blob: [UInt8]
    /// What follows the key data on its line, usually `user@host`; may be empty.
    public let comment: String

    /// Key types accepted, with the curve an ECDSA key of that type must name.
    static let acceptedTypes: [String: String?] = [
        "ssh-ed25519": nil, "ssh-rsa": nil,
        "ecdsa-sha2-nistp256": "nistp256", "ecdsa-sha2-nistp384": "nistp384", "ecdsa-sha2-nistp521": "nistp521",
        "sk-ssh-ed25519@openssh.com": nil, "sk-ecdsa-sha2-nistp256@openssh.com": "nistp256",
    ]

    /// RSA keys shorter than this are refused: OpenSSH itself warns below 2048 bits.
    static let minimumRSABits = 2_048

    /// The longest key file read: an RSA key of 16,384 bits is under 3 KB.
    static let maximumFileLength = 16_384

    init(type: String, blob: [UInt8], comment: String) {
        self.type = type
        self.blob = blob
        self.comment = comment
    }

    /// The fingerprint `ssh-keygen -l` prints: `SHA256:` and the unpadded base64 of the
    /// SHA-256 of the key data.
    public var fingerprint: String {
        "SHA256:" + Data(SHA256.digest(blob)).base64EncodedString().replacingOccurrences(of: "=", with: "")
    }

    /// The key as it stands in an `authorized_keys` line after the options.
    public var line: String {
        let key = type + " " + Data(blob).base64EncodedString()
        return comment.isEmpty ? key : key + " " + comment
    }

    // MARK: - Reading

    /// Reads the one public key in `bytes`, the contents of `file` (a `.pub` file or
    /// standard input). Blank lines and `#` comment lines are passed over.
    /// - Throws: `InputFileError` naming the file and line and what to do: no key, more
    ///   than one, a private key, options before the key, an unknown or weak type, key
    ///   data that is not base64 or not a well-formed key of its type.
    public static func read(_ bytes: [UInt8], file: String) throws -> SSHPublicKey {
        func problem(_ line: Int?, _ problem: SSHKeyProblem) -> InputFileError { InputFileError(file: file, line: line, problem: .sshKey(problem)) }
        guard bytes.count <= maximumFileLength else { throw problem(nil, .tooLong(bytes: bytes.count)) }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw problem(nil, .notUTF8) }
        if text.contains("PRIVATE KEY-----") { throw problem(nil, .privateKey) }
        let lines = FileLines.split(text).enumerated().compactMap { index, line in
            let trimmed = FileLines.withoutCarriageReturn(line).trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty || trimmed.hasPrefix("#") ? nil : (number: index + 1, text: trimmed)
        }
        guard let first = lines.first else { throw problem(nil, .noKey) }
        if lines.count > 1 { throw problem(lines[1].number, .secondKey(firstLine: first.number)) }
        do {
            return try parse(line: first.text)
        } catch let failure as KeyProblem {
            throw problem(first.number, failure.problem)
        }
    }

    /// Why a key line was refused, before the file and line are known.
    struct KeyProblem: Error {
        let problem: SSHKeyProblem
        init(_ problem: SSHKeyProblem) { self.problem = problem }
    }

    /// Parses `TYPE BASE64 [COMMENT]`.
    static func parse(line: String) throws -> SSHPublicKey {
        if line.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" || $0.value == 0x7F }) {
            throw KeyProblem(.controlCharacter)
        }
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let type = words.first else { throw KeyProblem(.emptyLine) }
        guard let curve = acceptedTypes[type] else {
            if words.dropFirst().contains(where: { acceptedTypes[$0] != nil }) || type.contains("=") {
                throw KeyProblem(.options(String(type.prefix(40))))
            }
            throw KeyProblem(.unknownType(String(type.prefix(40)), known: acceptedTypes.keys.sorted()))
        }
        guard words.count >= 2 else { throw KeyProblem(.noKeyData) }
        guard let decoded = Data(base64Encoded: words[1]), !decoded.isEmpty else {
            throw KeyProblem(.notBase64(type: type))
        }
        let blob = [UInt8](decoded)
        try checkBlob(blob, type: type, curve: curve)
        return SSHPublicKey(type: type, blob: blob, comment: words.dropFirst(2).joined(separator: " "))
    }

    /// Checks that the key data holds exactly the fields of a `type` key (RFC 4253 6.6,
    /// RFC 5656 3.1, RFC 8709 4, OpenSSH's PROTOCOL.u2f) and that its own type string is `type`.
    private static func checkBlob(_ blob: [UInt8], type: String, curve: String?) throws {
        var reader = SSHWireReader(blob)
        let malformed = KeyProblem(.malformed(type: type))
        guard let declared = reader.string() else { throw malformed }
        guard declared == Array(type.utf8) else {
            let named = String(decoding: declared.prefix(40), as: UTF8.self)
            throw KeyProblem(.typeMismatch(type: type, named: named))
        }
        switch type {
        case "ssh-ed25519", "sk-ssh-ed25519@openssh.com":
            guard reader.string()?.count == 32 else { throw malformed }
        case "ssh-rsa":
            guard let exponent = reader.string(), !exponent.isEmpty, let modulus = reader.string() else { throw malformed }
            let significant = modulus.drop { $0 == 0 }
            let bits = significant.first.map { significant.count * 8 - $0.leadingZeroBitCount } ?? 0
            guard bits >= minimumRSABits else {
                throw KeyProblem(.weakRSA(bits: bits))
            }
        default:
            guard let named = reader.string(), named == Array((curve ?? "").utf8), let point = reader.string(), !point.isEmpty else {
                throw malformed
            }
        }
        if type.hasPrefix("sk-") {
            guard reader.string() != nil else { throw malformed }
        }
        guard reader.isAtEnd else { throw malformed }
    }
}
