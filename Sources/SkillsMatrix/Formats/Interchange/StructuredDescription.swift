/// Text with labelled sections, as written into a Moodle Description so that what Moodle
/// has no column for (version, review interval, scale descriptors, level indicators,
/// references, learning) survives a round trip, and still reads well as Markdown:
///
///     Builds and maintains the justification for a project.
///
///     Level indicators:
///
///     1. Aware: Explains what a business case is for.
///     2. Working: ...
///
///     References:
///
///     - SFIA9:BENM
///
/// A section starts with a line `Heading:` (its items follow as `- ` or `N. ` lines) or
/// `Heading: value`. Everything before the first heading is the prose. An item's further
/// lines are indented, as Markdown continues a list item.
struct StructuredDescription: Hashable {
    struct Item: Hashable {
        /// "1" for `1. text`, nil for `- text`.
        var number: String?
        var text: String
    }

    struct Section: Hashable {
        var heading: String
        /// Text after `Heading:` on the same line, trimmed ("" when none).
        var value: String
        var items: [Item]
        /// Line of the heading within the text, counted from 0.
        var lineOffset: Int
    }

    var prose: String
    var sections: [Section]

    func section(_ heading: String) -> Section? { sections.first { $0.heading == heading } }

    // MARK: - Writing

    /// A section whose value is on the heading line: `Version: 1.0.0`.
    static func line(_ heading: String, _ value: String) -> String { "\(heading): \(value)" }

    /// A heading, a blank line, then one item per entry.
    static func list(_ heading: String, numbered: [(String, String)]) -> String {
        "\(heading):\n\n" + numbered.map { number, text in item("\(number). ", text) }.joined(separator: "\n")
    }

    static func list(_ heading: String, bulleted: [String]) -> String {
        "\(heading):\n\n" + bulleted.map { item("- ", $0) }.joined(separator: "\n")
    }

    /// An item whose further lines are indented under its first.
    static func item(_ marker: String, _ text: String) -> String {
        let indent = String(repeating: " ", count: marker.count)
        return marker + text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + indent)
    }

    /// Prose, then the sections, separated by blank lines.
    static func join(prose: String, sections: [String]) -> String {
        ([prose] + sections).joined(separator: "\n\n")
    }

    // MARK: - Reading

    /// Splits `text` into prose and the sections whose headings are in `headings`; any
    /// other line belongs to the prose or to the item above it.
    static func parse(_ text: String, headings: Set<String>) -> StructuredDescription {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var proseLines: [String] = []
        var sections: [Section] = []
        for (offset, line) in lines.enumerated() {
            if let colon = line.firstIndex(of: ":"), headings.contains(String(line[..<colon])) {
                let value = String(line[line.index(after: colon)...]).trimmingWhitespace()
                sections.append(Section(heading: String(line[..<colon]), value: value, items: [], lineOffset: offset))
                continue
            }
            guard !sections.isEmpty else {
                proseLines.append(line)
                continue
            }
            let last = sections.count - 1
            if let item = parseItemStart(line) {
                sections[last].items.append(item)
            } else if line.first == " ", !sections[last].items.isEmpty, !line.trimmingWhitespace().isEmpty {
                let itemIndex = sections[last].items.count - 1
                sections[last].items[itemIndex].text += "\n" + String(line.drop { $0 == " " })
            } else if !line.trimmingWhitespace().isEmpty {
                // Text under a heading that is not an item: keep it as part of the value.
                sections[last].value += (sections[last].value.isEmpty ? "" : "\n") + line.trimmingWhitespace()
            }
        }
        return StructuredDescription(prose: proseLines.joined(separator: "\n").trimmingWhitespace(), sections: sections)
    }

    private static func parseItemStart(_ line: String) -> Item? {
        if line.hasPrefix("- ") || line.hasPrefix("* ") {
            return Item(number: nil, text: String(line.dropFirst(2)).trimmingWhitespace())
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return nil }
        let rest = line.dropFirst(digits.count)
        guard rest.hasPrefix(". ") || rest.hasPrefix(") ") else { return nil }
        return Item(number: String(digits), text: String(rest.dropFirst(2)).trimmingWhitespace())
    }

    // MARK: - HTML

    /// The text of an HTML description: block ends become line breaks, other tags go,
    /// and the common entities are decoded. Enough for descriptions written in Moodle's
    /// editor; anything fancier loses its formatting but not its words.
    static func plainText(fromHTML html: String) -> String {
        var output = ""
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            if character == "<", let close = html[index...].firstIndex(of: ">") {
                let tag = html[html.index(after: index)..<close].lowercased()
                let name = tag.prefix { $0.isLetter || $0.isNumber || $0 == "/" }
                if ["br", "br/", "/p", "/li", "/div", "/h1", "/h2", "/h3", "/h4", "/ol", "/ul"].contains(String(name)) {
                    output.append("\n")
                } else if name == "li" {
                    output.append("- ")
                }
                index = html.index(after: close)
                continue
            }
            if character == "&", let semicolon = html[index...].prefix(10).firstIndex(of: ";") {
                let entity = String(html[html.index(after: index)..<semicolon])
                if let decoded = decode(entity: entity) {
                    output.append(decoded)
                    index = html.index(after: semicolon)
                    continue
                }
            }
            output.append(character)
            index = html.index(after: index)
        }
        return output
    }

    private static func decode(entity: String) -> String? {
        switch entity {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos", "#39": return "'"
        case "nbsp": return " "
        default:
            if entity.hasPrefix("#x"), let value = UInt32(entity.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(value) {
                return String(Character(scalar))
            }
            if entity.hasPrefix("#"), let value = UInt32(entity.dropFirst()), let scalar = Unicode.Scalar(value) {
                return String(Character(scalar))
            }
            return nil
        }
    }
}
