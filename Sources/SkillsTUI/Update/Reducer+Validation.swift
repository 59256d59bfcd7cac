import Foundation
import SkillsMatrix

/// A lead's validation queue.
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
        let visible = Layout.listRows(of: .validation(validation), state.size) ?? 1
        if validation.cursor.move(key, count: validation.items.count, visible: visible) {
            validation.pendingNote = nil
            return []
        }
        guard validation.items.indices.contains(validation.cursor.selection) else { return nil }
        let item = validation.items[validation.cursor.selection]
        let competencyID = state.catalog.competencies[item.competency].id
        if let level = key.digit {
            guard ProficiencyScale.levelRange.contains(level) else {
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
        let visible = Layout.listRows(of: .validation(validation), state.size) ?? 1
        validation.cursor.clamp(count: validation.items.count, visible: visible)
        let label = state.catalog.competency(rating.competencyID).map { state.catalog.framework($0.frameworkID)?.scale.label(of: rating.level) ?? "" } ?? ""
        state.flash = Flash("Lead rating saved: \(rating.personLogin) \(rating.competencyID) = \(rating.level) \(label). \(validation.items.count) waiting.")
        state.replaceTop(.validation(validation))
    }
}
