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
/// `Heading: value`. An item's further lines are indented by its marker's width, as
/// Markdown continues a list item; a blank line between them stays in the item.
///
/// The sections are the tail of the text: the first heading after which every line is a
/// heading, an item, an indented line or blank. Everything before it is the prose, so a
/// sentence such as `References: see the council's guide.` in the middle of a description
/// stays prose. On writing, a prose line that would read as a heading gets a backslash
/// before its colon (`References\: ...`, which Markdown shows as `References: ...`) and
/// reading removes it, so even a last prose line like that comes back as prose.
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
        /// Line of the heading within the text, counted from 0, for reporting a repeated heading.
        var lineOffset: Int
    }

    var prose: String
    var sections: [Section]

    /// The section under `heading`; when the heading is repeated, the first (see `repeatedSections`).
    func section(_ heading: String) -> Section? { sections.first { $0.heading == heading } }

    /// Each section whose heading was used before, with the first one: a reader must
    /// report these rather than keep one and drop the other.
    var repeatedSections: [(repeated: Section, first: Section)] {
        var first: [String: Section] = [:]
        var repeated: [(repeated: Section, first: Section)] = []
        for section in sections {
            if let earlier = first[section.heading] {
                repeated.append((section, earlier))
            } else {
                first[section.heading] = section
            }
        }
        return repeated
    }

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

    /// An item whose further lines are indented under its first. An empty line stays
    /// empty (no trailing spaces); reading keeps it inside the item.
    static func item(_ marker: String, _ text: String) -> String {
        let indent = String(repeating: " ", count: marker.count)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return marker + lines.enumerated().map { offset, line in offset == 0 || line.isEmpty ? String(line) : indent + line }
            .joined(separator: "\n")
    }

    /// Prose, then the sections, separated by blank lines. Prose lines that would read
    /// as one of `headings` are escaped, so they come back as prose.
    static func join(prose: String, headings: Set<String>, sections: [String]) -> String {
        ([escapingHeadings(prose, headings)] + sections).joined(separator: "\n\n")
    }

    /// `text` with a backslash added before the colon of every line that starts with one
    /// of `headings`, then any backslashes, then a colon (`References:`, `References\:`).
    /// `unescapingHeadings` undoes it exactly.
    static func escapingHeadings(_ text: String, _ headings: Set<String>) -> String {
        mapLines(text) { line in
            guard let heading = escapableHeading(line, headings) else { return String(line) }
            return heading + "\\" + line.dropFirst(heading.count)
        }
    }

    static func unescapingHeadings(_ text: String, _ headings: Set<String>) -> String {
        mapLines(text) { line in
            guard let heading = escapableHeading(line, headings), line.dropFirst(heading.count).first == "\\" else { return String(line) }
            return heading + line.dropFirst(heading.count + 1)
        }
    }

    /// The heading `line` starts with when a colon follows it after zero or more backslashes.
    private static func escapableHeading(_ line: Substring, _ headings: Set<String>) -> String? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        var end = colon
        while end > line.startIndex, line[line.index(before: end)] == "\\" { end = line.index(before: end) }
        let heading = String(line[..<end])
        return headings.contains(heading) ? heading : nil
    }

    private static func mapLines(_ text: String, _ transform: (Substring) -> String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(transform).joined(separator: "\n")
    }

    // MARK: - Reading

    /// Splits `text` into prose and the sections whose headings are in `headings` (see
    /// the type's documentation for where the prose ends).
    static func parse(_ text: String, headings: Set<String>) -> StructuredDescription {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = sectionsStart(lines, headings: headings)
        let prose = unescapingHeadings(lines[..<start].joined(separator: "\n"), headings).trimmingWhitespace()
        var sections: [Section] = []
        // The indent of the current item's further lines, and blank lines that belong to
        // it if an indented line follows them.
        var indent = 0
        var blankLines: [String] = []
        for offset in lines.indices.dropFirst(start) {
            let line = lines[offset]
            if let heading = headingLine(line, headings: headings) {
                sections.append(Section(heading: heading.heading, value: heading.value, items: [], lineOffset: offset))
                blankLines = []
                continue
            }
            let last = sections.count - 1
            if line.allSatisfy(\.isWhitespace) {
                blankLines.append(dropping(indent, from: line))
            } else if let opening = itemStart(line) {
                sections[last].items.append(opening.item)
                indent = opening.width
                blankLines = []
            } else if let itemIndex = sections[last].items.indices.last {
                let continued = blankLines + [dropping(indent, from: line)]
                sections[last].items[itemIndex].text += "\n" + continued.joined(separator: "\n")
                blankLines = []
            } else {
                // Indented text under a heading before any item: part of the value.
                sections[last].value += (sections[last].value.isEmpty ? "" : "\n") + line.trimmingWhitespace()
                blankLines = []
            }
        }
        for index in sections.indices {
            for itemIndex in sections[index].items.indices {
                sections[index].items[itemIndex].text = sections[index].items[itemIndex].text.trimmingWhitespace()
            }
        }
        return StructuredDescription(prose: prose, sections: sections)
    }

    /// Where the sections start: the earliest heading line after which every line is a
    /// heading, an item, indented or blank; `lines.count` when there is none.
    private static func sectionsStart(_ lines: [String], headings: Set<String>) -> Int {
        var start = lines.count
        for offset in lines.indices.reversed() {
            let line = lines[offset]
            if headingLine(line, headings: headings) != nil {
                start = offset
            } else if !(line.allSatisfy(\.isWhitespace) || line.first?.isWhitespace == true || itemStart(line) != nil) {
                break
            }
        }
        return start
    }

    /// `line` without up to `indent` leading spaces: the item's own indentation goes,
    /// any deeper indentation is the text's.
    private static func dropping(_ indent: Int, from line: String) -> String {
        String(line.dropFirst(min(indent, line.prefix { $0 == " " }.count)))
    }

    private static func headingLine(_ line: String, headings: Set<String>) -> (heading: String, value: String)? {
        guard let colon = line.firstIndex(of: ":"), headings.contains(String(line[..<colon])) else { return nil }
        return (String(line[..<colon]), String(line[line.index(after: colon)...]).trimmingWhitespace())
    }

    /// An item's first line (`- text`, `* text`, `1. text`, `1) text`) and its marker's width.
    private static func itemStart(_ line: String) -> (item: Item, width: Int)? {
        if line.hasPrefix("- ") || line.hasPrefix("* ") {
            return (Item(number: nil, text: String(line.dropFirst(2).drop(while: \.isWhitespace))), 2)
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return nil }
        let rest = line.dropFirst(digits.count)
        guard rest.hasPrefix(". ") || rest.hasPrefix(") ") else { return nil }
        return (Item(number: String(digits), text: String(rest.dropFirst(2).drop(while: \.isWhitespace))), digits.count + 2)
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
