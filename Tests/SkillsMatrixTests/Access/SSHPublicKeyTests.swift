import Foundation
import Testing
@testable import SkillsMatrix

/// Reading a person's public key: what is let in, and every way a key line is refused.
@Suite("SSH public keys")
struct SSHPublicKeyTests {
    /// Made with ssh-keygen; the fingerprints are what `ssh-keygen -l` printed for them.
    static let ed25519 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILePEW7tn0DTbdSkFKy3T4jQlP4CAgApddJU0M7+5oBQ wli@laptop"
    static let ecdsa = "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBJbJlq6gd9T+iQZGDOuD9KtzJ+E2ycK0SVLRBQMNNmnFEn15zPO3DEr1vRlx38tf9h+pkNyBocm8HPJifoHyf74= root@vm"
    static let rsa3072 = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQChzJB8bN5sMB2gZxf3JvVolw9A/MNq/YPy/atWntf/GU0jTdYCsfDsb4J7vvHUaH8maRVYRIfSivGWSor/P2cUlfFoQF0DufUMqaWvahvXILy3b4mX2QGwazKya0qpBH5MO8BYOHyrVgL1VUCVv+jJT2k9U48r4ELyWoKgNlAjfEA+jerO7j8NxuwEgq6JOG6RVMx/acbmIQBqfaujOkczhbQwjMM9RBM3Lolb5HAl5wZt6Ynp6TiXg3lExfUI+VxxsegOAiS/PsyLqi/IAOJ87WymxVb7TUpaPmBQPt7oZJcnf1YeRgNb/YAsZpIkXwaGM0CnIFIC6n6QDl6TsWIhinvF3S2jjFkmqYd9fiYeNQ/rMvkWdpVsauuN5tmqVCC7RQFgRn0McTM+09htkGeTBKatbCtsDnVzQ4PwtSKgr0DmnSivtIVhwuL81oyhm7URmJu2gK/wKJ+SCDyupAcfVlYDCQ8kklnLIWLx7CI7E8mzg6b9Jo1GucahLYVAQAc= a@b"
    static let rsa1024 = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDDIvnft7vX5g0Dmr+RZhkBeaYP9jGUK1x5wJ8Rh8YFNRzThayyit0m/nV/Hd5geF628OKd9Y2W8nd23c7FKnV1PhfVK6KowQ7Kr/F49s4PUeYLVVFRvqVVsVrde1oPe++p9VkQmBvc91kUSVM6bVKS/0vM3q0fdtehOmXpF28zNw== root@vm"
    static let ed25519Data = "AAAAC3NzaC1lZDI1NTE5AAAAILePEW7tn0DTbdSkFKy3T4jQlP4CAgApddJU0M7+5oBQ"

    static func read(_ text: String) throws -> SSHPublicKey {
        try SSHPublicKey.read(Array(text.utf8), file: "wli.pub")
    }

    @Test("SHA-256 gives the FIPS 180-4 test vectors")
    func sha256() {
        func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }
        #expect(hex(SHA256.digest([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex(SHA256.digest(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            hex(SHA256.digest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(hex(SHA256.digest([UInt8](repeating: 0x61, count: 1_000))) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        // SHA-1 shares the padding: still right.
        #expect(hex(SHA1.digest(Array("abc".utf8))) == "a9993e364706816aba3e25717850c26c9cd0d89d")
    }

    @Test("keys of each accepted type are read, with ssh-keygen's fingerprint")
    func accepted() throws {
        let key = try Self.read("# wli's laptop\n\n" + Self.ed25519 + "\n")
        #expect(key.type == "ssh-ed25519")
        #expect(key.comment == "wli@laptop")
        #expect(key.fingerprint == "SHA256:AXP7shLg7nMKdl02tqmG1+XNuNmsZzerS/ETRKOyNxU")
        #expect(key.line == Self.ed25519)
        #expect(try Self.read(Self.ecdsa).fingerprint == "SHA256:JI/tAabJaX+uMdymqeAnkNiao020t13wD13rWPj+AcY")
        #expect(try Self.read(Self.rsa3072).fingerprint == "SHA256:b+A6XbxtP6tF+lLNuaLeyKufbasrSMbKE+QUXwFeOBc")
        #expect(try Self.read("ssh-ed25519 " + Self.ed25519Data).comment == "")
        // Saved on Windows: CR LF line ends.
        #expect(try Self.read("# laptop\r\n" + Self.ed25519 + "\r\n").line == Self.ed25519)
    }

    /// Each refused text and words its message must hold.
    static let refused: [(text: String, message: String)] = [
        ("", "holds no public key"),
        ("# only a comment\n", "holds no public key"),
        ("command=\"/bin/sh\" " + ed25519, "starts with options"),
        ("restrict,pty " + ed25519, "starts with options"),
        ("no-pty,permitopen=\"*:*\" " + ed25519, "starts with options"),
        ("ssh-dss AAAAB3NzaC1kc3MAAACBAP", "\"ssh-dss\" is not a key type skills-tui accepts"),
        ("ssh-ed25519", "no key data"),
        ("ssh-ed25519 not*base64!", "not valid base64"),
        ("ssh-rsa " + ed25519Data + " x@y", "the line says ssh-rsa but its key data says \"ssh-ed25519\""),
        ("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILePEW7tn0DTbdSkFKy3T4jQlP4CAgApddJU0M7+5oA=", "not a well-formed ssh-ed25519 key"),
        ("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILePEW7tn0DTbdSkFKy3T4jQlP4CAgApddJU0M7+5oBQAAAAAXg=", "not a well-formed ssh-ed25519 key"),
        (rsa1024, "the RSA key has 1024 bits, too few"),
        (ed25519 + "\n" + ecdsa + "\n", "a second key (the first is on line 1)"),
        ("ssh-ed25519 " + ed25519Data + " wli\u{1B}[2J", "control character"),
        ("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n", "is a private key"),
    ]

    @Test("every malformed or unsafe key is refused with its file, line and reason", arguments: refused.indices)
    func refusals(_ index: Int) throws {
        let (text, message) = Self.refused[index]
        let error = try #require(throws: InputFileError.self) { try Self.read(text) }
        #expect(error.file == "wli.pub")
        #expect(error.kind == .invalidData)
        #expect(error.description.contains(message), "\(error.description)")
    }

    @Test("a key file that is too long is refused before it is read")
    func tooLong() throws {
        let error = try #require(throws: InputFileError.self) { try Self.read(String(repeating: "x", count: 20_000)) }
        #expect(error.description.contains("too long for a public key"))
    }
}
