import Foundation
import Testing
@testable import SkillsMatrix

/// skills-tui's own block of authorized_keys: lines outside it kept byte for byte, keys
/// in it pinned to the gateway, and every change that would be unsafe refused.
@Suite("authorized_keys block")
struct AuthorizedKeysTests {
    static let wliKey = try! SSHPublicKey.parse(line: SSHPublicKeyTests.ed25519)
    static let pnairKey = try! SSHPublicKey.parse(line: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHr8TTouyRJvY9TL1b2LARlZw2rQ/jFv7st/SXYw+DR+ pnair@desk")
    static let added = Date(timeIntervalSince1970: 1_795_000_000)
    static let command: @Sendable (String) -> String = { "/usr/bin/skills-tui gateway \($0)" }
    static let path = "/var/lib/skills-tui/.ssh/authorized_keys"

    /// An administrator's own lines, one with CRLF and one without a final newline.
    static let foreign = "# the administrator's own key\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ1 admin@desk\r\nfrom=\"10.0.0.1\" ssh-rsa AAAAB3Nza backup"

    static func keys(_ text: String) throws -> AuthorizedKeys { try AuthorizedKeys(parsing: text, path: path) }

    @Test("adding writes a marked block after the other lines, which stay byte for byte")
    func addKeepsOtherLines() throws {
        var keys = try Self.keys(Self.foreign)
        #expect(try keys.add(Self.wliKey, login: "wli", at: Self.added, by: "skills"))
        let text = keys.rendered(forcedCommand: Self.command)
        #expect(text.hasPrefix(Self.foreign + "\n"))
        let block = text.dropFirst(Self.foreign.count + 1).split(separator: "\n").map(String.init)
        #expect(block.count == 4)
        #expect(block[0].hasPrefix("# >>> skills-tui access"))
        #expect(block[1] == "# skills-tui key: wli added 2026-11-18T11:06:40Z by skills")
        #expect(block[2] == "restrict,pty,command=\"/usr/bin/skills-tui gateway wli\" " + SSHPublicKeyTests.ed25519)
        #expect(block[3] == "# <<< skills-tui access")
        // Read back, the same entries; written again, the same bytes.
        let again = try Self.keys(text)
        #expect(again.entries == keys.entries)
        #expect(again.rendered(forcedCommand: Self.command) == text)
    }

    @Test("a file with CR LF line ends: the block is found, and so is a key on a CR LF line outside it")
    func windowsLineEnds() throws {
        var block = try Self.keys("")
        _ = try block.add(Self.pnairKey, login: "pnair", at: Self.added, by: "skills")
        let text = "# mine\r\nssh-ed25519 \(SSHPublicKeyTests.ed25519Data)\r\n" + block.rendered(forcedCommand: Self.command)
        var keys = try Self.keys(text)
        #expect(keys.entries.map(\.login) == ["pnair"])
        #expect(throws: SkillsError.keyOutsideBlock(fingerprint: Self.wliKey.fingerprint, path: Self.path, line: 2)) {
            try keys.add(Self.wliKey, login: "wli", at: Self.added, by: "skills")
        }
        #expect(keys.rendered(forcedCommand: Self.command) == text)
    }

    @Test("the block stays where it was when lines follow it")
    func blockInTheMiddle() throws {
        var keys = try Self.keys("")
        _ = try keys.add(Self.wliKey, login: "wli", at: Self.added, by: "skills")
        let text = "# before\n" + keys.rendered(forcedCommand: Self.command) + "# after\n"
        var edited = try Self.keys(text)
        _ = try edited.add(Self.pnairKey, login: "pnair", at: Self.added, by: "skills")
        let lines = edited.rendered(forcedCommand: Self.command).split(separator: "\n").map(String.init)
        #expect(lines.first == "# before")
        #expect(lines.last == "# after")
        #expect(lines.count == 8)
    }

    @Test("the same key for the same login changes nothing; for another login it is refused")
    func oneKeyOnePerson() throws {
        var keys = try Self.keys("")
        #expect(try keys.add(Self.wliKey, login: "wli", at: Self.added, by: "skills"))
        #expect(try keys.add(Self.wliKey, login: "wli", at: Self.added, by: "skills") == false)
        let error = try #require(throws: SkillsError.self) { try keys.add(Self.wliKey, login: "pnair", at: Self.added, by: "skills") }
        #expect(error == .keyAlreadyMapped(fingerprint: Self.wliKey.fingerprint, login: "wli"))
        #expect(keys.entries.count == 1)
    }

