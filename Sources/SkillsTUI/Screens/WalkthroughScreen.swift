import SkillsMatrix

/// The self-assessment: one competency at a time, every level's indicator on screen,
/// every answer saved at once. A note typed before the level waits with its competency
/// (moving on keeps it; leaving asks), `o` lists every competency to jump to, Tab goes
/// to the next one without an answer, `f` switches between the role and the whole
/// framework at the same competency, and `u` takes back the last answer.
public struct WalkthroughScreen: ScreenModel {
    public var walkthrough: Walkthrough
    /// The step shown; equal to the step count when every step has been passed.
    public var position: Int
    /// The level the arrow keys point at.
    public var levelCursor: Int
    public var noteEditor: LineEditor?
    /// Notes confirmed for competencies not yet answered, by competency (so they follow
    /// a switch between the role and a whole framework): saved with the answer.
    public var pendingNotes: [Int: String] = [:]
    /// How far the step's text is scrolled when it does not fit.
    public var scroll = 0
    /// The list of every competency (`o`), while it is open.
    public var picker: ListState?

    public init(walkthrough: Walkthrough, position: Int) {
        self.walkthrough = walkthrough
        self.position = max(0, min(position, walkthrough.steps.count))
        self.levelCursor = 0
        self.levelCursor = defaultLevel
    }

    public var isFinished: Bool { position >= walkthrough.steps.count }
    public var step: Walkthrough.Step? { isFinished ? nil : walkthrough.steps[position] }
    public var pendingNote: String? { step.flatMap { pendingNotes[$0.competency] } }

    /// Where the level cursor starts: on the current answer, else on None.
    var defaultLevel: Int { step?.ratings?.selfRating?.level ?? 0 }

    /// The steps without an answer, in order.
    public var unanswered: [Int] { walkthrough.steps.indices.filter { walkthrough.steps[$0].ratings?.selfRating == nil } }

    public enum Action: Hashable, Sendable {
        case answer(Int)
        case answerAtCursor
        /// "Still level N": the current self rating again, for the open review cycle.
        case reconfirm
        case level(Int)
        case scroll(Int)
        case note
        case edit(Key)
        case next, previous, first, last
        case nextUnanswered
        case openList
        case list(ListState.Movement)
        case listChoose
        case listClose
        case switchScope
        case undo
        case gapReport
        case click(y: Int)
    }

    public func title(_ context: ScreenContext) -> String { context.screenWords.walkthroughTitle }

    public func keyMap(_ context: ScreenContext) -> KeyMap<Action> {
        let words = context.screenWords
        if noteEditor != nil { return LineEditor.keyMap(context.screenWords).forwarding(Action.edit) }
        if picker != nil {
            return KeyMap(ListState.movementBindings(context.screenWords).map { $0.map(Action.list) } + [
                KeyBinding([.key(.enter)], "Enter", words.keyGoToIt, .listChoose),
                .click(words.keyGoToIt, words: context.screenWords) { _, y in .click(y: y) },
                KeyBinding([.key(.escape), .key(.character("o")), .key(.character("q"))], "Esc/o", words.keyCloseList, .listClose),
            ])
        }
        var bindings: [KeyBinding<Action>] = []
        if isFinished {
            bindings += [
                KeyBinding([.key(.enter)], "Enter", words.keyMyGapReport, .gapReport),
                KeyBinding([.key(.character("b")), .key(.left)], "b/←", words.keyBackToLast, .previous),
            ]
        } else {
            bindings += [
                KeyBinding([.digits(0...9)], "0-4", words.keyAnswer) { key in key.digit.map(Action.answer) },
                KeyBinding([.key(.up), .key(.down), .key(.character("k")), .key(.character("j"))], "↑↓", words.keyPickLevel) { key in
                    .level(key == .up || key == .character("k") ? -1 : 1)
                },
                KeyBinding([.key(.enter)], "Enter", words.keyAnswerPicked, statusBar: false, .answerAtCursor),
            ]
            // Offered where the open cycle waits for it: a rating from before the cycle.
            if let step, step.awaitsReconfirmation, let level = step.ratings?.selfRating?.level {
                bindings.append(KeyBinding("c", context.words.plans.keyStillLevel(level), .reconfirm))
            }
            bindings += [
                KeyBinding("n", words.keyNote, .note),
                KeyBinding([.key(.character("s")), .key(.right), .key(.character("l"))], "s/→", words.keySkip, .next),
                KeyBinding([.key(.character("b")), .key(.left), .key(.character("h"))], "b/←", words.keyBack, .previous),
                KeyBinding([.key(.pageUp), .key(.pageDown)], "PgUp/PgDn", words.keyScrollText, statusBar: false) { .scroll($0 == .pageUp ? -1 : 1) },
            ]
        }
        bindings += [
            KeyBinding([.key(.tab)], "Tab", words.keyNextUnanswered, .nextUnanswered),
            KeyBinding("o", words.keyListAll, .openList),
            KeyBinding([.key(.character("g")), .key(.home)], "g", words.keyFirst, statusBar: false, .first),
            KeyBinding([.key(.character("G")), .key(.end)], "G", words.keyLast, statusBar: false, .last),
            KeyBinding("f", isRoleScope ? words.keyWholeFramework : words.keyBackToRole, statusBar: false, .switchScope),
        ]
        if !context.undoable.isEmpty { bindings.append(KeyBinding("u", words.keyUndoLastAnswer, .undo)) }
        return KeyMap(bindings)
    }

