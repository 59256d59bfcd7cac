import Testing
@testable import skills_tui

/// Splitting SSH_ORIGINAL_COMMAND: shell-like quoting, and nothing else a shell does.
@Suite("Gateway words")
struct GatewayWordsTests {
    static let split: [(command: String, words: [String])] = [
        ("report gaps", ["report", "gaps"]),
        ("  report\tgaps  ", ["report", "gaps"]),
        ("", []),
        ("rate PM.STK.1 2 --note 'my note; with | & $ ` < > in it'", ["rate", "PM.STK.1", "2", "--note", "my note; with | & $ ` < > in it"]),
        ("rate PM.STK.1 2 --note \"it's \\\"fine\\\" \\\\ here\"", ["rate", "PM.STK.1", "2", "--note", "it's \"fine\" \\ here"]),
        ("rate PM.STK.1 2 --note \"a \\n stays\"", ["rate", "PM.STK.1", "2", "--note", "a \\n stays"]),
        ("--note=one' 'word", ["--note=one word"]),
        ("a\\;b c\\ d", ["a;b", "c d"]),
        ("'' x", ["", "x"]),
        ("report gaps *.csv ~ {a,b} !x #y", ["report", "gaps", "*.csv", "~", "{a,b}", "!x", "#y"]),
    ]

    @Test("words as a shell would split them, with nothing expanded", arguments: split.indices)
    func splits(_ index: Int) throws {
        let (command, words) = Self.split[index]
        #expect(try GatewayWords.split(command) == words)
    }

    static let refused: [(command: String, error: GatewayError)] = [
        ("report gaps; ls", .shellCharacter(";")),
        ("report gaps | tee x", .shellCharacter("|")),
        ("report gaps && id", .shellCharacter("&")),
        ("report gaps & id", .shellCharacter("&")),
        ("report $(id)", .shellCharacter("$")),
        ("report ${HOME}", .shellCharacter("$")),
        ("report `id`", .shellCharacter("`")),
        ("frameworks import - < /etc/passwd", .shellCharacter("<")),
        ("report gaps > x", .shellCharacter(">")),
        ("report gaps 2>x", .shellCharacter(">")),
        ("rate X 1 --note \"$HOME\"", .shellCharacterInQuotes(Character("$"))),
        ("rate X 1 --note \"`id`\"", .shellCharacterInQuotes(Character("`"))),
        ("report gaps\nbackup x", .controlCharacter(Unicode.Scalar(0x0A))),
        ("rate X 1 --note 'two\nlines'", .controlCharacter(Unicode.Scalar(0x0A))),
        ("report gaps\r", .controlCharacter(Unicode.Scalar(0x0D))),
        ("report \u{1B}[2J", .controlCharacter(Unicode.Scalar(0x1B))),
        ("rate X 1 --note 'open", .unclosedQuote("'")),
        ("rate X 1 --note \"open", .unclosedQuote("\"")),
        (String(repeating: "a", count: 102_400), .commandTooLong(bytes: 102_400, limit: 16_384)),
    ]

    @Test("every shell character, control character, open quote and overlong command is refused", arguments: refused.indices)
    func refuses(_ index: Int) {
        let (command, error) = Self.refused[index]
        #expect(throws: error) { try GatewayWords.split(command) }
        #expect(!error.description.contains("\n"))
        // In Bokmål too, one line, and not the English words.
        let bokmal = error.described(in: .nb)
        #expect(!bokmal.contains("\n"))
        #expect(bokmal != error.description)
    }
}
