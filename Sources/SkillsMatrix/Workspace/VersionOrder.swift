/// The order of framework version strings: dot-separated parts compared in turn,
/// numerically when both are whole numbers (so 1.10.0 is newer than 1.9.0), else as text;
/// a missing part sorts first (1.0 before 1.0.0). Versions equal part for part but
/// written differently (1.0 and 01.0) fall back to comparing the whole strings, so only
/// identical strings are equal.
enum VersionOrder {
    /// Whether `version` comes before `other`.
    static func isOlder(_ version: String, than other: String) -> Bool {
        let left = version.split(separator: ".", omittingEmptySubsequences: false)
        let right = other.split(separator: ".", omittingEmptySubsequences: false)
        for index in 0..<max(left.count, right.count) {
            let a = index < left.count ? left[index] : ""
            let b = index < right.count ? right[index] : ""
            if let order = numericOrder(a, b) {
                if order != 0 { return order < 0 }
            } else if a != b {
                return a < b
            }
        }
        return version < other
    }

    /// -1, 0 or 1 when both parts are whole numbers, without overflow however long they are.
    private static func numericOrder(_ a: Substring, _ b: Substring) -> Int? {
        let isNumber: (Substring) -> Bool = { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        guard isNumber(a), isNumber(b) else { return nil }
        let x = a.drop { $0 == "0" }
        let y = b.drop { $0 == "0" }
        if x.count != y.count { return x.count < y.count ? -1 : 1 }
        return x == y ? 0 : (x < y ? -1 : 1)
    }
}
