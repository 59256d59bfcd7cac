/// A key press (or a mouse action), as the backend decodes it from the terminal.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    /// Control plus a letter: `.control("c")` is Ctrl-C.
    case control(Character)
    /// A mouse button pressed at a cell, where the terminal reports the mouse.
    case click(x: Int, y: Int)
    /// The mouse wheel turned up or down over a cell.
    case wheelUp(x: Int, y: Int)
    case wheelDown(x: Int, y: Int)

    /// A digit key's value, for picking a level.
    public var digit: Int? {
        guard case .character(let character) = self, let value = character.wholeNumberValue, character.isASCII else { return nil }
        return value
    }

    /// The typed character, for keys that type one.
    public var character: Character? {
        if case .character(let character) = self { return character }
        return nil
    }
}
