import SkillsMatrix

/// The view: draws the whole state into a fresh `CellBuffer`. Pure; the backend diffs
/// frames and writes only what changed.
public enum Renderer {
    public static func render(_ state: AppState) -> CellBuffer {
        var buffer = CellBuffer(width: state.size.width, height: state.size.height)
        if state.size.isTooSmall {
            drawTooSmall(&buffer, size: state.size)
            return buffer
        }
        drawTitleBar(&buffer, state: state)
        if let screen = state.screen {
            switch screen {
            case .rolePicker(let picker): RolePickerView.draw(picker, state: state, into: &buffer)
            case .home(let home): HomeView.draw(home, state: state, into: &buffer)
            case .walkthrough(let walk): WalkthroughView.draw(walk, state: state, into: &buffer)
            case .gapReport(let report): GapReportView.draw(report, state: state, into: &buffer)
            case .teamPicker(let picker): TeamPickerView.draw(picker, state: state, into: &buffer)
            case .heatmap(let heatmap): HeatmapView.draw(heatmap, state: state, into: &buffer)
            case .validation(let validation): ValidationView.draw(validation, state: state, into: &buffer)
            case .trainingNeeds(let needs): TrainingNeedsView.draw(needs, state: state, into: &buffer)
            case .frameworks(let browser): FrameworksView.draw(browser, state: state, into: &buffer)
            case .competency(let detail): CompetencyView.draw(detail, state: state, into: &buffer)
            }
        } else {
            buffer.put("  Loading…", x: 0, y: Layout.contentTop + 1, style: .dim)
        }
        drawMessageLine(&buffer, state: state)
        drawStatusBar(&buffer, state: state)
        if state.showsHelp { drawHelp(&buffer, state: state) }
        return buffer
    }

    // MARK: - Frame

    static func title(of screen: Screen?) -> String {
        switch screen {
        case .rolePicker?: return "Choose a demo user"
        case .home?: return "Home"
        case .walkthrough?: return "Self-assessment"
        case .gapReport?: return "Gap report"
        case .teamPicker?: return "Choose a team"
        case .heatmap?: return "Team heatmap"
        case .validation?: return "Validation queue"
        case .trainingNeeds?: return "Training needs"
        case .frameworks?: return "Frameworks"
        case .competency?: return "Competency"
        case nil: return ""
        }
    }

    static func drawTitleBar(_ buffer: inout CellBuffer, state: AppState) {
        buffer.fill(x: 0, y: 0, width: buffer.width, height: 1, style: .statusBar)
        let left = " skills-tui · \(title(of: state.screen))"
        var right = state.session.map { "\($0.displayName) " } ?? ""
        if state.isDemo { right = right.isEmpty ? "demo organisation " : "demo · " + right }
        let rightWidth = DisplayWidth.of(right)
        buffer.put(left, x: 0, y: 0, style: .statusBar, maxWidth: max(0, buffer.width - rightWidth - 1))
        buffer.put(right, x: max(DisplayWidth.of(left) + 1, buffer.width - rightWidth), y: 0, style: .statusBar)
    }

    /// The message line: an error first (even over an open field, which comes back with
    /// the next key), then an open text field, else the flash message.
    static func drawMessageLine(_ buffer: inout CellBuffer, state: AppState) {
        let row = Layout.messageRow(state.size)
        if let flash = state.flash, flash.isError {
            buffer.put(" " + flash.text, x: 0, y: row, style: .error)
            return
        }
        if let field = activeField(state) {
            let prompt = " \(field.prompt): "
            let used = buffer.put(prompt, x: 0, y: row, style: .heading)
            let room = buffer.width - used - 2
            // Show the end of a long entry: that is where the typing happens.
            var text = field.text
            while DisplayWidth.of(text) > room, !text.isEmpty { text.removeFirst() }
            let typed = buffer.put(text, x: used, y: row)
            buffer.put(" ", x: used + typed, y: row, style: .cursor)
            return
        }
        if let prompt = exportChoicePrompt(state) {
            buffer.put(" " + prompt, x: 0, y: row, style: .heading)
            return
        }
        if let flash = state.flash {
            buffer.put(" " + flash.text, x: 0, y: row, style: flash.isError ? .error : .flash)
        }
    }

    static func activeField(_ state: AppState) -> TextField? {
        switch state.screen {
        case .walkthrough(let walk)?: return walk.noteEditor
        case .validation(let validation)?: return validation.noteEditor
        case .heatmap(let heatmap)?: return heatmap.search.field
        case .rolePicker(let picker)?: return picker.search.field
        case .teamPicker(let picker)?: return picker.search.field
        case .frameworks(let browser)?: return browser.search.field
        case .trainingNeeds(let needs)?: return needs.export?.replacing == nil ? needs.export?.path ?? needs.search.field : nil
        default: return nil
        }
    }

    static func exportChoicePrompt(_ state: AppState) -> String? {
        guard case .trainingNeeds(let needs)? = state.screen, let export = needs.export else { return nil }
        if let replacing = export.replacing {
            // The question first: a long path is cut at the edge of the screen, never the question.
            return "\(replacing.split(separator: "/").last.map(String.init) ?? replacing) exists. Replace it? y/n  (\(replacing))"
        }
        guard export.path == nil else { return nil }
        return "Export as: c CSV · x CSV for Excel · j JSON · m Markdown · Esc cancel"
    }

