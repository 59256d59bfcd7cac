import SkillsMatrix

/// The update function: `reduce(state, event)` changes the state and returns the side
/// effects to perform. Pure: no I/O, no clock, no terminal, so every key sequence can be
/// tested without a terminal.
public enum Reducer {
    public static func reduce(_ state: inout AppState, _ event: Event) -> [Effect] {
        let effects: [Effect]
        switch event {
        case .resize(let size):
            state.size = size
            let context = ScreenContext(state)
            for index in state.stack.indices { state.stack[index].fit(context) }
            return []
        case .key(let key):
            effects = handleKey(&state, key)
        case .outcome(.loaded(let payload)):
            effects = apply(payload, to: &state)
        case .outcome(let outcome):
            effects = take(outcome, &state)
        }
        showPlaceholders(for: effects, &state)
        return effects
    }

    /// Opens the `LoadingScreen` of each slow load that opens a screen, so the frame after
    /// the key is already that screen (saying "Loading…"), not the one the key was pressed
    /// on. Not for a screen reloading itself (`r`): it stays as it is until the data comes.
    static func showPlaceholders(for effects: [Effect], _ state: inout AppState) {
        for case .load(let request) in effects {
            guard let placeholder = LoadingScreen(request), state.screen?.reload != request else { continue }
            state.stack.append(placeholder)
        }
    }

    /// Takes away the placeholder of `request`, now that its screen has come.
    static func dropPlaceholder(of request: Request, _ state: inout AppState) {
        if let top = state.top(LoadingScreen.self), top.request == request { state.stack.removeLast() }
    }

    /// A saved rating, a rating taken back, an export, a failure: said once here, then
    /// handed to the screen on top, which may say more.
    static func take(_ outcome: Outcome, _ state: inout AppState) -> [Effect] {
        switch outcome {
        case .rated(let receipt, _):
            state.undoable.append(receipt)
            state.flash = Flash(savedMessage(receipt, catalog: state.catalog, language: state.language))
        case .withdrawn(let withdrawal):
            state.undoable.removeAll { $0.eventNumber == withdrawal.eventNumber }
            let effects = deliver(outcome, to: &state)
            state.flash = Flash(withdrawnMessage(withdrawal, catalog: state.catalog, language: state.language))
            return effects
        case .failed(let message):
            let effects = deliver(outcome, to: &state)
            state.flash = Flash(message, isError: true)
            return effects
        case .cancelled:
            let effects = deliver(outcome, to: &state)
            state.flash = Flash(state.language.messages.screen.stopped)
            return effects
        case .loaded, .exported, .exportCommand, .exportWouldReplace, .planChanged, .markSet, .cycleChanged:
            break
        }
        return deliver(outcome, to: &state)
    }

    /// Hands an update to the screen on top, and copies back what it asked for.
    static func deliver(_ update: Outcome, to state: inout AppState) -> [Effect] {
        guard var screen = state.stack.popLast() else { return [] }
        var context = ScreenContext(state)
        let effects = screen.receive(update, &context)
        return settle(screen, context, &state) + effects
    }

    /// Puts `screen` back on top and carries out what the screen asked of `context`.
    static func settle(_ screen: any ScreenModel, _ context: ScreenContext, _ state: inout AppState) -> [Effect] {
        state.stack.append(screen)
        state.flash = context.flash
        var effects: [Effect] = []
        if context.closesSelf { effects += goBack(&state, quitting: false) }
        for opened in context.opened { state.stack.append(opened) }
        return effects
    }

    static func savedMessage(_ receipt: RatingReceipt, catalog: Catalog, language: Language) -> String {
        let words = language.messages
        let event = receipt.event
        let scale = catalog.competency(event.competencyID).flatMap { catalog.framework($0.frameworkID) }?.scale
        let label = scale.map { " \($0.label(of: event.level))" } ?? ""
        let whose = event.track == .lead ? words.yourLeadRatingOf(event.personLogin) : words.screen.yourRatingOf
        let was = receipt.previous.map { words.previousRating(level: $0.level, on: $0.ratedAt) } ?? ""
        return words.savedRating(whose: whose, competency: event.competencyID, level: event.level, label: label, previous: was)
    }

