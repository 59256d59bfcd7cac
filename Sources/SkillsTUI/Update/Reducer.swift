import SkillsMatrix

/// The update function: `reduce(state, event)` changes the state and returns the side
/// effects to perform. Pure: no I/O, no clock, no terminal, so every key sequence can be
/// tested without a terminal.
public enum Reducer {
    public static func reduce(_ state: inout AppState, _ event: Event) -> [Effect] {
        switch event {
        case .resize(let size):
            state.size = size
            clampAfterResize(&state)
            return []
        case .key(let key):
            return handleKey(&state, key)
        case .loaded(let payload):
            return apply(payload, to: &state)
        case .answered(let rating, let nextPosition):
            return applyAnswer(rating, nextPosition: nextPosition, to: &state)
        case .validated(let rating):
            applyValidation(rating, to: &state)
            return []
        case .exported(let path, let needs):
            state.flash = Flash("Exported \(needs) training needs to \(path)")
            if case .trainingNeeds(var needsState) = state.screen {
                needsState.export = nil
                state.replaceTop(.trainingNeeds(needsState))
            }
            return []
        case .exportCommand(let command):
            if case .trainingNeeds(var needsState) = state.screen {
                needsState.export = nil
                needsState.remoteExportCommand = command
                state.replaceTop(.trainingNeeds(needsState))
            }
            return []
        case .exportWouldReplace(let path):
            if case .trainingNeeds(var needsState) = state.screen, needsState.export != nil {
                needsState.export?.replacing = path
                state.replaceTop(.trainingNeeds(needsState))
            }
            return []
        case .failed(let message):
            state.flash = Flash(message, isError: true)
            return []
        }
    }

    // MARK: - Keys

