/// "1 person", "2 people", "1 single point of failure": a number with the noun that
/// agrees with it, so no report or screen says "1 people".
public enum Counted {
    /// - Parameter grouped: write thousands with commas (`576,868`), for screens where
    ///   large counts are read rather than parsed.
    public static func text(_ count: Int, _ singular: String, _ plural: String, grouped: Bool = false) -> String {
        "\(grouped ? group(count) : String(count)) \(count == 1 ? singular : plural)"
    }

    /// `576868` as `576,868`.
    public static func group(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return number < 0 ? "-" + result : result
    }
}
