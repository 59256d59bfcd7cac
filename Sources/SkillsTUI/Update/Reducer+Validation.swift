import Foundation
import SkillsMatrix

/// A lead's validation queue and HR's training-needs list.
extension Reducer {
    static func validationKey(_ key: Key, _ validation: ValidationState, _ state: inout AppState) -> [Effect]? {
        var validation = validation
        // Every path below only edits `validation` and never pushes a screen.
        defer { state.replaceTop(.validation(validation)) }
        if var editor = validation.noteEditor {
            switch editor.handle(key) {
            case .editing: validation.noteEditor = editor
            case .cancelled: validation.noteEditor = nil
            case .confirmed(let text):
                validation.noteEditor = nil
                validation.pendingNote = text.isEmpty ? nil : text
                if !text.isEmpty { state.flash = Flash("Note kept: press a to accept or 0-4 to set your level; it is saved with it.") }
            }
            return []
        }
        let visible = Layout.listRows(state.size, headerRows: Layout.validationHeaderRows, footerRows: Layout.validationDetailRows)
        if validation.cursor.move(key, count: validation.items.count, visible: visible) {
            validation.pendingNote = nil
            return []
        }
        guard validation.items.indices.contains(validation.cursor.selection) else { return nil }
        let item = validation.items[validation.cursor.selection]
        let competencyID = state.catalog.competencies[item.competency].id
        if let level = key.digit {
            guard ProficiencyScale.levels.contains(level) else {
                state.flash = Flash("Levels run from 0 (None) to 4 (Expert).", isError: true)
                return []
            }
            return [.validate(login: item.person.login, competencyID: competencyID, level: level, note: validation.pendingNote ?? "")]
        }
        switch key {
        case .character("a"):
            return [.validate(login: item.person.login, competencyID: competencyID, level: item.selfEvent.level, note: validation.pendingNote ?? "")]
        case .character("n"):
            validation.noteEditor = TextField(prompt: "Note for \(item.person.login) \(competencyID)", text: validation.pendingNote ?? "", limit: Workspace.maximumNoteLength)
            return []
        default:
            return nil
        }
    }

    static func applyValidation(_ rating: RatingEvent, to state: inout AppState) {
        guard case .validation(var validation) = state.screen else { return }
        validation.items.removeAll {
            $0.person.login == rating.personLogin && state.catalog.competencies[$0.competency].id == rating.competencyID
        }
        validation.pendingNote = nil
        let visible = Layout.listRows(state.size, headerRows: Layout.validationHeaderRows, footerRows: Layout.validationDetailRows)
        validation.cursor.clamp(count: validation.items.count, visible: visible)
        let label = state.catalog.competency(rating.competencyID).map { state.catalog.framework($0.frameworkID)?.scale.label(of: rating.level) ?? "" } ?? ""
        state.flash = Flash("Lead rating saved: \(rating.personLogin) \(rating.competencyID) = \(rating.level) \(label). \(validation.items.count) waiting.")
        state.replaceTop(.validation(validation))
    }

    // MARK: - Training needs

    static func trainingNeedsKey(_ key: Key, _ needs: TrainingNeedsState, _ state: inout AppState) -> [Effect]? {
        var needs = needs
        if var export = needs.export {
            let effects = exportKey(key, &export, report: needs.report, now: state.now)
            needs.export = effects == nil ? nil : export
            state.replaceTop(.trainingNeeds(needs))
            return effects ?? []
        }
        let visible = Layout.listRows(state.size, headerRows: Layout.trainingNeedsHeaderRows)
        if needs.search.handle(key) {
            needs.cursor = ListCursor()
            state.replaceTop(.trainingNeeds(needs))
            return []
        }
        let lines = needs.lines(catalog: state.catalog)
        if needs.cursor.move(key, count: lines.count, visible: visible) {
            state.replaceTop(.trainingNeeds(needs))
            return []
        }
        switch key {
        case .character("e"):
            needs.export = TrainingNeedsState.ExportPrompt()
        case .character("/"):
            needs.search.begin(prompt: "Find competency or person")
        case .escape where !needs.search.query.isEmpty:
            needs.search = SearchBox()
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
                return [.export(teamID: report.teamID, format: format, excel: export.excel, path: trimmed)]
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
