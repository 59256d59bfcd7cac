import Foundation

/// How a language sorts the names people read.
///
/// Written out rather than asked of the C library or ICU, so that the order is the same
/// on every machine and in the statically linked package, whatever locales it has.
public enum Collation: Sendable, Hashable {
    /// The order the engine lists people in (by character code), kept as it is: English
    /// reports and their pinned digests rely on it, and so do the machine formats, which
    /// never change with the language.
    case asListed
    /// The Norwegian (and Danish) alphabet: case and accents folded (é as e, ü as y),
    /// then Æ, Ø and Å after Z, in that order; ä and ö sort as æ and ø.
    case norwegian

    /// Whether `left` sorts before `right`; equal keys fall back to character code, so
    /// the order is total and stable.
    public func precedes(_ left: String, _ right: String) -> Bool {
        switch self {
        case .asListed:
            return left < right
        case .norwegian:
            let leftKey = Self.norwegianKey(left), rightKey = Self.norwegianKey(right)
            return leftKey == rightKey ? left < right : leftKey.lexicographicallyPrecedes(rightKey)
        }
    }

    /// `values` sorted by `name`, then by `tieBreak` (a login) by character code; in the
    /// order given for `asListed`.
    public func sorted<Value>(_ values: [Value], by name: (Value) -> String, then tieBreak: (Value) -> String) -> [Value] {
        switch self {
        case .asListed:
            return values
        case .norwegian:
            let keyed = values.map { (key: Self.norwegianKey(name($0)), name: name($0), tie: tieBreak($0), value: $0) }
            return keyed.sorted { left, right in
                if left.key != right.key { return left.key.lexicographicallyPrecedes(right.key) }
                return (left.name, left.tie) < (right.name, right.tie)
            }.map(\.value)
        }
    }

    /// A sort key: one number a letter, digits and letters before Æ Ø Å.
    static func norwegianKey(_ text: String) -> [UInt32] {
        var key: [UInt32] = []
        key.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.lowercased().precomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar {
            case "æ", "ä": key.append(0x7B)
            case "ø", "ö", "œ": key.append(0x7C)
            case "å": key.append(0x7D)
            case "ü", "ű": key.append(UInt32(UInt8(ascii: "y")))
            default:
                // Other accented letters sort as their base letter (é as e, ñ as n).
                let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? scalar
                key.append(base.value < 0x7B ? base.value : base.value + 0x100)
            }
        }
        return key
    }
}
