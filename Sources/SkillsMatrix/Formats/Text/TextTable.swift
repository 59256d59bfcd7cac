/// A plain-text table whose columns line up in a terminal, measured in display columns.
/// Every cell is shown inert (`TerminalText.inert`): on one line, with nothing in it a
/// terminal would act on.
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
        let shown = ([columns.map(\.title)] + rows).map { $0.map(TerminalText.inert) }
        var widths = shown[0].map { DisplayWidth.of($0) }
        for row in shown.dropFirst() {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
        }
        for index in columns.indices { widths[index] = min(widths[index], max(columns[index].maximumWidth, DisplayWidth.of(shown[0][index]))) }
        var output = ""
        for row in shown {
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
