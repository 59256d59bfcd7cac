/// Name-based (version 5) UUIDs as in RFC 9562 section 5.5: SHA-1 over a namespace UUID
/// and a name, so the same name always gives the same identifier.
///
/// CASE exports use these so that exporting the same framework twice gives the same
/// bytes, and a registry that imported version 1 sees version 2 update the same nodes.
public enum NameBasedUUID {
    /// The namespace of every identifier skills-tui derives. Fixed forever: changing it
    /// would give every exported node a new identity.
    public static let skillsTUINamespace = "b47757cb-3190-4340-b5a2-23159d92fd77"

    /// The lowercase UUID for `name` in `namespace` (a UUID in its usual text form).
    /// - Precondition: `namespace` is a valid UUID.
    public static func uuid(_ name: String, namespace: String = skillsTUINamespace) -> String {
        let namespaceBytes = bytes(ofUUID: namespace)
        precondition(namespaceBytes.count == 16, "the namespace must be a UUID")
        var hash = Array(SHA1.digest(namespaceBytes + Array(name.utf8)).prefix(16))
        hash[6] = (hash[6] & 0x0F) | 0x50  // version 5
        hash[8] = (hash[8] & 0x3F) | 0x80  // RFC variant: 10xx
        return format(hash)
    }

    /// Whether `text` is a lowercase UUID as CASE requires (with the RFC variant).
    public static func isCASEIdentifier(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 36 else { return false }
        for (index, scalar) in scalars.enumerated() {
            switch index {
            case 8, 13, 18, 23:
                if scalar != "-" { return false }
            case 19:
                if !"89ab".unicodeScalars.contains(scalar) { return false }
            default:
                if !(("0"..."9").contains(scalar) || ("a"..."f").contains(scalar)) { return false }
            }
        }
        return true
    }

    private static func bytes(ofUUID text: String) -> [UInt8] {
        let hex = text.unicodeScalars.filter { $0 != "-" }.map(Character.init)
        guard hex.count == 32 else { return [] }
        var result: [UInt8] = []
        var index = 0
        while index < 32 {
            guard let byte = UInt8(String(hex[index...index + 1]), radix: 16) else { return [] }
            result.append(byte)
            index += 2
        }
        return result
    }

    private static func format(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        var text = ""
        for (index, byte) in bytes.enumerated() {
            if [4, 6, 8, 10].contains(index) { text.append("-") }
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return text
    }
}
