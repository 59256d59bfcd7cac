/// Screen geometry shared by the reducer (to keep cursors in view when scrolling) and
/// the views (to draw): row 0 is the title bar, the last row the status bar, the row
/// above it the message line; everything between is content.
public enum Layout {
    public static let contentTop = 1

    public static func contentHeight(_ size: ScreenSize) -> Int { max(0, size.height - 3) }
    public static func messageRow(_ size: ScreenSize) -> Int { size.height - 2 }
    public static func statusRow(_ size: ScreenSize) -> Int { size.height - 1 }

    /// The content area below `headerRows` rows of a screen's own headings, less
    /// `footerRows` at the bottom: where a screen's list goes.
    public static func listArea(_ size: ScreenSize, headerRows: Int, footerRows: Int = 0) -> Rect {
        Rect(x: 0, y: contentTop + headerRows, width: size.width, height: max(1, contentHeight(size) - headerRows - footerRows))
    }
}