    @Test("a key already in the file outside the block is refused, with its line, before or after the block")
    func keyOutsideTheBlock() throws {
        let outside = "command=\"/bin/sh\" " + SSHPublicKeyTests.ed25519
        var before = try Self.keys("# mine\n" + outside + "\n")
        #expect(throws: SkillsError.keyOutsideBlock(fingerprint: Self.wliKey.fingerprint, path: Self.path, line: 2)) {
            try before.add(Self.wliKey, login: "wli", at: Self.added, by: "skills")
        }
        var block = try Self.keys("")
        _ = try block.add(Self.pnairKey, login: "pnair", at: Self.added, by: "skills")
        var after = try Self.keys(block.rendered(forcedCommand: Self.command) + outside + "\n")
        #expect(throws: SkillsError.keyOutsideBlock(fingerprint: Self.wliKey.fingerprint, path: Self.path, line: 5)) {
            try after.add(Self.wliKey, login: "wli", at: Self.added, by: "skills")
        }
    }

    @Test("revoking removes one key, or all of a login's; nothing to revoke is an error; no keys, no block")
    func revoke() throws {
        var keys = try Self.keys(Self.foreign)
        _ = try keys.add(Self.wliKey, login: "wli", at: Self.added, by: "skills")
        _ = try keys.add(Self.pnairKey, login: "pnair", at: Self.added, by: "skills")
        #expect(throws: SkillsError.noSuchKey(login: "wli", fingerprint: "SHA256:nope")) { try keys.revoke(login: "wli", fingerprint: "SHA256:nope") }
        #expect(throws: SkillsError.noSuchKey(login: "ghost", fingerprint: nil)) { try keys.revoke(login: "ghost", fingerprint: nil) }
        #expect(try keys.revoke(login: "wli", fingerprint: Self.wliKey.fingerprint).map(\.login) == ["wli"])
        #expect(keys.entries.map(\.login) == ["pnair"])
        #expect(try keys.revoke(login: "pnair", fingerprint: nil).count == 1)
        #expect(keys.rendered(forcedCommand: Self.command) == Self.foreign + "\n")
    }

    @Test("a hand-edited block is refused with the line, not silently rewritten", arguments: [
        ("restrict,pty,command=\"/usr/bin/skills-tui gateway wli\" \(SSHPublicKeyTests.ed25519)", 2),
        ("# skills-tui key: wli added 2026-11-18T11:06:40Z by skills\nssh-ed25519 \(SSHPublicKeyTests.ed25519Data)", 2),
        ("# skills-tui key: wli added 2026-11-18T11:06:40Z by skills\nrestrict,pty,command=\"/usr/bin/skills-tui gateway pnair\" \(SSHPublicKeyTests.ed25519)", 2),
        ("# skills-tui key: wli added yesterday by skills\nrestrict,pty,command=\"/usr/bin/skills-tui gateway wli\" \(SSHPublicKeyTests.ed25519)", 2),
        ("# skills-tui key: wli added 2026-11-18T11:06:40Z by skills\nrestrict,pty,command=\"/usr/bin/skills-tui gateway wli\" ssh-rsa \(SSHPublicKeyTests.ed25519Data)", 2),
    ])
    func editedBlock(_ inside: String, line: Int) throws {
        let text = "# >>> skills-tui access\n" + inside + "\n# <<< skills-tui access\n"
        #expect(throws: SkillsError.editedKeyBlock(path: Self.path, line: line)) { try Self.keys(text) }
    }

    @Test("a block without its end, or a second block, is refused")
    func damagedBlock() throws {
        #expect(throws: SkillsError.unterminatedKeyBlock(path: Self.path, line: 2)) { try Self.keys("# mine\n# >>> skills-tui access\n") }
        let twice = "# >>> skills-tui access\n# <<< skills-tui access\n# >>> skills-tui access\n# <<< skills-tui access\n"
        #expect(throws: SkillsError.editedKeyBlock(path: Self.path, line: 3)) { try Self.keys(twice) }
    }
}