    var isRoleScope: Bool {
        if case .role = walkthrough.scope { return true }
        return false
    }

    public mutating func perform(_ action: Action, _ context: inout ScreenContext) -> [Effect] {
        switch action {
        case .answer(let level):
            guard let step, context.acceptsLevel(level) else { return [] }
            return [answerEffect(step, level: level, note: pendingNote ?? "", nextPosition: nextAfterAnswer, context.catalog)]
        case .answerAtCursor:
            guard let step else { return [] }
            return [answerEffect(step, level: levelCursor, note: pendingNote ?? "", nextPosition: nextAfterAnswer, context.catalog)]
        case .reconfirm:
            guard let step, step.awaitsReconfirmation else { return [] }
            return [.reconfirm(competencyID: context.catalog.competencies[step.competency].id, scope: walkthrough.scope, nextPosition: nextAfterAnswer)]
        case .level(let step):
            levelCursor = max(0, min(ProficiencyScale.levelRange.upperBound, levelCursor + step))
            followCursor(context)
        case .scroll(let direction):
            let height = bodyArea(context.size).height
            scroll = max(0, min(scroll + direction * max(1, height - 1), maximumScroll(context)))
        case .note:
            guard let step else { return [] }
            let id = context.catalog.competencies[step.competency].id
            noteEditor = LineEditor(prompt: context.words.evidenceFor(id), text: pendingNote ?? step.selfNote ?? "", limit: Workspace.maximumNoteLength)
        case .edit(let key):
            return edit(key, &context)
        case .next:
            return move(to: position + 1, &context)
        case .previous:
            guard position > 0 else { return [] }
            return move(to: position - 1, &context)
        case .first:
            return move(to: 0, &context)
        case .last:
            return move(to: walkthrough.steps.count - 1, &context)
        case .nextUnanswered:
            let open = unanswered
            guard let next = open.first(where: { $0 > position }) ?? open.first else {
                context.say(context.screenWords.everyAnswered)
                return []
            }
            return move(to: next, &context)
        case .openList:
            var list = ListState(selection: min(position, walkthrough.steps.count - 1))
            list.clamp(count: walkthrough.steps.count, visible: bodyArea(context.size).height)
            picker = list
        case .list(let movement):
            let visible = bodyArea(context.size).height
            picker?.move(movement, count: walkthrough.steps.count, visible: visible)
        case .listChoose:
            guard let chosen = picker?.selection else { return [] }
            picker = nil
            return move(to: chosen, &context)
        case .click(let y):
            guard let list = picker, let index = ListView.item(atY: y, list, count: walkthrough.steps.count, in: bodyArea(context.size)) else { return [] }
            picker = nil
            return move(to: index, &context)
        case .listClose:
            picker = nil
        case .switchScope:
            return [switchScope(context.catalog)]
        case .undo:
            return context.undoable.last.map { [.withdraw($0)] } ?? []
        case .gapReport:
            return [.load(.gapReport(login: nil))]
        }
        return []
    }

    /// The note field: Enter keeps the note with the competency, or saves it at once
    /// when the competency has an answer (unless it is unchanged: that records nothing).
    private mutating func edit(_ key: Key, _ context: inout ScreenContext) -> [Effect] {
        guard var editor = noteEditor else { return [] }
        switch editor.handle(key) {
        case .editing:
            noteEditor = editor
            return []
        case .cancelled:
            noteEditor = nil
            context.say(editor.isChanged ? context.screenWords.noteNotChanged : "")
            return []
        case .confirmed(let text):
            noteEditor = nil
            guard let step else { return [] }
            if let current = step.ratings?.selfRating {
                guard Workspace.normalisedNote(text) != (step.selfNote ?? "") else {
                    context.say(context.screenWords.noteUnchanged)
                    return []
                }
                return [answerEffect(step, level: current.level, note: text, nextPosition: position, context.catalog)]
            }
            let trimmed = Workspace.normalisedNote(text)
            pendingNotes[step.competency] = trimmed.isEmpty ? nil : trimmed
            if !trimmed.isEmpty { context.say(context.screenWords.noteKept) }
            return []
        }
    }

    /// Where an answer moves on to: the next competency to rate again while any is left
    /// (training done, or wording changed), else the next one in order.
    var nextAfterAnswer: Int {
        guard walkthrough.rerate.contains(position), let next = walkthrough.rerate.first(where: { $0 != position }) else { return position + 1 }
        return next
    }

