/// A key press, as the backend decodes it from the terminal.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    /// Control plus a letter: `.control("c")` is Ctrl-C.
    case control(Character)

    /// A digit key's value, for picking a level.
    public var digit: Int? {
        guard case .character(let character) = self, let value = character.wholeNumberValue, character.isASCII else { return nil }
        return value
    }
}