    static func handleKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        if key == .control("c") { return [.quit] }
        if state.showsHelp {
            state.showsHelp = false
            return []
        }
        if state.size.isTooSmall {
            return key == .character("q") ? [.quit] : []
        }
        state.flash = nil
        guard let screen = state.screen else { return key == .character("q") ? [.quit] : [] }
        let handled: [Effect]?
        switch screen {
        case .rolePicker(let picker): handled = rolePickerKey(key, picker, &state)
        case .home(let home): handled = homeKey(key, home, &state)
        case .walkthrough(let walk): handled = walkthroughKey(key, walk, &state)
        case .gapReport(let report): handled = gapReportKey(key, report, &state)
        case .teamPicker(let picker): handled = teamPickerKey(key, picker, &state)
        case .heatmap(let heatmap): handled = heatmapKey(key, heatmap, &state)
        case .validation(let validation): handled = validationKey(key, validation, &state)
        case .trainingNeeds(let needs): handled = trainingNeedsKey(key, needs, &state)
        case .frameworks(let browser): handled = frameworksKey(key, browser, &state)
        case .competency(let detail): handled = competencyKey(key, detail, &state)
        }
        if let handled { return handled }
        switch key {
        case .character("?"):
            state.showsHelp = true
            return []
        case .escape, .character("q"):
            return goBack(&state, quitting: key == .character("q"))
        default:
            return []
        }
    }

    /// Leaves the current screen. On the first screen, `q` quits and Esc does nothing.
    static func goBack(_ state: inout AppState, quitting: Bool) -> [Effect] {
        guard state.stack.count > 1 else { return quitting ? [.quit] : [] }
        state.stack.removeLast()
        // Home shows readiness and counts that the screen just left may have changed.
        if case .home = state.screen { return [.load(.home)] }
        return []
    }

    // MARK: - Loaded data

    static func apply(_ payload: Payload, to state: inout AppState) -> [Effect] {
        switch payload {
        case .session(let session, let home, let catalog, let now):
            state.session = session
            state.catalog = catalog
            state.now = now
            state.stack = [.home(HomeState(data: home))]
        case .home(let data):
            if let index = state.stack.lastIndex(where: { if case .home = $0 { return true } else { return false } }),
                case .home(var home) = state.stack[index]
            {
                home.data = data
                home.menu.clamp(count: HomeMenu.items(session: state.session, data: data, isDemo: state.isDemo).count, visible: 100)
                state.stack[index] = .home(home)
            }
        case .rolePicker(let choices):
            let picker = RolePickerState(choices: choices)
            // From home (u), the picker sits on top so Esc returns; at start it is the first screen.
            if state.session == nil { state.stack = [.rolePicker(picker)] } else { state.stack.append(.rolePicker(picker)) }
        case .walkthrough(let walkthrough):
            let position = walkthrough.resumePosition ?? 0
            var walk = WalkthroughState(walkthrough: walkthrough, position: position, levelCursor: 0)
            walk.levelCursor = defaultLevel(walk)
            if case .walkthrough = state.screen { state.replaceTop(.walkthrough(walk)) } else { state.stack.append(.walkthrough(walk)) }
            if walkthrough.resumePosition != nil {
                state.flash = Flash("Resumed where you stopped: \(position + 1) of \(walkthrough.steps.count). Press g to start from the first.")
            }
        case .gapReport(let assessment):
            state.stack.append(.gapReport(GapReportState(assessment: assessment, rows: assessment.byWeightedGap)))
        case .teams(let destination, let teams):
            if teams.count == 1 { return [load(destination, teamID: teams[0]?.id)] }
            if teams.isEmpty {
                state.flash = Flash("There is no team for you to open here.", isError: true)
                return []
            }
            state.stack.append(.teamPicker(TeamPickerState(destination: destination, teams: teams)))
        case .heatmap(let heatmap):
            let heatmapState = HeatmapState(heatmap: heatmap)
            state.stack.append(.heatmap(heatmapState))
            return cellDetailRequest(heatmapState, catalog: state.catalog).map { [$0] } ?? []
        case .cellDetail(let login, let competency, let detail):
            if case .heatmap(var heatmap) = state.screen {
                heatmap.detail = HeatmapState.CellDetail(login: login, competency: competency, detail: detail)
                state.replaceTop(.heatmap(heatmap))
            }
        case .validation(let teamID, let items):
            let validation = ValidationState(teamID: teamID, items: items)
            if case .validation = state.screen { state.replaceTop(.validation(validation)) } else { state.stack.append(.validation(validation)) }
        case .trainingNeeds(let report):
            state.stack.append(.trainingNeeds(TrainingNeedsState(report: report)))
        }
        return []
    }

    static func load(_ destination: TeamDestination, teamID: String?) -> Effect {
        switch destination {
        case .heatmap: return .load(.heatmap(teamID: teamID ?? ""))
        case .validation: return .load(.validation(teamID: teamID))
        case .trainingNeeds: return .load(.trainingNeeds(teamID: teamID))
        }
    }

    // MARK: - Resizing

    /// Keeps every cursor on screen after a resize.
    static func clampAfterResize(_ state: inout AppState) {
        guard let screen = state.screen else { return }
        let rows = Layout.listRows(of: screen, state.size) ?? 1
        switch screen {
        case .heatmap(var heatmap):
            scrollHeatmapIntoView(&heatmap, size: state.size)
            state.replaceTop(.heatmap(heatmap))
        case .gapReport(var report):
            report.cursor.clamp(count: report.rows.count, visible: rows)
            state.replaceTop(.gapReport(report))
        case .rolePicker(var picker):
            picker.cursor.clamp(count: picker.visibleChoices.count, visible: rows)
            state.replaceTop(.rolePicker(picker))
        case .teamPicker(var picker):
            picker.cursor.clamp(count: picker.visibleTeams.count, visible: rows)
            state.replaceTop(.teamPicker(picker))
        case .validation(var validation):
            validation.cursor.clamp(count: validation.items.count, visible: rows)
            state.replaceTop(.validation(validation))
        case .trainingNeeds(var needs):
            needs.cursor.clamp(count: needs.lines.count, visible: rows)
            state.replaceTop(.trainingNeeds(needs))
        case .frameworks(var browser):
            browser.cursor.clamp(count: browser.items(catalog: state.catalog).count, visible: rows)
            state.replaceTop(.frameworks(browser))
        case .competency(var detail):
            detail.scroll = min(detail.scroll, CompetencyView.maximumScroll(detail, catalog: state.catalog, size: state.size))
            state.replaceTop(.competency(detail))
        case .home, .walkthrough:
            break
        }
    }

}
