/// The string literals of a Swift source file, as the text between their quotes with
/// every interpolation left out: what the catalogue tests look for words in.
///
/// A small reader, not a parser: it knows comments, escapes, `\( ... )` interpolations
/// (which may hold literals of their own, read as literals too), multi-line `"""`
/// literals and raw `#"..."#` ones, which is all this repository writes.
struct SwiftStringLiterals {
    struct Literal: Hashable {
        /// 1-based.
        let line: Int
        /// The literal's own text, escapes kept as written, each interpolation as `\()`.
        let text: String
    }

    private let scalars: [Character]
    private var index = 0
    private var line = 1
    private(set) var literals: [Literal] = []

    init(source: String) {
        scalars = Array(source)
        readCode(untilClosingParenthesis: false)
    }

    private func peek(_ offset: Int = 0) -> Character? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private mutating func advance() {
        if scalars[index] == "\n" { line += 1 }
        index += 1
    }

    /// Code: skips comments, reads literals, and inside an interpolation stops at its `)`.
    private mutating func readCode(untilClosingParenthesis: Bool) {
        var depth = 0
        while let character = peek() {
            if character == "/", peek(1) == "/" {
                while let next = peek(), next != "\n" { _ = next; advance() }
            } else if character == "/", peek(1) == "*" {
                advance(); advance()
                while peek() != nil, !(peek() == "*" && peek(1) == "/") { advance() }
                if peek() != nil { advance(); advance() }
            } else if character == "#", peek(1) == "\"" {
                advance()
                readLiteral(raw: true)
            } else if character == "\"" {
                readLiteral(raw: false)
            } else if character == "(" {
                depth += 1
                advance()
            } else if character == ")" {
                if untilClosingParenthesis, depth == 0 {
                    advance()
                    return
                }
                depth -= 1
                advance()
            } else {
                advance()
            }
        }
    }

    /// A literal from its opening quote; `raw` after a `#`.
    private mutating func readLiteral(raw: Bool) {
        let startLine = line
        let multiLine = peek(1) == "\"" && peek(2) == "\""
        for _ in 0..<(multiLine ? 3 : 1) { advance() }
        var text = ""
        while let character = peek() {
            if !raw, character == "\\" {
                if peek(1) == "(" {
                    advance(); advance()
                    text += "\\()"
                    readCode(untilClosingParenthesis: true)
                    continue
                }
                text.append(character)
                advance()
                if let escaped = peek() {
                    text.append(escaped)
                    advance()
                }
                continue
            }
            if character == "\"", !multiLine || (peek(1) == "\"" && peek(2) == "\"") {
                for _ in 0..<(multiLine ? 3 : 1) { advance() }
                if raw, peek() == "#" { advance() }
                break
            }
            if character == "\n", !multiLine { break }
            text.append(character)
            advance()
        }
        literals.append(Literal(line: startLine, text: text))
    }
}