    static func drawStatusBar(_ buffer: inout CellBuffer, state: AppState) {
        let row = Layout.statusRow(state.size)
        buffer.fill(x: 0, y: row, width: buffer.width, height: 1, style: .statusBar)
        var x = 1
        for hint in KeyHelp.hints(for: state) where hint.isShort {
            let width = DisplayWidth.of(hint.keys) + 1 + DisplayWidth.of(hint.action)
            if x + width >= buffer.width { break }
            x += buffer.put(hint.keys, x: x, y: row, style: .statusKey)
            x += buffer.put(" " + hint.action + "  ", x: x, y: row, style: .statusBar)
        }
    }

    static func drawHelp(_ buffer: inout CellBuffer, state: AppState) {
        let hints = KeyHelp.hints(for: state) + [KeyHint("Ctrl-C", "quit from anywhere", short: false)]
        let keyWidth = hints.map { DisplayWidth.of($0.keys) }.max() ?? 0
        var lines = hints.map { DisplayWidth.pad($0.keys, to: keyWidth) + "  " + $0.action }
        if case .heatmap? = state.screen {
            // What the cells mean, for the screen where it matters.
            lines += [""] + HeatmapFormat.legendLines
        }
        let width = min(buffer.width - 4, max(36, (lines.map(DisplayWidth.of).max() ?? 0) + 6))
        let height = min(buffer.height - 2, lines.count + 4)
        let left = (buffer.width - width) / 2
        let top = max(1, (buffer.height - height) / 2)
        drawBox(&buffer, x: left, y: top, width: width, height: height, title: "Keys: \(title(of: state.screen))")
        for (index, line) in lines.prefix(height - 4).enumerated() {
            buffer.put(line, x: left + 3, y: top + 2 + index, maxWidth: width - 4)
        }
        buffer.put("Any key closes this", x: left + 3, y: top + height - 1, style: .dim, maxWidth: width - 4)
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

    static func drawTooSmall(_ buffer: inout CellBuffer, size: ScreenSize) {
        let lines = [
            "Terminal too small: \(size.width)x\(size.height)",
            "skills-tui needs at least \(ScreenSize.minimum.width)x\(ScreenSize.minimum.height).",
            "Enlarge the window, or press q to quit.",
        ]
        let top = max(0, (size.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let width = DisplayWidth.of(line)
            buffer.put(line, x: max(0, (size.width - width) / 2), y: top + index, style: index == 0 ? .warning : .normal)
        }
    }
}

/// Small drawing helpers shared by the views.
enum Draw {
    /// Splits `text` into lines of at most `width` columns at spaces; a line break or tab
    /// in it (a note, a description in several paragraphs) counts as a space.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        // Words measured as they will be shown (`CellBuffer.put` shows text inert).
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r\n" || $0 == "\r" })
        for word in words.map({ TerminalText.inert(String($0)) }) {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if DisplayWidth.of(candidate) <= width {
                line = candidate
            } else {
                if !line.isEmpty { lines.append(line) }
                line = DisplayWidth.of(String(word)) > width ? DisplayWidth.truncate(String(word), to: width) : String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// At most `maxLines` lines of wrapped text, the last cut with `…` if there is more.
    static func wrap(_ text: String, width: Int, maxLines: Int) -> [String] {
        var lines = wrap(text, width: width)
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            lines[maxLines - 1] = DisplayWidth.truncate(lines[maxLines - 1] + " …", to: width)
            if !lines[maxLines - 1].hasSuffix("…") { lines[maxLines - 1] += "…" }
        }
        return lines
    }

    /// A bar of `width` cells, `fraction` of it filled.
    static func bar(_ fraction: Double, width: Int) -> String {
        let filled = max(0, min(width, Int((fraction * Double(width)).rounded())))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }

    /// The style of a gap band.
    static func style(_ band: GapBand) -> Style {
        switch band {
        case .met: return .gapMet
        case .oneShort: return .gapOne
        case .twoShort: return .gapTwo
        case .threeOrMoreShort: return .gapThree
        case .unrated: return .unrated
        case .notRequired: return .notRequired
        }
    }

    /// Draws list rows `offset..<offset+visible` with `row(index, y, selected)`.
    static func list(count: Int, cursor: ListCursor, top: Int, visible: Int, _ row: (Int, Int, Bool) -> Void) {
        guard count > 0 else { return }
        for line in 0..<visible {
            let index = cursor.offset + line
            guard index < count else { break }
            row(index, top + line, index == cursor.selection)
        }
    }

    /// "17-33 of 153" in the middle of the title bar when a list does not fit on screen.
    static func scrollMarkers(_ buffer: inout CellBuffer, count: Int, cursor: ListCursor, visible: Int) {
        guard count > visible else { return }
        let text = " \(cursor.offset + 1)-\(min(count, cursor.offset + visible)) of \(count) "
        // After the screen title, which ends before column 34 on every screen.
        buffer.put(text, x: 34, y: 0, style: .statusKey)
    }
}
