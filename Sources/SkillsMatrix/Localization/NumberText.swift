import Foundation

/// Numbers with a fraction, as a language writes them: `0.30` in English, `0,30` in Bokmål.
public enum NumberText {
    /// `value` rounded to `places` decimals, with `language`'s decimal separator.
    public static func decimal(_ value: Double, places: Int, in language: Language) -> String {
        let text = String(format: "%.\(places)f", value)
        let separator = language.messages.decimalSeparator
        return separator == "." ? text : String(text.map { $0 == "." ? separator : $0 })
    }
}
