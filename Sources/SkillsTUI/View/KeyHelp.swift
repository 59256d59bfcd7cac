/// A key and what it does on the current screen.
public struct KeyHint: Hashable, Sendable {
    public var keys: String
    public var action: String
    /// Shown in the status bar as well as in the `?` overlay.
    public var isShort: Bool

    init(_ keys: String, _ action: String, short: Bool = true) {
        self.keys = keys
        self.action = action
        self.isShort = short
    }
}

/// The keys of every screen, in one place: the status bar shows the short ones and the
/// help overlay all of them, so the two can never disagree.
public enum KeyHelp {
    static let textEntry = [KeyHint("Enter", "confirm"), KeyHint("Esc", "cancel"), KeyHint("Ctrl-U", "clear"), KeyHint("Backspace", "delete", short: false)]
    static let moving = [
        KeyHint("↑↓/jk", "move"), KeyHint("PgUp/PgDn", "page", short: false), KeyHint("g/G", "first/last", short: false),
    ]

    public static func hints(for state: AppState) -> [KeyHint] {
        if state.size.isTooSmall { return [KeyHint("q", "quit")] }
        guard let screen = state.screen else { return [KeyHint("q", "quit")] }
        let back = KeyHint("Esc/q", "back")
        let help = KeyHint("?", "help")
        switch screen {
        case .rolePicker(let picker):
            if picker.search.isEditing { return textEntry }
            return moving + [KeyHint("Enter", "be this person"), KeyHint("/", "search"), help, KeyHint("q", "quit")]
        case .home:
            var hints = moving + [KeyHint("Enter", "open")]
            if state.isDemo { hints.append(KeyHint("u", "switch user")) }
            return hints + [help, KeyHint("q", "quit")]
        case .walkthrough(let walk):
            if walk.noteEditor != nil { return textEntry }
            let home = KeyHint("Esc/q", "home")
            if walk.isFinished { return [KeyHint("Enter", "my gap report"), KeyHint("b/←", "previous"), home, help] }
            return [
                KeyHint("0-4", "answer"), KeyHint("↑↓ Enter", "pick"), KeyHint("n", "note"), KeyHint("s/→", "skip"),
                KeyHint("b/←", "previous"), KeyHint("f", "whole framework", short: false), KeyHint("g/G", "first/last", short: false),
                home, help,
            ]
        case .gapReport:
            return moving + [KeyHint("Enter", "competency"), back, help]
        case .teamPicker(let picker):
            if picker.search.isEditing { return textEntry }
            return moving + [KeyHint("Enter", "open"), KeyHint("/", "find team"), back, help]
        case .heatmap(let heatmap):
            if heatmap.search.isEditing { return textEntry }
            return [
                KeyHint("←↑↓→", "move"), KeyHint("hjkl", "move", short: false), KeyHint("PgUp/PgDn", "page", short: false),
                KeyHint("g/G", "first/last row", short: false), KeyHint("t", "self/lead/effective"), KeyHint("f", "framework"),
                KeyHint("/", "find"), KeyHint("Enter", "competency", short: false), back, help,
            ]
        case .validation(let validation):
            if validation.noteEditor != nil { return textEntry }
            return moving + [KeyHint("a", "accept"), KeyHint("0-4", "set level"), KeyHint("n", "note"), back, help]
        case .trainingNeeds(let needs):
            if needs.export?.replacing != nil { return [KeyHint("y", "replace the file"), KeyHint("n", "keep it, change the name")] }
            if needs.search.isEditing || needs.export?.path != nil { return textEntry }
            if needs.remoteExportCommand != nil { return [KeyHint("any key", "close")] }
            if needs.export != nil {
                return [KeyHint("c", "CSV"), KeyHint("x", "CSV for Excel"), KeyHint("j", "JSON"), KeyHint("m", "Markdown"), KeyHint("Esc", "cancel")]
            }
            return moving + [KeyHint("e", "export"), KeyHint("/", "search"), back, help]
        case .frameworks(let browser):
            if browser.search.isEditing { return textEntry }
            return moving + [KeyHint("Enter", "open"), KeyHint("/", "search"), back, help]
        case .competency:
            return [KeyHint("↑↓", "scroll"), back, help]
        }
    }
}
