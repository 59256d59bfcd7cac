import Foundation

/// The order names are listed in, everywhere (the TUI's lists, the heatmap in every
/// format, the validation queue): the alphabet as a Norwegian reads it, which an English
/// reader also recognises.
///
/// - Case and accents do not separate names: `anne`, `Anne` and `Anné` sort together,
///   `Émile` among the E's, `Łukasz` among the L's.
/// - Æ, Ø and Å are letters of their own after Z, in that order, as in a Norwegian
///   dictionary and phone book (`Zahid` < `Ærlig` < `Øverland` < `Åse`); Ä and Ö count
///   as Æ and Ø, and Ü as Y, as Norwegian does for Swedish and German names.
/// - A space sorts before every letter, so `Ann Berg` comes before `Anna Berg`; digits
///   come before letters; other scripts (李伟) after the Latin alphabet, by code point.
/// - Only when two names are equal by all of that does case and then the code point
///   decide, so the order is total and the same on every machine (no locale data).
///
/// The key is bytes so that sorting 100,000 people compares arrays of small integers.
public struct CollationKey: Hashable, Comparable, Sendable {
    fileprivate let primary: [UInt8]
    private let tieBreak: String

    /// The key of `parts` compared in turn: `CollationKey(name, login)` orders by name and
    /// then, between two people of the same name, by login.
    public init(_ parts: String...) {
        var weights: [UInt8] = []
        for (index, part) in parts.enumerated() {
            // Below every weight: a shorter first part comes first whatever follows it.
            if index > 0 { weights.append(0) }
            let composed = part.utf8.allSatisfy { $0 < 0x80 } ? part : part.precomposedStringWithCanonicalMapping
            for scalar in composed.unicodeScalars { Self.appendWeights(of: scalar, to: &weights) }
        }
        primary = weights
        tieBreak = parts.joined(separator: "\u{0}")
    }

    public static func < (left: CollationKey, right: CollationKey) -> Bool {
        if left.primary != right.primary { return left.primary.lexicographicallyPrecedes(right.primary) }
        return left.tieBreak.unicodeScalars.lexicographicallyPrecedes(right.tieBreak.unicodeScalars)
    }

    // MARK: - Weights

    static let separator: UInt8 = 1
    static let firstDigit: UInt8 = 2
    static let firstLetter: UInt8 = 12
    /// After z (firstLetter + 25).
    static let ae: UInt8 = 38
    static let oSlash: UInt8 = 39
    static let aRing: UInt8 = 40
    /// Anything else: this byte, then the scalar's UTF-8.
    static let otherScript: UInt8 = 41

    private static func appendWeights(of scalar: Unicode.Scalar, to weights: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case 0x61...0x7A: weights.append(firstLetter + UInt8(value - 0x61))
        case 0x41...0x5A: weights.append(firstLetter + UInt8(value - 0x41))
        case 0x30...0x39: weights.append(firstDigit + UInt8(value - 0x30))
        case 0x00...0x7F:
            // Spaces, hyphens and apostrophes separate words; they all weigh the same.
            if weights.last != separator { weights.append(separator) }
        default:
            if let letter = nordicLetters[scalar] {
                weights.append(letter)
                return
            }
            if let respelled = respellings[scalar] {
                for part in respelled.unicodeScalars { appendWeights(of: part, to: &weights) }
                return
            }
            // An accented Latin letter weighs as its base letter: é as e, Ł as l.
            let folded = String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            if folded.unicodeScalars.count == 1, let base = folded.unicodeScalars.first, base.isASCII, base != scalar {
                appendWeights(of: base, to: &weights)
                return
            }
            if let respelledFolded = SearchText.respellings[folded.unicodeScalars.first ?? scalar], folded.unicodeScalars.count == 1 {
                for part in respelledFolded.unicodeScalars { appendWeights(of: part, to: &weights) }
                return
            }
            // Combining marks (a decomposed accent) add nothing.
            if scalar.properties.generalCategory == .nonspacingMark { return }
            weights.append(otherScript)
            weights += String(scalar).utf8
        }
    }

    /// The three Norwegian letters after z, with the Swedish and German letters that a
    /// Norwegian sorts with them.
    private static let nordicLetters: [Unicode.Scalar: UInt8] = [
        "æ": ae, "Æ": ae, "ä": ae, "Ä": ae, "ø": oSlash, "Ø": oSlash, "ö": oSlash, "Ö": oSlash, "å": aRing, "Å": aRing,
    ]

    /// Letters weighed as if spelled otherwise.
    private static let respellings: [Unicode.Scalar: String] = ["ü": "y", "Ü": "y", "ß": "ss", "ẞ": "ss"]
}

