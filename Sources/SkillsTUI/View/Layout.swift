/// Screen geometry shared by the reducer (to keep cursors in view when scrolling) and
/// the views (to draw): row 0 is the title bar, the last row the status bar, the row
/// above it the message line; everything between is content.
public enum Layout {
    public static let contentTop = 1

    public static func contentHeight(_ size: ScreenSize) -> Int { max(0, size.height - 3) }
    public static func messageRow(_ size: ScreenSize) -> Int { size.height - 2 }
    public static func statusRow(_ size: ScreenSize) -> Int { size.height - 1 }

    /// Rows for list items on a screen with `headerRows` rows above the list and
    /// `footerRows` below it, inside the content area.
    public static func listRows(_ size: ScreenSize, headerRows: Int, footerRows: Int = 0) -> Int {
        max(1, contentHeight(size) - headerRows - footerRows)
    }

    // MARK: - Heatmap

    /// The heatmap's frozen parts: three header rows (framework, area, number), a name
    /// column, a coverage row and a detail panel below the grid.
    public enum Heatmap {
        public static let headerRows = 4
        public static let nameWidth = 22
        public static let readinessWidth = 6
        public static let cellWidth = 6
        public static let coverageRows = 1
        public static let detailRows = 5

        public static func visibleRows(_ size: ScreenSize) -> Int {
            max(1, contentHeight(size) - headerRows - coverageRows - detailRows)
        }

        public static func visibleColumns(_ size: ScreenSize) -> Int {
            max(1, (size.width - nameWidth - readinessWidth - 1) / cellWidth)
        }
    }

    // MARK: - List screens

    public static let gapReportHeaderRows = 4
    public static let validationHeaderRows = 3
    public static let validationDetailRows = 6
    public static let trainingNeedsHeaderRows = 3
    public static let pickerHeaderRows = 2

    /// How many items of each list screen fit, for the reducer's scrolling and the view's
    /// drawing alike; nil for screens that are not a list.
    public static func listRows(of screen: Screen, _ size: ScreenSize) -> Int? {
        switch screen {
        case .rolePicker: return listRows(size, headerRows: pickerHeaderRows + 1)
        case .teamPicker, .frameworks: return listRows(size, headerRows: pickerHeaderRows)
        case .gapReport: return listRows(size, headerRows: gapReportHeaderRows)
        case .validation: return listRows(size, headerRows: validationHeaderRows, footerRows: validationDetailRows)
        case .trainingNeeds: return listRows(size, headerRows: trainingNeedsHeaderRows)
        case .home, .walkthrough, .heatmap, .competency: return nil
        }
    }
}
