import SkillsMatrix

/// The self-assessment walk-through: one competency at a time, every answer saved at once.
extension Reducer {
    static func walkthroughKey(_ key: Key, _ walk: WalkthroughState, _ state: inout AppState) -> [Effect]? {
        var walk = walk
        // Every path below only edits `walk` and never pushes a screen, so one write-back suffices.
        defer { state.replaceTop(.walkthrough(walk)) }
        if var editor = walk.noteEditor {
            switch editor.handle(key) {
            case .editing:
                walk.noteEditor = editor
                return []
            case .cancelled:
                walk.noteEditor = nil
                return []
            case .confirmed(let text):
                walk.noteEditor = nil
                // Attach the note now if the competency already has an answer, so nothing
                // confirmed waits in memory; otherwise it goes with the next answer. The
                // note the answer already has, confirmed again, changes nothing: recording
                // it would add a rating event and make an old answer look fresh.
                if let step = walk.step, let current = step.ratings?.selfRating {
                    guard Workspace.normalisedNote(text) != (step.selfNote ?? "") else {
                        state.flash = Flash("Note unchanged: nothing recorded.")
                        return []
                    }
                    return [answerEffect(walk, step: step, level: current.level, note: text, nextPosition: walk.position, catalog: state.catalog)]
                }
                walk.pendingNote = text.isEmpty ? nil : text
                if !text.isEmpty { state.flash = Flash("Note kept: pick a level 0-4 to save it with the answer.") }
                return []
            }
        }
        let count = walk.walkthrough.steps.count
        if walk.isFinished {
            switch key {
            case .enter: return [.load(.gapReport)]
            case .character("b"), .left, .character("h"):
                walk.position = max(0, count - 1)
                walk.levelCursor = defaultLevel(walk)
                return [.recordProgress(scope: walk.walkthrough.scope, position: walk.position)]
            default: return nil
            }
        }
        guard let step = walk.step else { return nil }
        if let level = key.digit {
            guard ProficiencyScale.levelRange.contains(level) else {
                state.flash = Flash("Levels run from 0 (None) to 4 (Expert).", isError: true)
                return []
            }
            return [answerEffect(walk, step: step, level: level, note: walk.pendingNote ?? "", nextPosition: walk.position + 1, catalog: state.catalog)]
        }
        switch key {
        case .up, .character("k"):
            walk.levelCursor = max(0, walk.levelCursor - 1)
        case .down, .character("j"):
            walk.levelCursor = min(ProficiencyScale.levelRange.upperBound, walk.levelCursor + 1)
        case .enter:
            return [answerEffect(walk, step: step, level: walk.levelCursor, note: walk.pendingNote ?? "", nextPosition: walk.position + 1, catalog: state.catalog)]
        case .character("n"):
            let id = state.catalog.competencies[step.competency].id
            walk.noteEditor = TextField(
                prompt: "Evidence for \(id)", text: walk.pendingNote ?? step.selfNote ?? "", limit: Workspace.maximumNoteLength)
        case .character("s"), .right, .character("l"):
            return move(&walk, to: walk.position + 1)
        case .character("b"), .left, .character("h"):
            guard walk.position > 0 else { return [] }
            return move(&walk, to: walk.position - 1)
        case .character("g"), .home:
            return move(&walk, to: 0)
        case .character("G"), .end:
            return move(&walk, to: count - 1)
        case .character("f"):
            return [.load(.walkthrough(nextScope(after: walk.walkthrough.scope, catalog: state.catalog)))]
        default:
            return nil
        }
        return []
    }

    static func answerEffect(_ walk: WalkthroughState, step: Walkthrough.Step, level: Int, note: String, nextPosition: Int, catalog: Catalog) -> Effect {
        .answer(
            competencyID: catalog.competencies[step.competency].id, level: level, note: note, scope: walk.walkthrough.scope,
            nextPosition: nextPosition)
    }

    static func move(_ walk: inout WalkthroughState, to position: Int) -> [Effect] {
        walk.position = max(0, min(position, walk.walkthrough.steps.count))
        walk.levelCursor = defaultLevel(walk)
        walk.pendingNote = nil
        return [.recordProgress(scope: walk.walkthrough.scope, position: walk.position)]
    }

    /// Where the level cursor starts: on the current answer, else on None.
    static func defaultLevel(_ walk: WalkthroughState) -> Int {
        walk.step?.ratings?.selfRating?.level ?? 0
    }

    /// The role's competencies, then each framework whole, then back to the role.
    static func nextScope(after scope: WalkthroughScope, catalog: Catalog) -> WalkthroughScope {
        let ids = catalog.frameworks.map(\.id)
        switch scope {
        case .role:
            return ids.first.map(WalkthroughScope.framework) ?? .role
        case .framework(let id):
            guard let index = ids.firstIndex(of: id), index + 1 < ids.count else { return .role }
            return .framework(ids[index + 1])
        }
    }

    static func applyAnswer(_ rating: RatingEvent, nextPosition: Int, to state: inout AppState) -> [Effect] {
        guard case .walkthrough(var walk) = state.screen,
            let index = walk.walkthrough.steps.firstIndex(where: { state.catalog.competencies[$0.competency].id == rating.competencyID })
        else { return [] }
        var ratings = walk.walkthrough.steps[index].ratings ?? CompetencyRating(competency: walk.walkthrough.steps[index].competency)
        ratings.selfRating = Rating(level: rating.level, ratedAt: rating.ratedAt)
        walk.walkthrough.steps[index].ratings = ratings
        walk.walkthrough.steps[index].selfNote = rating.note.isEmpty ? nil : rating.note
        let stayed = nextPosition == walk.position
        walk.position = min(nextPosition, walk.walkthrough.steps.count)
        walk.pendingNote = nil
        walk.levelCursor = defaultLevel(walk)
        let label = state.catalog.framework(ofCompetency: walk.walkthrough.steps[index].competency).scale.label(of: rating.level)
        if stayed {
            // Ratings are never edited: the note went in with a new rating at the same level.
            state.flash = Flash("Note saved: \(rating.competencyID) = \(rating.level) \(label) recorded again today with it.")
        } else {
            let noted = rating.note.isEmpty ? "" : " with your note"
            state.flash = Flash("Saved \(rating.competencyID) = \(rating.level) \(label)\(noted). \(walk.walkthrough.answeredCount) of \(walk.walkthrough.steps.count) answered.")
        }
        state.replaceTop(.walkthrough(walk))
        return []
    }
}
