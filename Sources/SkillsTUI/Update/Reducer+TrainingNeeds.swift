import Foundation
import SkillsMatrix

/// HR's training-needs list and its export dialog.
extension Reducer {
    static func trainingNeedsKey(_ key: Key, _ needs: TrainingNeedsState, _ state: inout AppState) -> [Effect]? {
        var needs = needs
        if needs.remoteExportCommand != nil {
            needs.remoteExportCommand = nil
            state.replaceTop(.trainingNeeds(needs))
            return []
        }
        if var export = needs.export {
            let effects = exportKey(key, &export, report: needs.report, now: state.now)
            needs.export = effects == nil ? nil : export
            state.replaceTop(.trainingNeeds(needs))
            return effects ?? []
        }
        let visible = Layout.listRows(of: .trainingNeeds(needs), state.size) ?? 1
        if needs.handleSearch(key, catalog: state.catalog) {
            needs.cursor = ListCursor()
            state.replaceTop(.trainingNeeds(needs))
            return []
        }
        let lines = needs.lines
        if needs.cursor.move(key, count: lines.count, visible: visible) {
            state.replaceTop(.trainingNeeds(needs))
            return []
        }
        switch key {
        case .character("e"):
            needs.export = TrainingNeedsState.ExportPrompt()
        case .character("/"):
            needs.beginSearch()
        case .escape where !needs.search.query.isEmpty:
            needs.clearSearch()
            needs.cursor = ListCursor()
        case .enter:
            guard lines.indices.contains(needs.cursor.selection) else { return [] }
            let groupIndex: Int
            switch lines[needs.cursor.selection] {
            case .group(let group): groupIndex = group
            case .need(let group, _): groupIndex = group
            }
            state.stack.append(.competency(CompetencyState(competency: needs.report.groups[groupIndex].competency)))
            return []
        default:
            return nil
        }
        state.replaceTop(.trainingNeeds(needs))
        return []
    }

    /// The export dialog: a format key, then a path. Returns nil when the dialog closes
    /// without exporting, the export effect once a path is confirmed, else no effects.
    static func exportKey(_ key: Key, _ export: inout TrainingNeedsState.ExportPrompt, report: TrainingNeedsReport, now: Date) -> [Effect]? {
        if let replacing = export.replacing {
            // "Replace it?": y writes over it; n or Esc goes back to the name to change it.
            switch key {
            case .character("y"), .character("Y"):
                export.replacing = nil
                guard let format = export.format else { return [] }
                return [.export(teamID: report.teamID, format: format, excel: export.excel, path: replacing, replacing: true)]
            case .character("n"), .character("N"), .escape:
                export.replacing = nil
                return []
            default:
                return []
            }
        }
        if var path = export.path {
            switch path.handle(key) {
            case .editing:
                export.path = path
                return []
            case .cancelled:
                return nil
            case .confirmed(let text):
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                guard !trimmed.isEmpty, let format = export.format else { return [] }
                return [.export(teamID: report.teamID, format: format, excel: export.excel, path: trimmed, replacing: false)]
            }
        }
        let suffix: String
        switch key {
        case .character("c"): (export.format, export.excel, suffix) = (.csv, false, "csv")
        case .character("x"): (export.format, export.excel, suffix) = (.csv, true, "csv")
        case .character("j"): (export.format, export.excel, suffix) = (.json, false, "json")
        case .character("m"): (export.format, export.excel, suffix) = (.markdown, false, "md")
        case .escape, .character("q"): return nil
        default: return []
        }
        let name = "training-needs-\(report.teamID ?? "organisation")-\(DateText.day(now)).\(suffix)"
        export.path = TextField(prompt: export.excel ? "Save CSV for Excel to" : "Save \(suffix.uppercased()) to", text: name, limit: 4_096)
        return []
    }
}
