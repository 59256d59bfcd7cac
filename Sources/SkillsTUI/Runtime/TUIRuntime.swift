import Foundation
import SkillsMatrix

/// What the event loop needs of whoever performs effects: the work, and a way to stop it
/// from the input loop (Esc during a load).
public protocol EffectPerformer: AnyObject, Sendable {
    /// Runs one effect and answers with its events. `progress` may be called from the
    /// thread the effect runs on, with a few words on how far it has got.
    func perform(_ effect: Effect, progress: @escaping @Sendable (String) -> Void) -> [Event]
    /// Asks the running effect to stop soon; it then answers `SkillsError.interrupted`.
    /// Called from another thread than `perform`'s.
    func interrupt()
}

/// Performs the reducer's effects against the database and turns their outcomes into
/// events. Holds the open `Workspace`; everything it shows comes from the engine.
///
/// Used by one thread at a time: the event loop runs an effect either on its own thread
/// or on a worker it then waits for, never both at once. Only `interrupt` is called while
/// an effect runs elsewhere, and it touches nothing but the lock and SQLite's interrupt.
public final class TUIRuntime: EffectPerformer, @unchecked Sendable {
    public private(set) var workspace: Workspace
    /// Opens the database again acting as `login` (nil: the OS user itself).
    private let reopen: (String?) throws -> Workspace
    /// Set when the person reached the TUI over SSH: an export then writes nothing on the
    /// server, and they are shown this command (for the team, format, Excel flag and
    /// file name chosen) that writes the same file on their own machine.
    private let exportCommand: (@Sendable (_ teamID: String?, _ format: ReportFormat, _ excel: Bool, _ file: String) -> String)?
    /// Whether the demo's "switch user" is offered: not over SSH, where the person is who
    /// their key says even in a demo organisation.
    private var offersDemoSwitch: Bool { workspace.isDemo && exportCommand == nil }
    /// Guards `interrupter` and `isInterrupted`, which the input loop touches while a
    /// worker runs an effect.
    private let lock = NSLock()
    private var interrupter: WorkInterrupter
    private var isInterrupted = false
    /// The language the screens, their messages and the Markdown export speak.
    public let language: Language
    /// The frameworks as the screens show them: their text in `language`.
    public private(set) var catalog: Catalog

    public init(
        workspace: Workspace, reopen: @escaping (String?) throws -> Workspace,
        exportCommand: (@Sendable (_ teamID: String?, _ format: ReportFormat, _ excel: Bool, _ file: String) -> String)? = nil,
        language: Language = .en
    ) {
        self.workspace = workspace
        self.language = language
        self.catalog = workspace.catalog.localized(language)
        self.reopen = reopen
        self.exportCommand = exportCommand
        self.interrupter = workspace.interrupter
    }

    /// The first state and the events that fill it: the role picker in the demo when
    /// asked for, else the acting user's home screen.
    public func start(size: ScreenSize, withRolePicker: Bool) -> (AppState, [Event]) {
        let state = AppState(catalog: catalog, now: workspace.now, size: size, isDemo: offersDemoSwitch, language: language)
        if withRolePicker { return (state, perform(.load(.rolePicker), progress: { _ in })) }
        return (state, attempt { [.loaded(try sessionPayload())] })
    }

    public func interrupt() {
        lock.lock()
        defer { lock.unlock() }
        isInterrupted = true
        interrupter.interrupt()
    }

    /// Whether `interrupt` was called since the effect began.
    private var wasInterrupted: Bool {
        lock.lock()
        defer { lock.unlock() }
        return isInterrupted
    }

    /// Runs one effect. `.quit` and `.suspend` are the loop's business and yield nothing here.
    public func perform(_ effect: Effect, progress: @escaping @Sendable (String) -> Void = { _ in }) -> [Event] {
        lock.lock()
        isInterrupted = false
        lock.unlock()
        #if DEBUG
        // Lets the end-to-end tests send keys while a load is certainly still running.
        if effect.pace == .loading, let delay = ProcessInfo.processInfo.environment["SKILLS_TUI_TEST_LOAD_DELAY_MS"].flatMap(Int.init) {
            for _ in 0..<(delay / 10) where !wasInterrupted { Thread.sleep(forTimeInterval: 0.01) }
            if wasInterrupted { return [.failed(SkillsError.interrupted.described(in: language))] }
        }
        #endif
        // A database server that stops answering is waited for: said on the busy line
        // (or the message line) through `progress`, not on standard error under the screen.
        let waitWords = language.messages.progressLines
        return DatabaseWait.observing({ wait in progress(waitWords.waitingOnScreen(wait)) }) { perform(effect, progress) }
    }

