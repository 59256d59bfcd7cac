/// Amounts of money as reports print them: `£8,400`, `€950`, `12,000 NOK`.
public enum Money {
    /// `amount` (whole units) in `currency`, with thousands separated by commas.
    public static func text(_ amount: Int, currency: String) -> String {
        let digits = grouped(abs(amount))
        let sign = amount < 0 ? "-" : ""
        switch currency {
        case "GBP": return sign + "£" + digits
        case "EUR": return sign + "€" + digits
        case "USD": return sign + "$" + digits
        default: return sign + digits + " " + currency
        }
    }

    /// 1234567 -> "1,234,567".
    static func grouped(_ value: Int) -> String {
        let plain = String(value)
        var output = ""
        for (offset, character) in plain.enumerated() {
            if offset > 0, (plain.count - offset) % 3 == 0 { output.append(",") }
            output.append(character)
        }
        return output
    }

    /// Reads an amount a person typed: a whole, non-negative number, optionally with a
    /// currency sign in front and commas, spaces or underscores between the thousands
    /// (`25000`, `£25,000`, `25 000`).
    /// - Throws: `SkillsError.notAnAmount`.
    public static func parse(_ text: String) throws -> Int {
        var digits = text.trimmingWhitespace()
        if let first = digits.first, "£€$".contains(first) { digits.removeFirst() }
        digits.removeAll { $0 == "," || $0 == "_" || $0 == " " }
        guard !digits.isEmpty, digits.utf8.count <= 12, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let amount = Int(digits) else {
            throw SkillsError.notAnAmount(text)
        }
        return amount
    }
}