extension Person {
    /// The key people are listed by: their name, then (for two of the same name) their login.
    public var collationKey: CollationKey { CollationKey(name, login) }
}

extension CollationKey {
    /// The first sixteen weights of `text` packed into two numbers, for sorting many
    /// names: numbers compare in an instruction or two, and only names that agree in their
    /// first sixteen letters need whole keys. Plain ASCII costs no allocation.
    static func prefix(_ text: String) -> (UInt64, UInt64) {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return packed(CollationKey(text).primary) }
        var words: (UInt64, UInt64) = (0, 0)
        var count = 0
        var previousSeparator = false
        for byte in text.utf8 where count < 16 {
            let weight: UInt8
            switch byte {
            case 0x61...0x7A: weight = firstLetter + byte - 0x61
            case 0x41...0x5A: weight = firstLetter + byte - 0x41
            case 0x30...0x39: weight = firstDigit + byte - 0x30
            default:
                // Spaces and punctuation: one separator for a run of them, as in the key.
                if previousSeparator { continue }
                weight = separator
            }
            previousSeparator = weight == separator
            pack(weight, at: count, into: &words)
            count += 1
        }
        return words
    }

    /// The first sixteen of `weights` packed as `prefix` packs them.
    static func packed(_ weights: [UInt8]) -> (UInt64, UInt64) {
        var words: (UInt64, UInt64) = (0, 0)
        for (position, weight) in weights.prefix(16).enumerated() { pack(weight, at: position, into: &words) }
        return words
    }

    /// Puts the `position`th weight (0-15) into its byte: the first in the highest, so the
    /// numbers compare as the weights would (missing weights are 0, below all).
    private static func pack(_ weight: UInt8, at position: Int, into words: inout (UInt64, UInt64)) {
        if position < 8 {
            words.0 |= UInt64(weight) << (8 * UInt64(7 - position))
        } else {
            words.1 |= UInt64(weight) << (8 * UInt64(15 - position))
        }
    }
}

extension Sequence where Element == Person {
    /// People in listing order, exactly as by `Person.collationKey` (see `listingOrder`).
    public func sortedForListing() -> [Person] {
        let people = Array(self)
        return people.listingOrder().map { people[$0] }
    }
}

extension Array where Element == (login: String, name: String) {
    /// The positions of the first `count` of these people in listing order (as
    /// `listingOrder` would put them), without ordering the rest: for the first page of a
    /// list of 100,000 people. Only names whose packed prefix (`CollationKey.prefix`) is
    /// no later than the `count`-th smallest can be among the first `count`; those few
    /// are put in order exactly.
    public func listingOrder(first count: Int) -> [Int] {
        // A name beyond ASCII needs its whole key for its prefix: made once per distinct name.
        var prefixOfName: [String: (UInt64, UInt64)] = [:]
        let prefixes = map { person -> (UInt64, UInt64) in
            if person.name.utf8.allSatisfy({ $0 < 0x80 }) { return CollationKey.prefix(person.name) }
            if let known = prefixOfName[person.name] { return known }
            let made = CollationKey.prefix(person.name)
            prefixOfName[person.name] = made
            return made
        }
        let candidates: [Int]
        if count > 0, count < self.count {
            let cut = Self.smallest(count, of: prefixes)
            candidates = indices.filter { !(cut < prefixes[$0]) }
        } else {
            candidates = count > 0 ? [Int](indices) : []
        }
        let people = candidates.map { Person(login: self[$0].login, name: self[$0].name, teamID: "", roleID: "") }
        return people.listingOrder().prefix(count).map { candidates[$0] }
    }