    private func perform(_ effect: Effect, _ progress: @escaping @Sendable (String) -> Void) -> [Event] {
        attempt {
            switch effect {
            case .quit, .suspend:
                return []
            case .load(let request):
                return [.loaded(try load(request))]
            case .switchUser(let login):
                let opened = try reopen(login)
                lock.lock()
                workspace = opened
                catalog = opened.catalog.localized(language)
                interrupter = opened.interrupter
                lock.unlock()
                return [.loaded(try sessionPayload())]
            case .answer(let competencyID, let level, let note, let scope, let nextPosition):
                let receipt = try workspace.answer(competencyID: competencyID, level: level, note: note, scope: scope, nextPosition: nextPosition)
                return [.outcome(.rated(receipt, nextPosition: nextPosition))]
            case .reconfirm(let competencyID, let scope, let nextPosition):
                let receipt = try workspace.reconfirm(competencyID: competencyID, scope: scope, nextPosition: nextPosition)
                return [.outcome(.rated(receipt, nextPosition: nextPosition))]
            case .recordProgress(let scope, let position):
                try workspace.recordProgress(scope: scope, position: position)
                return []
            case .rate(let login, let competencyID, let level, let note):
                return [.outcome(.rated(try workspace.recordRating(competencyID: competencyID, level: level, person: login, note: note), nextPosition: nil))]
            case .withdraw(let receipt):
                return [.outcome(.withdrawn(try workspace.withdraw(receipt)))]
            case .export(let request):
                return try export(request, progress: progress)
            case .addPlanItem(let request):
                let item = try workspace.addPlanItem(
                    competencyID: request.competencyID, person: request.login, learningItemID: request.learningItemID, text: request.text,
                    targetDate: request.targetDate)
                return [.outcome(.planChanged(item))]
            case .movePlanItem(let number, let state):
                return [.outcome(.planChanged(try workspace.movePlanItem(number, to: state)))]
            case .setMark(let competencyID, let mark, let isSet):
                try workspace.setMark(mark, competencyID: competencyID, isSet: isSet)
                return [.outcome(.markSet(competencyID: competencyID, mark, isSet: isSet))]
            case .openCycle(let name, let scope, let frameworkIDs, let due):
                let cycle = try workspace.openCycle(name: name, scope: scope, frameworkIDs: frameworkIDs, due: due)
                return [.outcome(.cycleChanged(cycle, message: language.messages.cycleScreens.opened(cycle)))]
            case .closeCycle(let name):
                let closed = try workspace.closeCycle(named: name)
                return [.outcome(.cycleChanged(closed.cycle, message: language.messages.cycleScreens.closed(closed.cycle, snapshot: closed.snapshot)))]
            }
        }
    }

    /// Turns a failure into the one line the message bar shows.
    private func attempt(_ body: () throws -> [Event]) -> [Event] {
        do {
            return try body()
        } catch let failure as any SkillsFailure {
            return [.failed(failure.described(in: language))]
        } catch {
            return [.failed("\(error)")]
        }
    }

    // MARK: - Export

    /// The training-needs export. Over SSH nothing is written on the server: the person is
    /// shown the command that writes the same file on their own machine. Otherwise the
    /// engine's `OutputTarget` decides whether the path may be written at all (never the
    /// database); replacing a file that is there is the person's decision, asked first;
    /// the report streams into the file (through a temporary file renamed over it).
    private func export(_ request: ExportRequest, progress: @Sendable (String) -> Void) throws -> [Event] {
        if let exportCommand {
            return [.outcome(.exportCommand(exportCommand(request.teamID, request.format, request.excel, request.path)))]
        }
        let path = OutputTarget.absolutePath(typed: request.path, home: ProcessInfo.processInfo.environment["HOME"])
        let target = try workspace.outputTarget(path)
        if target.replacesFile, !request.replacing { return [.outcome(.exportWouldReplace(path: path))] }
        progress(language.messages.rankingNeeds)
        let report = try workspace.trainingNeeds(team: request.teamID)
        // Esc up to here leaves no file; once writing, the file appears whole or not at all.
        if wasInterrupted { throw SkillsError.interrupted }
        progress(language.messages.writingNeeds(report.needCount))
        let catalog = workspace.catalog
        try target.write { output in
            switch request.format {
            case .json: try TrainingNeedsFormat.json(report, catalog: catalog, to: &output)
            case .markdown: try TrainingNeedsFormat.markdown(report, catalog: catalog, language: language, to: &output)
            default: try TrainingNeedsFormat.csv(report, catalog: catalog, writer: CSVWriter(byteOrderMark: request.excel), to: &output)
            }
        }
        return [.outcome(.exported(path: path, needs: report.needCount))]
    }

