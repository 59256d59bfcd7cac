/// Splits the command a person sent over SSH (`SSH_ORIGINAL_COMMAND`) into words, as a
/// shell would split it but without doing anything else a shell does: no variables, no
/// command substitution, no globbing, no redirection, no second command.
///
/// Words are separated by spaces or tabs. `'...'` keeps everything inside as it is;
/// `"..."` does too, except that `\"` and `\\` stand for `"` and `\`, and `$` and a
/// backtick are refused inside it (a shell would expand them, so they would not mean
/// what was typed); a backslash outside quotes keeps the next character as it is. An
/// unquoted `;`, `|`, `&`, `$`, backtick, `<` or `>` is refused, and so is a line break
/// or another control character anywhere, so nothing a person sends can be read as
/// more than one command or as a redirection.
enum GatewayWords {
    /// The longest command accepted: a rating with a 2,000-character note in any script
    /// fits; 100 KB of text does not.
    static let maximumBytes = 16_384

    static let shellCharacters: Set<Character> = [";", "|", "&", "$", "`", "<", ">"]

    static func split(_ command: String) throws(GatewayError) -> [String] {
        let bytes = command.utf8.count
        guard bytes <= maximumBytes else { throw .commandTooLong(bytes: bytes, limit: maximumBytes) }
        for scalar in command.unicodeScalars where scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F {
            throw .controlCharacter(scalar)
        }
        var words: [String] = []
        var word = ""
        var inWord = false
        var characters = command.makeIterator()
        while let character = characters.next() {
            switch character {
            case " ", "\t":
                if inWord { words.append(word) }
                word = ""
                inWord = false
            case "'":
                inWord = true
                var closed = false
                while let inner = characters.next() {
                    if inner == "'" { closed = true; break }
                    word.append(inner)
                }
                if !closed { throw .unclosedQuote("'") }
            case "\"":
                inWord = true
                var closed = false
                while let inner = characters.next() {
                    if inner == "\"" { closed = true; break }
                    if inner == "$" || inner == "`" { throw .shellCharacterInQuotes(inner) }
                    if inner == "\\" {
                        guard let escaped = characters.next() else { break }
                        if escaped != "\"" && escaped != "\\" { word.append("\\") }
                        word.append(escaped)
                        continue
                    }
                    word.append(inner)
                }
                if !closed { throw .unclosedQuote("\"") }
            case "\\":
                inWord = true
                if let escaped = characters.next() { word.append(escaped) }
            default:
                if shellCharacters.contains(character) { throw .shellCharacter(character) }
                inWord = true
                word.append(character)
            }
        }
        if inWord { words.append(word) }
        return words
    }
}
