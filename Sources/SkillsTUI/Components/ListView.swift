import SkillsMatrix

/// Draws a `ListState` over `count` items into an area: the window of rows in view, the
/// selected one filled and marked `▸` (so it never looks like a coloured data cell), `↑`
/// and `↓` where more items lie above or below, and a line saying so when there are none.
public enum ListView {
    /// - Parameters:
    ///   - rowsPerItem: rows each item takes (2 where an item's text needs a second line
    ///     at this width); `visibleItems` says how many then fit.
    ///   - row: draws item `index` from row `y` of the buffer it is given; `selected`
    ///     asks for `.selected` text.
    public static func draw(
        _ list: ListState, count: Int, in area: Rect, into buffer: inout CellBuffer, empty: String, rowsPerItem: Int = 1,
        row: (_ buffer: inout CellBuffer, _ index: Int, _ y: Int, _ selected: Bool) -> Void
    ) {
        guard count > 0 else {
            buffer.put("  " + empty, x: area.x, y: area.y, style: .dim, maxWidth: area.width)
            return
        }
        let rows = max(1, rowsPerItem)
        let shown = list.window(count: count, visible: visibleItems(in: area, rowsPerItem: rows))
        for index in shown {
            let y = area.y + (index - shown.lowerBound) * rows
            let selected = index == list.selection
            if selected { buffer.fill(x: area.x, y: y, width: area.width, height: rows, style: .selected) }
            row(&buffer, index, y, selected)
            if selected { buffer.put("▸", x: area.x, y: y, style: .selected) }
        }
        let edge = area.x + area.width - 1
        if shown.lowerBound > 0 { buffer.put("↑", x: edge, y: area.y, style: .dim) }
        if shown.upperBound < count { buffer.put("↓", x: edge, y: area.y + area.height - 1, style: .dim) }
    }

    /// How many items of `rowsPerItem` rows fit in `area`: what a list passes as `visible`.
    public static func visibleItems(in area: Rect, rowsPerItem: Int = 1) -> Int { max(1, area.height / max(1, rowsPerItem)) }

    /// Moves `list` to the item drawn at row `y` of `area`: what a click on a list does.
    /// - Returns: that item; nil when the click was on no item.
    @discardableResult
    public static func select(atY y: Int, _ list: inout ListState, count: Int, in area: Rect) -> Int? {
        guard let index = item(atY: y, list, count: count, in: area) else { return nil }
        list.move(.to(index), count: count, visible: area.height)
        return index
    }

    /// The item drawn at row `y` of `area`, for a click.
    public static func item(atY y: Int, _ list: ListState, count: Int, in area: Rect, rowsPerItem: Int = 1) -> Int? {
        let rows = max(1, rowsPerItem)
        let visible = visibleItems(in: area, rowsPerItem: rows)
        guard y >= area.y, y < area.y + visible * rows else { return nil }
        let index = list.window(count: count, visible: visible).lowerBound + (y - area.y) / rows
        return index < count ? index : nil
    }
}
