/// Escaping for HTML and SVG (XML): any text from the database (a name such as
/// `O'Connor`, or `<script>` typed into a name) is shown as text, never run as markup.
public enum Markup {
    /// `text` safe inside an element or a quoted attribute. Line breaks become `&#10;`
    /// so that multi-line tooltips survive in attributes.
    public static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\n": output += "&#10;"
            case "\r", "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}": continue  // not allowed in XML 1.0
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
