import Testing
@testable import SkillsMatrix

@Suite("SHA-1 and name-based UUIDs")
struct InterchangeIdentifierTests {
    private func hex(_ bytes: [UInt8]) -> String { bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined() }

    @Test("SHA-1 matches the FIPS 180 test vectors", arguments: [
        ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
        (String(repeating: "a", count: 1000), "291e9a6c66994949b57ba5e650361e98fc36b1ba"),
    ])
    func sha1(input: String, digest: String) {
        #expect(hex(SHA1.digest(Array(input.utf8))) == digest)
    }

    @Test("UUIDv5 agrees with RFC 9562 implementations (Python's uuid5)")
    func uuid5() {
        #expect(NameBasedUUID.uuid("python.org", namespace: "6ba7b810-9dad-11d1-80b4-00c04fd430c8") == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
        #expect(NameBasedUUID.uuid("skills-tui/case/item/PM.RISK.1") == "2bf27ddf-03dc-5200-b537-1e0559a66343")
        #expect(NameBasedUUID.isCASEIdentifier(NameBasedUUID.uuid("anything")))
        #expect(!NameBasedUUID.isCASEIdentifier("E3EEF2D8-BA9C-5F70-9A0C-2A6EA27B3D8D"))
        #expect(!NameBasedUUID.isCASEIdentifier("e3eef2d8-ba9c-5f70-ca0c-2a6ea27b3d8d"))
    }
}
