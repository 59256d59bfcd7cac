/// A plain-text table whose columns line up in a terminal, measured in display columns.
public struct TextTable: Sendable {
    public struct Column: Sendable {
        public var title: String
        public var alignRight: Bool
        /// The widest the column may grow; longer cells are cut with `…`.
        public var maximumWidth: Int

        public init(_ title: String, alignRight: Bool = false, maximumWidth: Int = 60) {
            self.title = title
            self.alignRight = alignRight
            self.maximumWidth = maximumWidth
        }
    }

    public var columns: [Column]
    public var rows: [[String]] = []

    public init(_ columns: [Column]) {
        self.columns = columns
    }

    public mutating func append(_ row: [String]) {
        precondition(row.count == columns.count, "a table row needs one cell per column")
        rows.append(row)
    }

    /// The table with a header line, each line ending in a newline; trailing spaces trimmed.
    public func render(indent: String = "") -> String {
        var widths = columns.map { DisplayWidth.of($0.title) }
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
        }
        for index in columns.indices { widths[index] = min(widths[index], max(columns[index].maximumWidth, DisplayWidth.of(columns[index].title))) }
        var output = ""
        for row in [columns.map(\.title)] + rows {
            let cells = row.enumerated().map { index, cell in
                DisplayWidth.pad(cell, to: widths[index], alignRight: columns[index].alignRight)
            }
            var line = indent + cells.joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            output += line + "\n"
        }
        return output
    }
}
