import SkillsMatrix

/// Where a table's columns go across the screen, worked out once from their widths, so
/// no view adds offsets by hand and the header, the rows and any colour laid over a
/// column all agree.
public struct ColumnLayout: Hashable, Sendable {
    public enum Width: Hashable, Sendable {
        /// Always this many columns.
        case fixed(Int)
        /// At least `minimum`, growing with the screen up to `maximum` (nil: no limit).
        /// Flexible columns share the room left in the order they are listed.
        case flexible(minimum: Int, maximum: Int?)

        /// `width` columns, or as wide as `title` where a language's title is wider.
        public static func fitting(_ title: String, _ width: Int) -> Width { .fixed(max(width, DisplayWidth.of(title))) }
    }

    public struct Column: Hashable, Sendable {
        public var title: String
        public var width: Width
        public var alignRight: Bool

        public init(_ title: String, _ width: Width, alignRight: Bool = false) {
            self.title = title
            self.width = width
            self.alignRight = alignRight
        }
    }

    /// Where one column is: its first cell and its width.
    public struct Frame: Hashable, Sendable {
        public let x: Int
        public let width: Int
    }

    public let columns: [Column]
    /// Blank columns between two columns.
    public let gap: Int
    /// Blank columns before the first.
    public let indent: Int
    /// The order flexible columns are given the room left (positions in `columns`):
    /// listing order unless a column that is cut last is listed before one that must not be.
    public let growthOrder: [Int]

    public init(_ columns: [Column], gap: Int = 1, indent: Int = 2, growthOrder: [Int]? = nil) {
        self.columns = columns
        self.gap = gap
        self.indent = indent
        self.growthOrder = growthOrder ?? Array(columns.indices)
    }

    /// The columns' places on a line `width` columns wide. Fixed columns get their width;
    /// flexible ones their minimum, then what is left in `growthOrder` up to their maximum.
    /// When even that is too wide, the last columns run off the right edge (and are cut).
    public func frames(width: Int) -> [Frame] {
        var widths = columns.map { column -> Int in
            switch column.width {
            case .fixed(let size): return size
            case .flexible(let minimum, _): return minimum
            }
        }
        var spare = width - indent - widths.reduce(0, +) - gap * max(0, columns.count - 1) - 1
        for index in growthOrder where spare > 0 && columns.indices.contains(index) {
            guard case .flexible(let minimum, let maximum) = columns[index].width else { continue }
            let grow = min(spare, (maximum ?? Int.max) - minimum)
            widths[index] += grow
            spare -= grow
        }
        var x = indent
        return widths.map { size in
            defer { x += size + gap }
            return Frame(x: x, width: size)
        }
    }

    /// Draws `cells` (one per column) on row `y`, each padded or cut to its column;
    /// `styles` gives a column a style of its own (a gap band), else `style` is used.
    public func draw(_ cells: [String], into buffer: inout CellBuffer, y: Int, style: Style = .normal, styles: [Int: Style] = [:]) {
        let frames = frames(width: buffer.width)
        for (index, cell) in cells.enumerated() where index < frames.count {
            let frame = frames[index]
            buffer.put(cell, x: frame.x, y: y, style: styles[index] ?? style, exactWidth: frame.width, alignRight: columns[index].alignRight)
        }
    }

    /// The column titles on row `y`.
    public func drawHeader(into buffer: inout CellBuffer, y: Int, style: Style = .heading) {
        draw(columns.map(\.title), into: &buffer, y: y, style: style)
    }
}
