import SkillsMatrix

/// The view: draws the whole state into a fresh `CellBuffer`. Pure; the backend diffs
/// frames and writes only what changed.
public enum Renderer {
    public static func render(_ state: AppState) -> CellBuffer {
        var buffer = CellBuffer(width: state.size.width, height: state.size.height)
        if state.size.isTooSmall {
            drawTooSmall(&buffer, size: state.size, words: state.language.messages)
            return buffer
        }
        let context = ScreenContext(state)
        drawTitleBar(&buffer, state: state, context: context)
        if let screen = state.screen {
            screen.draw(into: &buffer, context)
        } else {
            buffer.put("  " + state.language.messages.screen.loading, x: 0, y: Layout.contentTop + 1, style: .dim)
        }
        drawMessageLine(&buffer, state: state)
        drawStatusBar(&buffer, state: state)
        if state.help != nil { drawHelp(&buffer, state: state) }
        return buffer
    }

    // MARK: - Frame

    static func drawTitleBar(_ buffer: inout CellBuffer, state: AppState, context: ScreenContext) {
        buffer.fill(x: 0, y: 0, width: buffer.width, height: 1, style: .statusBar)
        let words = state.language.messages.screen
        var left = " skills-tui · \(state.screen?.title(context) ?? "")"
        if let position = state.screen?.position(context) { left += " · \(position)" }
        var right = state.session.map { "\($0.displayName) " } ?? ""
        if state.isDemo { right = right.isEmpty ? words.demoOrganisation : words.demoShort + right }
        let rightWidth = min(DisplayWidth.of(right), max(0, buffer.width - DisplayWidth.of(left) - 2))
        buffer.put(left, x: 0, y: 0, style: .statusBar, maxWidth: max(0, buffer.width - rightWidth - 1))
        if rightWidth > 0 { buffer.put(right, x: buffer.width - rightWidth, y: 0, style: .statusBar, maxWidth: rightWidth) }
    }

    /// The message line: a question the app asks first, then a load in progress, an
    /// error, the screen's open field or question, else the last message.
    static func drawMessageLine(_ buffer: inout CellBuffer, state: AppState) {
        let row = Layout.messageRow(state.size)
        let words = state.language.messages
        if let question = state.question {
            let text: String
            switch question {
            case .quitWithUnsavedNotes(let count):
                text = words.unsavedNotesQuit(count)
            case .leaveWithUnsavedNotes(let count):
                text = words.unsavedNotesLeave(count)
            }
            putMessage(text, style: .warning, into: &buffer, row: row)
            return
        }
        if let busy = state.busy {
            let seconds = Double(busy.elapsedMilliseconds) / 1_000
            let spinner = Array("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏")[(busy.elapsedMilliseconds / 100) % 10]
            var text = "\(spinner) " + words.busy(busy.isCancelling ? words.screen.stopping : busy.message, seconds: seconds)
            if let progress = busy.progress { text += " · \(progress)" }
            putMessage(text + (busy.isCancelling ? "" : words.screen.escStopsIt), style: .flash, into: &buffer, row: row)
            return
        }
        if let flash = state.flash, flash.isError {
            putMessage(flash.text, style: .error, into: &buffer, row: row)
            return
        }
        switch state.screen?.messageLine(ScreenContext(state)) {
        case .editor(let editor)?:
            editor.draw(into: &buffer, x: 0, y: row, width: buffer.width)
            return
        case .question(let text)?:
            putMessage(text, style: .heading, into: &buffer, row: row)
            return
        case nil:
            break
        }
        if let flash = state.flash {
            putMessage(flash.text, style: .flash, into: &buffer, row: row)
        }
    }

    /// A message, question or progress line wider than the screen wraps upwards over the
    /// bottom rows of the content instead of being cut: at 80 columns a question's `y/n`
    /// and the end of "Took back ..." are still read. The message ends on `row`.
    static func putMessage(_ text: String, style: Style, into buffer: inout CellBuffer, row: Int) {
        guard DisplayWidth.of(" " + text) > buffer.width else {
            buffer.put(" " + text, x: 0, y: row, style: style)
            return
        }
        let lines = Draw.wrap(text, width: max(1, buffer.width - 2))
        let shown = lines.suffix(max(1, row - Layout.contentTop))
        for (index, line) in shown.enumerated() {
            let y = row - shown.count + 1 + index
            buffer.fill(x: 0, y: y, width: buffer.width, height: 1, style: .normal)
            buffer.put(" " + line, x: 0, y: y, style: style)
        }
    }

