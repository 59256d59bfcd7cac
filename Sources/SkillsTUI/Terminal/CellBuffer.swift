import SkillsMatrix

/// One screen position: a character and its style. A character two columns wide sits in
/// its first cell; the second holds `isContinuation` so nothing is drawn over it.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var style: Style
    public var isContinuation: Bool

    public static let blank = Cell(character: " ", style: .normal, isContinuation: false)

    public init(character: Character, style: Style, isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }
}

/// A frame: views draw the whole screen into one of these, and the backend writes only
/// the cells that differ from the previous frame (as ratatui does).
public struct CellBuffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    // MARK: - Drawing

    /// Writes `text` at (x, y) in `style`, clipped at `maxWidth` columns and at the
    /// right edge; clipped text ends in `…` so nobody mistakes it for the whole.
    ///
    /// The one way text enters a frame, so no view can forget: the text is shown inert
    /// (`TerminalText.inert`), a control character, line break or bidi override in a
    /// name or note drawn as a visible escape such as `\e` or `\u{202E}`.
    /// - Returns: the number of columns written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let text = TerminalText.inert(text)
        let limit = min(width, x + (maxWidth ?? width))
        let room = limit - max(0, x)
        if room > 0, DisplayWidth.of(text) > room, x >= 0 {
            return put(DisplayWidth.truncate(text, to: room), x: x, y: y, style: style, limit: limit)
        }
        return put(text, x: x, y: y, style: style, limit: limit)
    }

    private mutating func put(_ text: String, x: Int, y: Int, style: Style, limit: Int) -> Int {
        var column = x
        for character in text {
            let columns = DisplayWidth.of(character)
            if columns == 0 { continue }
            if column + columns > limit {
                if column < limit { set(column, y, Cell(character: " ", style: style)) }
                break
            }
            if column >= 0 {
                set(column, y, Cell(character: character, style: style))
                if columns == 2 { set(column + 1, y, Cell(character: " ", style: style, isContinuation: true)) }
            }
            column += columns
        }
        return column - x
    }

    /// `text` padded or cut to exactly `columns` columns, then written.
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, exactWidth columns: Int, alignRight: Bool = false) {
        put(DisplayWidth.pad(TerminalText.inert(text), to: columns, alignRight: alignRight), x: x, y: y, style: style, maxWidth: columns)
    }

    /// Fills a rectangle with spaces in `style`.
    public mutating func fill(x: Int, y: Int, width: Int, height: Int, style: Style) {
        for row in max(0, y)..<min(self.height, y + height) {
            for column in max(0, x)..<min(self.width, x + width) {
                set(column, row, Cell(character: " ", style: style))
            }
        }
    }

    /// Changes the style of existing cells without touching their characters.
    public mutating func restyle(x: Int, y: Int, width: Int, style: Style) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<min(self.width, x + width) {
            cells[y * self.width + column].style = style
        }
    }

    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        // Overwriting half of a wide character blanks its other half.
        let index = y * width + x
        if cells[index].isContinuation, x > 0 { cells[index - 1] = Cell(character: " ", style: cells[index - 1].style) }
        if !cell.isContinuation, x + 1 < width, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(character: " ", style: cells[index + 1].style)
        }
        cells[index] = cell
    }

    // MARK: - Reading

    /// The text of row `y`, continuation cells left out, trailing spaces trimmed.
    public func line(_ y: Int) -> String {
        var text = ""
        for x in 0..<width where !self[x, y].isContinuation { text.append(self[x, y].character) }
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }

    /// The whole frame as text, one line per row.
    public var text: String { (0..<height).map(line).joined(separator: "\n") }

    /// One character per cell naming its style (for golden tests of colour and attributes):
    /// `.` normal, and a letter per style otherwise.
    public var styleMap: String {
        let letters = Array(".dthSKscfewbMOTRUn")
        return (0..<height).map { y in
            String((0..<width).map { x in letters[Int(self[x, y].style.rawValue) % letters.count] })
        }.joined(separator: "\n")
    }

    // MARK: - Diffing

    /// Cells of `self` that differ from `previous`, row by row; every cell when the
    /// sizes differ.
    /// - Complexity: O(width x height).
    public func changes(since previous: CellBuffer?) -> [(x: Int, y: Int, cell: Cell)] {
        var result: [(x: Int, y: Int, cell: Cell)] = []
        let comparable = previous.map { $0.width == width && $0.height == height } ?? false
        for y in 0..<height {
            for x in 0..<width {
                let cell = self[x, y]
                if cell.isContinuation { continue }
                if comparable, let previous, previous[x, y] == cell,
                    x + 1 >= width || previous[x + 1, y] == self[x + 1, y]
                {
                    continue
                }
                result.append((x, y, cell))
            }
        }
        return result
    }
}
