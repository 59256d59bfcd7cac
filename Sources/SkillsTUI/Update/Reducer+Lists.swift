import SkillsMatrix

/// Keys of the list screens: home, role and team pickers, gap report, frameworks.
extension Reducer {
    static func homeKey(_ key: Key, _ home: HomeState, _ state: inout AppState) -> [Effect]? {
        var home = home
        let items = HomeMenu.items(session: state.session, data: home.data, isDemo: state.isDemo)
        if home.menu.move(key, count: items.count, visible: items.count) {
            state.replaceTop(.home(home))
            return []
        }
        switch key {
        case .enter:
            guard items.indices.contains(home.menu.selection) else { return [] }
            return open(items[home.menu.selection].action, &state)
        case .character("u") where state.isDemo:
            return [.load(.rolePicker)]
        case .escape:
            return []
        default:
            return nil
        }
    }

    static func open(_ action: HomeAction, _ state: inout AppState) -> [Effect] {
        switch action {
        case .selfAssessment: return [.load(.walkthrough(.role))]
        case .gapReport: return [.load(.gapReport)]
        case .heatmap: return [.load(.teams(.heatmap))]
        case .validation: return [.load(.teams(.validation))]
        case .trainingNeeds: return [.load(.teams(.trainingNeeds))]
        case .frameworks:
            state.stack.append(.frameworks(FrameworkBrowserState()))
            return []
        case .switchUser: return [.load(.rolePicker)]
        case .quit: return [.quit]
        }
    }

    static func rolePickerKey(_ key: Key, _ picker: RolePickerState, _ state: inout AppState) -> [Effect]? {
        var picker = picker
        let visible = Layout.listRows(of: .rolePicker(picker), state.size) ?? 1
        if picker.search.handle(key) {
            picker.cursor = ListCursor()
            picker.cursor.clamp(count: picker.visibleChoices.count, visible: visible)
            state.replaceTop(.rolePicker(picker))
            return []
        }
        if picker.cursor.move(key, count: picker.visibleChoices.count, visible: visible) {
            state.replaceTop(.rolePicker(picker))
            return []
        }
        switch key {
        case .character("/"):
            picker.search.begin(prompt: "Find")
            state.replaceTop(.rolePicker(picker))
            return []
        case .enter:
            let choices = picker.visibleChoices
            guard choices.indices.contains(picker.cursor.selection) else { return [] }
            return [.switchUser(choices[picker.cursor.selection].person.login)]
        case .escape where !picker.search.query.isEmpty:
            picker.search = SearchBox()
            picker.cursor = ListCursor()
            state.replaceTop(.rolePicker(picker))
            return []
        case .escape where state.stack.count == 1:
            return []
        default:
            return nil
        }
    }

    static func teamPickerKey(_ key: Key, _ picker: TeamPickerState, _ state: inout AppState) -> [Effect]? {
        var picker = picker
        let visible = Layout.listRows(of: .teamPicker(picker), state.size) ?? 1
        if picker.search.handle(key) {
            picker.cursor = ListCursor()
            state.replaceTop(.teamPicker(picker))
            return []
        }
        let teams = picker.visibleTeams
        if picker.cursor.move(key, count: teams.count, visible: visible) {
            state.replaceTop(.teamPicker(picker))
            return []
        }
        switch key {
        case .character("/"):
            picker.search.begin(prompt: "Find team")
            state.replaceTop(.teamPicker(picker))
            return []
        case .escape where !picker.search.query.isEmpty:
            picker.search = SearchBox()
            picker.cursor = ListCursor()
            state.replaceTop(.teamPicker(picker))
            return []
        case .enter:
            guard teams.indices.contains(picker.cursor.selection) else { return [] }
            return [load(picker.destination, teamID: teams[picker.cursor.selection]?.id)]
        default:
            return nil
        }
    }

    static func gapReportKey(_ key: Key, _ report: GapReportState, _ state: inout AppState) -> [Effect]? {
        var report = report
        if report.cursor.move(key, count: report.rows.count, visible: Layout.listRows(of: .gapReport(report), state.size) ?? 1) {
            state.replaceTop(.gapReport(report))
            return []
        }
        guard key == .enter, report.rows.indices.contains(report.cursor.selection) else { return nil }
        state.stack.append(.competency(CompetencyState(competency: report.rows[report.cursor.selection].competency)))
        return []
    }

    static func frameworksKey(_ key: Key, _ browser: FrameworkBrowserState, _ state: inout AppState) -> [Effect]? {
        var browser = browser
        let visible = Layout.listRows(of: .frameworks(browser), state.size) ?? 1
        if browser.search.handle(key) {
            browser.cursor = ListCursor()
            state.replaceTop(.frameworks(browser))
            return []
        }
        let items = browser.items(catalog: state.catalog)
        if browser.cursor.move(key, count: items.count, visible: visible) {
            state.replaceTop(.frameworks(browser))
            return []
        }
        switch key {
        case .character("/"):
            browser.search.begin(prompt: "Find competency")
            state.replaceTop(.frameworks(browser))
            return []
        case .enter:
            guard items.indices.contains(browser.cursor.selection) else { return [] }
            switch items[browser.cursor.selection] {
            case .framework(let index):
                browser.framework = index
                browser.cursor = ListCursor()
                state.replaceTop(.frameworks(browser))
            case .competency(let index):
                state.stack.append(.competency(CompetencyState(competency: index)))
            }
            return []
        case .escape where !browser.search.query.isEmpty:
            browser.search = SearchBox()
            browser.cursor = ListCursor()
            state.replaceTop(.frameworks(browser))
            return []
        case .escape, .character("q"):
            // Back from a framework goes to the list of frameworks first.
            if !browser.search.query.isEmpty {
                browser.search = SearchBox()
                browser.cursor = ListCursor()
                state.replaceTop(.frameworks(browser))
                return []
            }
            guard browser.framework != nil else { return nil }
            let previous = browser.framework ?? 0
            browser.framework = nil
            browser.cursor = ListCursor(selection: previous)
            state.replaceTop(.frameworks(browser))
            return []
        default:
            return nil
        }
    }

    static func competencyKey(_ key: Key, _ detail: CompetencyState, _ state: inout AppState) -> [Effect]? {
        var detail = detail
        let page = Layout.contentHeight(state.size)
        let last = CompetencyView.maximumScroll(detail, catalog: state.catalog, size: state.size)
        switch key {
        case .up, .character("k"): detail.scroll -= 1
        case .down, .character("j"): detail.scroll += 1
        case .pageUp: detail.scroll -= page
        case .pageDown: detail.scroll += page
        case .home, .character("g"): detail.scroll = 0
        case .end, .character("G"): detail.scroll = last
        default: return nil
        }
        detail.scroll = max(0, min(detail.scroll, last))
        state.replaceTop(.competency(detail))
        return []
    }

}
