/// Serialises `JSONValue`s deterministically: members in the order given, two-space
/// indentation, `/` unescaped, non-ASCII written as UTF-8 except control and invisible
/// format characters (`TerminalText.isShownEscaped`), which are `\u` escapes, and a final newline.
public enum JSONWriter {
    public enum Style: Sendable { case pretty, compact }

    public static func string(_ value: JSONValue, style: Style = .pretty) -> String {
        var output = ""
        write(value, into: &output, style: style, indent: 0)
        if style == .pretty { output.append("\n") }
        return output
    }

    private static func write(_ value: JSONValue, into output: inout String, style: Style, indent: Int) {
        switch value {
        case .null: output.append("null")
        case .bool(let flag): output.append(flag ? "true" : "false")
        case .int(let number): output.append(String(number))
        case .double(let number): output.append(format(number))
        case .string(let text): writeString(text, into: &output)
        case .array(let elements):
            if elements.isEmpty { output.append("[]"); return }
            output.append("[")
            for (position, element) in elements.enumerated() {
                if position > 0 { output.append(",") }
                newline(&output, style: style, indent: indent + 1)
                write(element, into: &output, style: style, indent: indent + 1)
            }
            newline(&output, style: style, indent: indent)
            output.append("]")
        case .object(let object):
            if object.members.isEmpty { output.append("{}"); return }
            output.append("{")
            for (position, member) in object.members.enumerated() {
                if position > 0 { output.append(",") }
                newline(&output, style: style, indent: indent + 1)
                writeString(member.key, into: &output)
                output.append(style == .pretty ? ": " : ":")
                write(member.value, into: &output, style: style, indent: indent + 1)
            }
            newline(&output, style: style, indent: indent)
            output.append("}")
        }
    }

    private static func newline(_ output: inout String, style: Style, indent: Int) {
        guard style == .pretty else { return }
        output.append("\n")
        output.append(String(repeating: "  ", count: indent))
    }

    /// Whole numbers print without a fraction; others with Swift's shortest round-trip form.
    private static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }

    private static func writeString(_ text: String, into output: inout String) {
        output.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output.append("\\\"")
            case "\\": output.append("\\\\")
            case "\n": output.append("\\n")
            case "\r": output.append("\\r")
            case "\t": output.append("\\t")
            case "\u{08}": output.append("\\b")
            case "\u{0C}": output.append("\\f")
            default:
                // Control and invisible format characters as \u escapes: the same string to
                // any JSON reader, and inert if the JSON is shown on a terminal.
                guard TerminalText.isShownEscaped(scalar) else {
                    output.unicodeScalars.append(scalar)
                    continue
                }
                for unit in String(scalar).utf16 {
                    let hex = String(unit, radix: 16)
                    output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                }
            }
        }
        output.append("\"")
    }
}