    static func withdrawnMessage(_ withdrawal: RatingWithdrawal, catalog: Catalog, language: Language) -> String {
        let words = language.messages
        let event = withdrawal.withdrawn
        let scale = catalog.competency(event.competencyID).flatMap { catalog.framework($0.frameworkID) }?.scale
        let label = { (level: Int) in scale.map { " \($0.label(of: level))" } ?? "" }
        let whose = event.track == .lead ? words.yourLeadRatingOf(event.personLogin) : words.screen.yourAnswerTo
        let now = withdrawal.currentOfTrack.map { words.backTo(level: $0.level, label: label($0.level), of: $0.ratedAt) }
            ?? (event.track == .lead ? words.screen.noLeadRatingNow : words.screen.noAnswerNow)
        return words.tookBack(whose: whose, competency: event.competencyID, level: event.level, label: label(event.level), now: now)
    }

    // MARK: - Keys

    /// What the keys every screen shares do.
    enum GlobalAction: Hashable, Sendable {
        case help, back, quit, suspend, reload
    }

    /// The keys every screen shares; a screen's own map comes first, so a screen may use
    /// Esc for something of its own (clearing a search) and say so in its help.
    static func globalKeyMap(_ state: AppState) -> KeyMap<GlobalAction> {
        let words = state.language.messages.screen
        var bindings: [KeyBinding<GlobalAction>] = [KeyBinding("?", words.keyHelp, .help)]
        if state.stack.count > 1 {
            bindings.append(KeyBinding([.key(.escape), .key(.character("q"))], "Esc/q", state.stack.count == 2 ? words.keyHome : words.keyBack, .back))
        } else {
            bindings.append(KeyBinding("q", words.keyQuit, .quit))
        }
        if state.screen?.reload != nil { bindings.append(KeyBinding("r", words.keyRefresh, statusBar: false, .reload)) }
        bindings += [
            KeyBinding([.key(.control("c"))], "Ctrl-C", words.keyQuitAnywhere, statusBar: false, .quit),
            KeyBinding([.key(.control("z"))], "Ctrl-Z", words.keySuspend, statusBar: false, .suspend),
        ]
        return KeyMap(bindings)
    }

    /// The keys of the help overlay.
    enum HelpAction: Hashable, Sendable {
        case scroll(Int)
        case close
    }

    static func helpKeyMap(_ words: ScreenWords) -> KeyMap<HelpAction> {
        KeyMap<HelpAction>([
            KeyBinding([.key(.up), .key(.down), .key(.character("k")), .key(.character("j"))], "↑↓", words.keyScroll) { key in
                .scroll(key == .up || key == .character("k") ? -1 : 1)
            },
            KeyBinding([.key(.pageUp), .key(.pageDown)], "PgUp/PgDn", words.keyPage) { .scroll($0 == .pageUp ? -10 : 10) },
            KeyBinding([.key(.control("c"))], "Ctrl-C", words.keyQuit, .close),
            KeyBinding([.anyKey], words.keyAnyOtherKey, words.keyClose, .close),
        ])
    }

    /// The keys of a question the app asks before losing unsaved notes.
    static func questionKeyMap(_ words: ScreenWords) -> KeyMap<Bool> {
        KeyMap<Bool>([
            KeyBinding([.key(.character("y")), .key(.character("Y"))], "y", words.keyDropNotes, true),
            KeyBinding([.key(.character("n")), .key(.character("N")), .key(.escape)], "n/Esc", words.keyStay, false),
            KeyBinding([.key(.control("c"))], "Ctrl-C", words.keyYes, true),
        ])
    }