    /// The `count`-th smallest of `values` (1 is the smallest), through a heap of the
    /// `count` smallest so far: one pass, and for 100,000 names hardly any of them enter it.
    /// - Precondition: 0 < count <= values.count.
    static func smallest(_ count: Int, of values: [(UInt64, UInt64)]) -> (UInt64, UInt64) {
        // A max-heap: the largest of those kept is at the top, the one a smaller value replaces.
        var heap: [(UInt64, UInt64)] = []
        heap.reserveCapacity(count)
        for value in values {
            if heap.count < count {
                heap.append(value)
                var child = heap.count - 1
                while child > 0, heap[(child - 1) / 2] < heap[child] {
                    heap.swapAt(child, (child - 1) / 2)
                    child = (child - 1) / 2
                }
            } else if value < heap[0] {
                heap[0] = value
                var parent = 0
                while true {
                    let left = 2 * parent + 1
                    let right = left + 1
                    var largest = parent
                    if left < heap.count, heap[largest] < heap[left] { largest = left }
                    if right < heap.count, heap[largest] < heap[right] { largest = right }
                    if largest == parent { break }
                    heap.swapAt(parent, largest)
                    parent = largest
                }
            }
        }
        return heap[0]
    }
}

extension Array where Element == Person {
    /// The positions of these people in listing order, exactly as by
    /// `Person.collationKey`: sorted first by a packed prefix of each name
    /// (`CollationKey.prefix`), then each run of people whose names agree in those sixteen
    /// letters (namesakes, common in a large council) sorted again by the name's whole
    /// weights, made once per distinct name, and the login's packed prefix; only two
    /// people alike in both are compared by whole keys.
    /// - Complexity: O(n log n) integer comparisons, and one key per distinct name.
    public func listingOrder() -> [Int] {
        // A name with letters beyond ASCII needs its whole key for its prefix: made once
        // per distinct name (they repeat), here and for the runs below.
        var weightsOfName: [String: [UInt8]] = [:]
        func weights(_ name: String) -> [UInt8] {
            if let known = weightsOfName[name] { return known }
            let made = CollationKey(name).primary
            weightsOfName[name] = made
            return made
        }
        let prefixes = map { person in
            person.name.utf8.allSatisfy { $0 < 0x80 } ? CollationKey.prefix(person.name) : CollationKey.packed(weights(person.name))
        }
        var order = [Int](indices)
        order.sort { left, right in
            if prefixes[left].0 != prefixes[right].0 { return prefixes[left].0 < prefixes[right].0 }
            return prefixes[left].1 < prefixes[right].1
        }
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, prefixes[order[end]] == prefixes[order[start]] { end += 1 }
            if end - start > 1 {
                let run = order[start..<end].map { index -> (name: [UInt8], login: (UInt64, UInt64), index: Int) in
                    (weights(self[index].name), CollationKey.prefix(self[index].login), index)
                }
                // The whole key is the name's weights, a 0, then the login's: compared
                // in that order, then by whole keys for the rare two alike in both.
                let sorted = run.sorted { left, right in
                    if left.name != right.name { return left.name.lexicographicallyPrecedes(right.name) }
                    if left.login != right.login { return left.login < right.login }
                    return self[left.index].collationKey < self[right.index].collationKey
                }
                order.replaceSubrange(start..<end, with: sorted.map { $0.index })
            }
            start = end
        }
        return order
    }
}