    // MARK: - Loading

    /// How many waiting ratings the validation queue's first page aims for, and how many
    /// people it reads at most to find them (so a sparse queue still opens at once).
    static let firstPageItems = 60
    static let firstPagePeople = 2_000

    private func load(_ request: Request) throws -> Payload {
        switch request {
        case .home:
            return .home(try homeData())
        case .homeCount:
            return .homeCount(try workspace.validationCount())
        case .rolePicker:
            return .rolePicker(try roleChoices())
        case .walkthrough(let scope, let competencyID):
            let walkthrough = try workspace.walkthrough(scope)
            let at = competencyID.flatMap { id in walkthrough.steps.firstIndex { workspace.catalog.competencies[$0.competency].id == id } }
            return .walkthrough(walkthrough, at: at)
        case .gapReport(let login):
            return .gapReport(try workspace.gapReport(for: login), isOwn: login == nil || login == workspace.actor.login)
        case .teams(let destination):
            return .teams(destination, try teams(for: destination))
        case .heatmap(let teamID):
            return .heatmap(try workspace.heatmap(team: teamID))
        case .heatmapRefresh(let teamID):
            return .heatmapRefresh(try workspace.heatmap(team: teamID))
        case .cellDetail(let login, let competencyID):
            let detail = try workspace.ratingDetail(person: login, competencyID: competencyID)
            return .cellDetail(login: login, competency: try workspace.competencyIndex(competencyID), detail)
        case .validation(let teamID):
            // Only the people the first page may need; everyone comes after (`validationScope`).
            let scope = try workspace.validationScope(team: teamID, first: Self.firstPagePeople)
            var items: [ValidationItem] = []
            var scanned = 0
            while scanned < scope.people.count, items.count < Self.firstPageItems, scanned < Self.firstPagePeople {
                let page = scope.people[scanned..<min(scope.people.count, scanned + ValidationScreen.pagePeople)]
                items += try workspace.validationItems(for: page)
                scanned += page.count
                if wasInterrupted { throw SkillsError.interrupted }
            }
            return .validation(scope, firstPage: items, scanned: scanned)
        case .validationScope(let teamID):
            return .validationScope(try workspace.validationScope(team: teamID))
        case .validationPage(let people):
            return .validationPage(try workspace.validationItems(for: people[...]), scanned: people.count)
        case .validationCount(let teamID):
            return .validationCount(try workspace.validationCount(team: teamID))
        case .validationAll(let teamID, let order):
            return .validationAll(try workspace.validationQueue(team: teamID, order: order), order)
        case .trainingNeeds(let teamID):
            return .trainingNeeds(try workspace.trainingNeeds(team: teamID))
        case .leaverImpact(let login):
            return .leaverImpact(try workspace.impactOfLeaving(login), person: try workspace.person(login))
        case .trainingPlan(let teamID, let budget):
            return .trainingPlan(try workspace.trainingPlan(team: teamID, budget: budget), workspace.learning)
        case .developmentPlan(let login):
            return .developmentPlan(try developmentPlan(of: login))
        case .developmentPlans:
            return .developmentPlans(try workspace.developmentPlans(), workspace.learning)
        case .peopleSearch(let competencyID, let minimumLevel):
            let result = try workspace.peopleSearch(competencyID: competencyID, minimumLevel: minimumLevel)
            let own = workspace.actor.person == nil ? nil : try workspace.marks()[workspace.catalog.competencies[result.competency].id] ?? []
            return .peopleSearch(result, ownMarks: own)
        case .completion:
            return .completion(try workspace.completion())
        case .calibration:
            return .calibration(try workspace.calibrationReport())
        case .trend:
            return .trend(try workspace.trend())
        case .cycles:
            return .cycles(try workspace.cycles(), teams: try workspace.teamTree().teams)
        }
    }