    static func handleKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        if let question = state.question { return answer(question, key, &state) }
        if state.help != nil { return helpKey(key, &state) }
        if state.size.isTooSmall {
            return key == .character("q") || key == .control("c") ? quit(&state) : []
        }
        guard var screen = state.stack.popLast() else {
            return key == .character("q") || key == .control("c") ? [.quit] : []
        }
        var context = ScreenContext(state)
        context.flash = nil
        let captures = screen.messageLine(context) != nil
        if let effects = screen.handle(key, &context) {
            return settle(screen, context, &state) + effects
        }
        state.stack.append(screen)
        // An open field or question has every key: none falls through to leave or quit.
        if captures { return [] }
        state.flash = nil
        guard let action = globalKeyMap(state).action(for: key) else { return [] }
        switch action {
        case .help:
            state.help = HelpOverlay()
            return []
        case .back:
            return goBack(&state, quitting: false)
        case .quit:
            return quit(&state)
        case .suspend:
            return [.suspend]
        case .reload:
            return state.screen?.reload.map { [.load($0)] } ?? []
        }
    }

    static func helpKey(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch helpKeyMap(state.language.messages.screen).action(for: key) {
        case .scroll(let step)?:
            let lines = KeyHelp.helpLines(state).count
            let room = max(1, min(state.size.height - 2, lines + 4) - 4)
            let scroll = max(0, min((state.help?.scroll ?? 0) + step, max(0, lines - room)))
            state.help?.scroll = scroll
        case .close?, nil:
            state.help = nil
            if key == .control("c") { return quit(&state) }
        }
        return []
    }

    static func answer(_ question: AppQuestion, _ key: Key, _ state: inout AppState) -> [Effect] {
        guard let yes = questionKeyMap(state.language.messages.screen).action(for: key) else { return [] }
        state.question = nil
        guard yes else { return [] }
        switch question {
        case .quitWithUnsavedNotes: return [.quit]
        case .leaveWithUnsavedNotes: return leave(&state)
        }
    }

    /// Quits, asking first when notes typed and kept would be lost.
    static func quit(_ state: inout AppState) -> [Effect] {
        let unsaved = state.unsavedNotes
        guard unsaved == 0 else {
            state.question = .quitWithUnsavedNotes(unsaved)
            return []
        }
        return [.quit]
    }

    /// Leaves the current screen, asking first when its kept notes would be lost. On the
    /// first screen, `q` quits and Esc does nothing.
    static func goBack(_ state: inout AppState, quitting: Bool) -> [Effect] {
        guard state.stack.count > 1 else { return quitting ? quit(&state) : [] }
        let unsaved = state.screen?.unsavedNotes ?? 0
        guard unsaved == 0 else {
            state.question = .leaveWithUnsavedNotes(unsaved)
            return []
        }
        return leave(&state)
    }

    static func leave(_ state: inout AppState) -> [Effect] {
        state.stack.removeLast()
        let context = ScreenContext(state)
        if let last = state.stack.indices.last { state.stack[last].fit(context) }
        // Home shows readiness and counts, and an overview of plans their items, that the
        // screen just left may have changed.
        if let screen = state.screen, screen.reloadsOnReturn, let request = screen.reload { return [.load(request)] }
        return []
    }

    // MARK: - Loaded data

    static func apply(_ payload: Payload, to state: inout AppState) -> [Effect] {
        switch payload {
        case .session(let session, let home, let catalog, let now):
            state.session = session
            state.catalog = catalog
            state.now = now
            state.undoable = []
            state.stack = [HomeScreen(data: home)]
            return session.isLead ? [.load(.homeCount)] : []
        case .home, .homeCount:
            // The home screen wherever it is on the stack: its counts follow every change.
            guard let index = state.stack.lastIndex(where: { $0 is HomeScreen }) else { return [] }
            var context = ScreenContext(state)
            let effects = state.stack[index].receive(.loaded(payload), &context)
            return effects
        case .rolePicker(let choices):
            let picker = RolePickerScreen(choices: choices)
            // From home (u), the picker sits on top so Esc returns; at start it is the first screen.
            if state.session == nil { state.stack = [picker] } else { state.stack.append(picker) }
        case .walkthrough(let walkthrough, let at):
            // Asked first: what the person trained in, or whose wording changed, since they rated it.
            let previous = state.top(WalkthroughScreen.self)
            // Read again in place (after an undo): the same scope keeps its place, even the last page.
            if let previous, at == nil, previous.walkthrough.scope == walkthrough.scope {
                var walk = WalkthroughScreen(walkthrough: walkthrough, position: previous.position)
                walk.pendingNotes = previous.pendingNotes
                state.replaceTop(walk)
                return []
            }
            var walk = WalkthroughScreen(walkthrough: walkthrough, position: at ?? walkthrough.rerate.first ?? walkthrough.resumePosition ?? 0)
            if let previous {
                // Switching between the role and a framework: kept notes go along.
                walk.pendingNotes = previous.pendingNotes
                state.replaceTop(walk)
            } else {
                state.stack.append(walk)
            }
            if at == nil, !walkthrough.rerate.isEmpty {
                let count = walkthrough.rerate.count
                state.flash = Flash(state.language.messages.rateAgainFirst(count))
            } else if at == nil, let resume = walkthrough.resumePosition {
                state.flash = Flash(state.language.messages.resumed(at: resume + 1, of: walkthrough.steps.count))
            }
        case .gapReport(let assessment, let isOwn):
            if let top = state.top(GapReportScreen.self), top.assessment.person.login == assessment.person.login {
                state.replaceTop(GapReportScreen(assessment: assessment, isOwn: isOwn))
            } else {
                state.stack.append(GapReportScreen(assessment: assessment, isOwn: isOwn))
            }
        case .teams(let destination, let summaries):
            let offersAll = destination == .validation ? (state.session?.ledTeams.count ?? 0) > 1 : (destination == .trainingNeeds && state.session?.canSeeOrganisation == true)
            let picker = TeamPickerScreen(destination: destination, summaries: summaries, offersAll: offersAll)
            if picker.nodes.count == 1 { return [TeamPickerScreen.load(destination, teamID: picker.nodes[0].team?.id)] }
            if picker.nodes.isEmpty {
                state.flash = Flash(state.language.messages.screen.noTeamToOpen, isError: true)
                return []
            }
            state.stack.append(picker)
        case .heatmap(let heatmap):
            var screen = HeatmapScreen(heatmap: heatmap)
            screen.scrollIntoView(state.size)
            state.stack.append(screen)
            return screen.cellDetailRequest(state.catalog).map { [$0] } ?? []
        case .validation(let scope, let firstPage, let scanned):
            if let top = state.top(ValidationScreen.self), top.scope.teamID == scope.teamID { state.stack.removeLast() }
            state.stack.append(ValidationScreen(scope: scope, firstPage: firstPage, scanned: scanned))
            // After the first frame, as the keys work: the rest of the people (the pages
            // after the first come from them), then the count.
            return (scope.isComplete ? [] : [.load(.validationScope(teamID: scope.teamID))]) + [.load(.validationCount(teamID: scope.teamID))]
        case .trainingNeeds(let report):
            dropPlaceholder(of: .trainingNeeds(teamID: report.teamID), &state)
            if let top = state.top(TrainingNeedsScreen.self), top.report.teamID == report.teamID { state.stack.removeLast() }
            state.stack.append(TrainingNeedsScreen(report: report, catalog: state.catalog))
        case .trainingPlan(let plan, let learning):
            if let top = state.top(TrainingPlanScreen.self), top.plan.teamID == plan.teamID { return deliver(.loaded(payload), to: &state) }
            state.stack.append(TrainingPlanScreen(plan: plan, learning: learning))
        case .developmentPlan(let data):
            if let top = state.top(DevelopmentPlanScreen.self), top.data.person.login == data.person.login {
                return deliver(.loaded(payload), to: &state)
            }
            state.stack.append(DevelopmentPlanScreen(data: data))
        case .developmentPlans(let report, let learning):
            if state.top(DevelopmentPlansScreen.self) != nil { return deliver(.loaded(payload), to: &state) }
            state.stack.append(DevelopmentPlansScreen(report: report, learning: learning))
        case .peopleSearch(let result, let marks):
            if let top = state.top(PeopleSearchScreen.self), top.result.competency == result.competency { return deliver(.loaded(payload), to: &state) }
            state.stack.append(PeopleSearchScreen(result: result, ownMarks: marks))
        case .completion(let report):
            if state.top(CompletionScreen.self) != nil { return deliver(.loaded(payload), to: &state) }
            state.stack.append(CompletionScreen(report: report))
        case .calibration(let report):
            if state.top(CalibrationScreen.self) != nil { return deliver(.loaded(payload), to: &state) }
            state.stack.append(CalibrationScreen(report: report))
        case .trend(let report):
            if state.top(TrendScreen.self) != nil { return deliver(.loaded(payload), to: &state) }
            state.stack.append(TrendScreen(report: report))
        case .cycles(let cycles, let teams):
            if state.top(CyclesScreen.self) != nil { return deliver(.loaded(payload), to: &state) }
            state.stack.append(CyclesScreen(cycles: cycles, teams: teams))
        case .heatmapRefresh, .cellDetail, .validationPage, .validationScope, .validationCount, .validationAll, .leaverImpact:
            return deliver(.loaded(payload), to: &state)
        }
        return []
    }
}