    /// The short hints of the keys that work here. The shared ones (`?`, back) are kept
    /// at the right edge so that however many keys a screen has, help is always listed.
    static func drawStatusBar(_ buffer: inout CellBuffer, state: AppState) {
        let row = Layout.statusRow(state.size)
        buffer.fill(x: 0, y: row, width: buffer.width, height: 1, style: .statusBar)
        let (own, shared) = KeyHelp.statusHints(for: state)
        func width(_ hint: KeyHint) -> Int { DisplayWidth.of(hint.keys) + 1 + DisplayWidth.of(hint.action) + 2 }
        let sharedWidth = shared.reduce(0) { $0 + width($1) }
        var x = max(1, buffer.width - sharedWidth)
        for hint in shared {
            x += buffer.put(hint.keys, x: x, y: row, style: .statusKey)
            x += buffer.put(" " + hint.action + "  ", x: x, y: row, style: .statusBar)
        }
        x = 1
        for hint in own {
            if x + width(hint) > buffer.width - sharedWidth { break }
            x += buffer.put(hint.keys, x: x, y: row, style: .statusKey)
            x += buffer.put(" " + hint.action + "  ", x: x, y: row, style: .statusBar)
        }
    }

    /// `?`: every key of the screen, in a box; scrolled with ↑↓ when it does not fit.
    static func drawHelp(_ buffer: inout CellBuffer, state: AppState) {
        let lines = KeyHelp.helpLines(state)
        let width = min(buffer.width - 4, max(40, (lines.map(DisplayWidth.of).max() ?? 0) + 6))
        let height = min(buffer.height - 2, lines.count + 4)
        let left = (buffer.width - width) / 2
        let top = max(1, (buffer.height - height) / 2)
        let words = state.language.messages
        drawBox(&buffer, x: left, y: top, width: width, height: height, title: words.keysTitle(state.screen?.title(ScreenContext(state)) ?? ""))
        let area = Rect(x: left + 3, y: top + 2, width: width - 5, height: height - 4)
        Draw.scrolled(lines.map { ($0, Style.normal) }, offset: state.help?.scroll ?? 0, in: area, into: &buffer, words: words.screen)
        let footer = lines.count > area.height ? words.screen.helpScrollFooter : words.screen.helpCloseFooter
        buffer.put(footer, x: left + 3, y: top + height - 1, style: .dim, maxWidth: width - 4)
    }

    static func drawBox(_ buffer: inout CellBuffer, x: Int, y: Int, width: Int, height: Int, title: String) {
        buffer.fill(x: x, y: y, width: width, height: height, style: .normal)
        buffer.put("┌" + String(repeating: "─", count: max(0, width - 2)) + "┐", x: x, y: y)
        for row in (y + 1)..<(y + height - 1) {
            buffer.put("│", x: x, y: row)
            buffer.put("│", x: x + width - 1, y: row)
        }
        buffer.put("└" + String(repeating: "─", count: max(0, width - 2)) + "┘", x: x, y: y + height - 1)
        buffer.put(" \(title) ", x: x + 2, y: y, style: .heading, maxWidth: width - 4)
    }

    static func drawTooSmall(_ buffer: inout CellBuffer, size: ScreenSize, words: any MessageCatalogue) {
        let lines = [
            words.tooSmall(width: size.width, height: size.height),
            words.needsAtLeast(width: ScreenSize.minimum.width, height: ScreenSize.minimum.height),
            words.screen.tooSmallHint,
        ]
        let top = max(0, (size.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let width = DisplayWidth.of(line)
            buffer.put(line, x: max(0, (size.width - width) / 2), y: top + index, style: index == 0 ? .warning : .normal)
        }
    }
}