    /// A person's plan with their gaps and what the acting user may do with it.
    private func developmentPlan(of login: String?) throws -> DevelopmentPlanData {
        let assessment = try workspace.gapReport(for: login)
        let person = assessment.person
        let actor = workspace.actor
        return DevelopmentPlanData(
            assessment: assessment, items: try workspace.planItems(of: person.login), learning: workspace.learning, today: workspace.today,
            isOwn: person.login == actor.login, canAdd: AccessPolicy.allows(.addPlanItem(person), actor),
            canMove: AccessPolicy.allows(.movePlanItem(person), actor))
    }

    private func sessionPayload() throws -> Payload {
        let actor = workspace.actor
        let visible = try workspace.visibleTeams()
        let session = SessionInfo(
            login: actor.login, person: actor.person, roleName: actor.person.flatMap { workspace.catalog.role($0.roleID)?.name(in: language) },
            roleSummary: actor.roleSummary(in: language), isDemo: offersDemoSwitch,
            canSeeOrganisation: AccessPolicy.allows(.viewOrganisation, actor), canManageCycles: AccessPolicy.allows(.manageCycles, actor),
            ledTeams: try workspace.teamTree().teams.filter { actor.ledTeamIDs.contains($0.id) }, visibleTeams: visible)
        return .session(session, try homeData(), catalog, workspace.now)
    }

    /// The home screen's data without the validation count, which comes after the first
    /// frame (`Request.homeCount`).
    private func homeData() throws -> HomeData {
        let actor = workspace.actor
        let assessment = actor.person == nil ? nil : try workspace.gapReport()
        let walkthrough = actor.person == nil ? nil : try workspace.walkthrough(.role)
        let cycle = try workspace.myCompletion().map { CycleProgress(cycle: $0.cycle, completion: $0.completion) }
        return HomeData(assessment: assessment, walkthrough: walkthrough, cycle: cycle, hasCycles: !(try workspace.cycles().isEmpty))
    }

    private func teams(for destination: TeamDestination) throws -> [TeamSummary] {
        let summaries = try workspace.teamSummaries()
        switch destination {
        case .heatmap, .trainingNeeds:
            return summaries
        case .validation:
            return summaries.filter { workspace.actor.ledTeamIDs.contains($0.team.id) }
        }
    }

    /// Everyone in the demo organisation, with three suggestions first: a member of staff,
    /// a team lead and an HR person, so a newcomer sees every kind of screen.
    private func roleChoices() throws -> [RolePickerScreen.Choice] {
        let everyone = try reopen(nil)
        let people = try everyone.staff()
        let tree = try everyone.teamTree()
        let hrLogins = try everyone.logins(granted: .hr)
        let leads = Set(tree.teams.flatMap(\.leadLogins))
        let catalog = everyone.catalog
        func describe(_ person: Person) -> String { "\(catalog.role(person.roleID)?.name(in: language) ?? person.roleID) · \(person.teamID)" }

        var suggestions: [RolePickerScreen.Choice] = []
        // A lead of a team that has a parent: a line manager rather than the head of service.
        let lead = tree.teams.filter { $0.parentID != nil }.flatMap(\.leadLogins).sorted().first ?? leads.sorted().first
        let staff = people.first { person in
            !leads.contains(person.login) && !hrLogins.contains(person.login)
                && (lead.flatMap { tree.team(person.teamID)?.leadLogins.contains($0) } ?? false)
        } ?? people.first { !leads.contains($0.login) && !hrLogins.contains($0.login) }
        if let staff { suggestions.append(.init(person: staff, description: language.messages.screen.suggestionStaff, roleAndTeam: describe(staff), isSuggestion: true)) }
        if let lead, let person = people.first(where: { $0.login == lead }) {
            suggestions.append(.init(person: person, description: language.messages.screen.suggestionLead, roleAndTeam: describe(person), isSuggestion: true))
        }
        if let hr = people.first(where: { hrLogins.contains($0.login) }) {
            suggestions.append(.init(person: hr, description: language.messages.screen.suggestionHR, roleAndTeam: describe(hr), isSuggestion: true))
        }
        let everyoneElse = people.sortedForListing()
            .map { RolePickerScreen.Choice(person: $0, description: "", roleAndTeam: describe($0), isSuggestion: false) }
        return suggestions + everyoneElse
    }
}
