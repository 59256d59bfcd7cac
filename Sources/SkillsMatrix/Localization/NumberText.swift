import Foundation

/// Numbers with a fraction, as a language writes them: `0.30` in English, `0,30` in Bokmål.
public enum NumberText {
    /// `value` rounded to `places` decimals, with `language`'s decimal separator.
    public static func decimal(_ value: Double, places: Int, in language: Language) -> String {
        let text = String(format: "%.\(places)f", value)
        let separator = language.messages.decimalSeparator
        return separator == "." ? text : String(text.map { $0 == "." ? separator : $0 })
    }

    /// `576868` as `576,868` (`separator` between each three digits), for counts people
    /// read on a screen rather than parse.
    public static func grouped(_ number: Int, separator: String) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += separator }
            result.append(digit)
        }
        return number < 0 ? "-" + result : result
    }
}