    func answerEffect(_ step: Walkthrough.Step, level: Int, note: String, nextPosition: Int, _ catalog: Catalog) -> Effect {
        .answer(
            competencyID: catalog.competencies[step.competency].id, level: level, note: note, scope: walkthrough.scope,
            nextPosition: nextPosition)
    }

    mutating func move(to target: Int, _ context: inout ScreenContext) -> [Effect] {
        if let note = pendingNote, target != position {
            context.say(context.words.noteKeptUntilAnswered(note))
        }
        position = max(0, min(target, walkthrough.steps.count))
        levelCursor = defaultLevel
        scroll = 0
        return [.recordProgress(scope: walkthrough.scope, position: position)]
    }

    /// The role's competencies and the whole framework of the competency shown, at that
    /// competency: switching keeps the person's place.
    func switchScope(_ catalog: Catalog) -> Effect {
        let here = (step ?? walkthrough.steps.last).map { catalog.competencies[$0.competency] }
        switch walkthrough.scope {
        case .role:
            let framework = here?.frameworkID ?? catalog.frameworks.first?.id ?? ""
            return .load(.walkthrough(.framework(framework), at: here?.id))
        case .framework:
            return .load(.walkthrough(.role, at: here?.id))
        }
    }

    public mutating func receive(_ update: Outcome, _ context: inout ScreenContext) -> [Effect] {
        switch update {
        case .rated(let receipt, let nextPosition):
            applyAnswer(receipt.event, nextPosition: nextPosition ?? position, &context)
        case .withdrawn(let withdrawal):
            guard withdrawal.withdrawn.track == .selfAssessment,
                let index = walkthrough.steps.firstIndex(where: { context.catalog.competencies[$0.competency].id == withdrawal.withdrawn.competencyID })
            else { return [] }
            walkthrough.steps[index].ratings = withdrawal.current
            walkthrough.steps[index].selfNote = withdrawal.currentSelfNote
            levelCursor = defaultLevel
            // Whether the rating now current counts for the cycle is the engine's to say.
            if walkthrough.steps[index].isCycleItem { return [.load(.walkthrough(walkthrough.scope, at: nil))] }
        default:
            break
        }
        return []
    }

    mutating func applyAnswer(_ rating: RatingEvent, nextPosition: Int, _ context: inout ScreenContext) {
        guard let index = walkthrough.steps.firstIndex(where: { context.catalog.competencies[$0.competency].id == rating.competencyID }) else { return }
        let reconfirmed = walkthrough.steps[index].awaitsReconfirmation && walkthrough.steps[index].ratings?.selfRating?.level == rating.level
        var ratings = walkthrough.steps[index].ratings ?? CompetencyRating(competency: walkthrough.steps[index].competency)
        ratings.selfRating = Rating(level: rating.level, ratedAt: rating.ratedAt)
        walkthrough.steps[index].ratings = ratings
        walkthrough.steps[index].selfNote = rating.note.isEmpty ? nil : rating.note
        // Made now, so it counts for the open cycle wherever the cycle asks for it.
        walkthrough.steps[index].countsForCycle = walkthrough.steps[index].isCycleItem
        pendingNotes[walkthrough.steps[index].competency] = nil
        // Rated again: no longer asked for.
        walkthrough.rerate.removeAll { $0 == index }
        walkthrough.trainedIn[index] = nil
        let stayed = nextPosition == position
        position = min(nextPosition, walkthrough.steps.count)
        levelCursor = defaultLevel
        scroll = 0
        let label = context.catalog.framework(ofCompetency: walkthrough.steps[index].competency).scale.label(of: rating.level)
        if stayed {
            // Ratings are never edited: the note went in with a new rating at the same level.
            context.say(
                reconfirmed
                    ? context.words.plans.reconfirmedWithNote(competency: rating.competencyID, level: rating.level, label: label)
                    : context.words.noteSavedAgain(competency: rating.competencyID, level: rating.level, label: label))
        } else if reconfirmed {
            let left = walkthrough.steps.count { $0.isCycleItem && !$0.countsForCycle }
            context.say(context.words.plans.reconfirmed(competency: rating.competencyID, level: rating.level, label: label, left: left))
        } else {
            context.say(
                context.words.savedAnswer(
                    competency: rating.competencyID, level: rating.level, label: label, noted: !rating.note.isEmpty,
                    answered: walkthrough.answeredCount, of: walkthrough.steps.count))
        }
    }

    public func messageLine(_ context: ScreenContext) -> MessageLine? { noteEditor.map(MessageLine.editor) }

    public var unsavedNotes: Int { pendingNotes.count }

    public func position(_ context: ScreenContext) -> String? {
        isFinished ? context.screenWords.done : context.words.position(position + 1, of: walkthrough.steps.count)
    }

    public mutating func fit(_ context: ScreenContext) {
        scroll = min(scroll, maximumScroll(context))
        if var list = picker {
            list.clamp(count: walkthrough.steps.count, visible: bodyArea(context.size).height)
            picker = list
        }
    }
}
