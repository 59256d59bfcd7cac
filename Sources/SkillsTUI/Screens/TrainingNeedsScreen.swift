import Foundation
import SkillsMatrix

/// HR's (or a lead's) ranked training needs: grouped by competency, team or person, or
/// flat by priority; filtered by team, framework and flag; `/` finds a competency or a
/// person and `n`/`N` go between the matches; `e` exports it to a file.
public struct TrainingNeedsScreen: ScreenModel {
    public let report: TrainingNeedsReport
    public private(set) var lines: TrainingNeedsLines
    public var list = ListState()
    public private(set) var search = SearchField()
    /// Lines matching the search, in order.
    public private(set) var matches: [Int] = []
    private var isMatch: [Bool] = []
    /// "name login team" of each person, folded once at the first search.
    private var personText: FoldedTexts?
    /// Which people the last search matched, and its query: a letter typed after it can
    /// only narrow it, so only those are looked at again.
    private var personHits: (query: [UInt8], matches: [Bool])?
    public private(set) var export: ExportDialog?
    /// The longest "name (login)" and team id in the report, in UTF-8 bytes (at least their
    /// width, and read without walking their characters): how wide those columns need to be.
    let widestPerson: Int
    let widestTeam: Int

    public init(report: TrainingNeedsReport, catalog: Catalog) {
        self.report = report
        self.lines = TrainingNeedsLines(report, catalog: catalog, grouping: .competency, filter: .init())
        var widestPerson = 0
        var widestTeam = 0
        for person in report.people {
            widestPerson = max(widestPerson, person.name.utf8.count + person.login.utf8.count + 3)
            widestTeam = max(widestTeam, person.teamID.utf8.count)
        }
        self.widestPerson = widestPerson
        self.widestTeam = widestTeam
    }

    /// The export, one step at a time.
    public enum ExportDialog: Hashable, Sendable {
        case choosingFormat
        case naming(format: ReportFormat, excel: Bool, editor: LineEditor)
        /// The file exists: replace it?
        case confirmingReplace(format: ReportFormat, excel: Bool, path: String, editor: LineEditor)
        /// Writing: the event loop shows its progress.
        case running(format: ReportFormat, excel: Bool, editor: LineEditor)
        /// Reached over SSH: nothing was written on the server; the command that writes
        /// the same file on the person's own machine, shown until the next key.
        case remoteCommand(String)
    }

    public enum Action: Hashable, Sendable {
        case move(ListState.Movement)
        case click(y: Int)
        case open
        case beginSearch
        case editSearch(Key)
        case clearSearch
        case nextMatch, previousMatch
        case cycleGrouping
        case toggleTeam
        case cycleFramework
        case cycleFlag
        case clearFilters
        case beginExport
        case chooseFormat(ReportFormat, excel: Bool)
        case cancelExport
        case editName(Key)
        case replace(Bool)
        case costedPlan
    }

    public func title(_ context: ScreenContext) -> String { context.screenWords.trainingTitle }

    static let headerRows = 4

    func listArea(_ size: ScreenSize) -> Rect { Layout.listArea(size, headerRows: Self.headerRows) }

    public func keyMap(_ context: ScreenContext) -> KeyMap<Action> {
        switch export {
        case .choosingFormat?:
            return KeyMap([
                KeyBinding("c", context.screenWords.formatCSV, .chooseFormat(.csv, excel: false)),
                KeyBinding("x", context.screenWords.formatExcel, .chooseFormat(.csv, excel: true)),
                KeyBinding("j", context.screenWords.formatJSON, .chooseFormat(.json, excel: false)),
                KeyBinding("m", context.screenWords.formatMarkdown, .chooseFormat(.markdown, excel: false)),
                KeyBinding([.key(.escape), .key(.control("c")), .key(.character("q"))], "Esc", context.screenWords.keyCancel, .cancelExport),
            ])
        case .naming?:
            return LineEditor.keyMap(context.screenWords).forwarding(Action.editName)
        case .confirmingReplace?:
            return .yesNo(yes: context.screenWords.keyReplaceFile, .replace(true), no: context.screenWords.keyKeepFile, .replace(false))
        case .running?:
            return KeyMap([])
        case .remoteCommand?:
            return KeyMap([KeyBinding([.anyKey], context.screenWords.keyAnyKey, context.screenWords.keyClose, .cancelExport)])
        case nil:
            break
        }
        if search.isEditing { return LineEditor.keyMap(context.screenWords).forwarding(Action.editSearch) }
        var bindings = ListState.movementBindings(context.screenWords).map { $0.map(Action.move) }
        bindings += [
            .click(context.screenWords.keySelect, words: context.screenWords) { _, y in .click(y: y) },
            KeyBinding([.key(.enter)], "Enter", context.screenWords.keyTheCompetency, statusBar: false, .open),
            KeyBinding("/", context.screenWords.keyFind, .beginSearch),
        ]
        if search.isActive {
            bindings += [
                KeyBinding("n", context.screenWords.keyNextMatch, .nextMatch),
                KeyBinding("N", context.screenWords.keyPreviousMatch, statusBar: false, .previousMatch),
                KeyBinding([.key(.escape)], "Esc", context.screenWords.keyStopFinding, .clearSearch),
            ]
        }
        bindings += [
            KeyBinding("v", context.screenWords.keyGrouping, .cycleGrouping),
            KeyBinding("t", lines.filter.teamID == nil ? context.screenWords.keyOnlyThisTeam : context.screenWords.keyEveryTeam, statusBar: false, .toggleTeam),
            KeyBinding("f", context.screenWords.keyFramework, statusBar: false, .cycleFramework),
            KeyBinding("!", context.screenWords.keyOnlyFlagged, statusBar: false, .cycleFlag),
        ]
        if lines.filter != TrainingNeedsLines.Filter(), !search.isActive {
            bindings.append(KeyBinding([.key(.escape)], "Esc", context.screenWords.keyClearFilters, .clearFilters))
        }
        bindings.append(KeyBinding("e", context.screenWords.keyExport, .beginExport))
        bindings.append(KeyBinding("p", context.words.keyCostedPlan, .costedPlan))
        return KeyMap(bindings)
    }

    public mutating func perform(_ action: Action, _ context: inout ScreenContext) -> [Effect] {
        let area = listArea(context.size)
        switch action {
        case .move(let movement):
            list.move(movement, count: lines.lines.count, visible: area.height)
        case .click(let y):
            guard let index = ListView.item(atY: y, list, count: lines.lines.count, in: area) else { return [] }
            list.move(.to(index), count: lines.lines.count, visible: area.height)
        case .open:
            guard let competency = lines.competency(at: list.selection, in: report) else { return [] }
            context.open(TextScreen.competency(competency, catalog: context.catalog, language: context.language))
        case .beginSearch:
            search.begin(prompt: context.screenWords.findCompetencyOrPerson)
        case .editSearch(let key):
            if search.handle(key) == true {
                findMatches(context.catalog)
                if let first = matches.first(where: { $0 >= list.selection }) ?? matches.first {
                    list.move(.to(first), count: lines.lines.count, visible: area.height)
                }
            }
        case .clearSearch:
            search.clear()
            findMatches(context.catalog)
        case .nextMatch, .previousMatch:
            guard !matches.isEmpty else {
                context.complain(context.words.nothingMatchesQuery(search.query))
                return []
            }
            let target = action == .nextMatch
                ? matches.first { $0 > list.selection } ?? matches[0]
                : matches.last { $0 < list.selection } ?? matches[matches.count - 1]
            list.move(.to(target), count: lines.lines.count, visible: area.height)
        case .cycleGrouping:
            let all = TrainingNeedsLines.Grouping.allCases
            regroup(all[((all.firstIndex(of: lines.grouping) ?? 0) + 1) % all.count], lines.filter, context)
        case .toggleTeam:
            var filter = lines.filter
            filter.teamID = filter.teamID == nil ? lines.need(at: list.selection, in: report).map { report.people[$0.personIndex].teamID } : nil
            if filter.teamID == nil, lines.filter.teamID == nil {
                context.complain(context.screenWords.cursorOnNeed)
                return []
            }
            regroup(lines.grouping, filter, context)
        case .cycleFramework:
            var filter = lines.filter
            let ids = context.catalog.frameworks.map(\.id)
            filter.frameworkID = filter.frameworkID.flatMap { ids.firstIndex(of: $0) }.flatMap { $0 + 1 < ids.count ? ids[$0 + 1] : nil } ?? (filter.frameworkID == nil ? ids.first : nil)
            regroup(lines.grouping, filter, context)
        case .cycleFlag:
            var filter = lines.filter
            let flags = TrainingNeedsLines.Filter.Flag.allCases
            filter.flag = filter.flag.flatMap { flags.firstIndex(of: $0) }.flatMap { $0 + 1 < flags.count ? flags[$0 + 1] : nil } ?? (filter.flag == nil ? flags.first : nil)
            regroup(lines.grouping, filter, context)
        case .clearFilters:
            regroup(lines.grouping, TrainingNeedsLines.Filter(), context)
        case .costedPlan:
            return [.load(.trainingPlan(teamID: report.teamID, budget: nil))]
        case .beginExport:
            export = .choosingFormat
        case .chooseFormat(let format, let excel):
            let suffix = format == .json ? "json" : format == .markdown ? "md" : "csv"
            let name = "training-needs-\(report.teamID ?? "organisation")-\(DateText.day(context.now)).\(suffix)"
            let prompt = excel ? context.screenWords.saveExcelTo : context.words.saveFormatTo(suffix.uppercased())
            export = .naming(format: format, excel: excel, editor: LineEditor(prompt: prompt, text: name, limit: 4_096))
        case .cancelExport:
            export = nil
        case .editName(let key):
            guard case .naming(let format, let excel, var editor)? = export else { return [] }
            switch editor.handle(key) {
            case .editing:
                export = .naming(format: format, excel: excel, editor: editor)
            case .cancelled:
                export = nil
            case .confirmed(let text):
                let path = text.trimmingCharacters(in: .whitespaces)
                guard !path.isEmpty else {
                    context.complain(context.screenWords.giveFileName)
                    return []
                }
                export = .running(format: format, excel: excel, editor: editor)
                return [.export(ExportRequest(teamID: report.teamID, format: format, excel: excel, path: path, replacing: false))]
            }
        case .replace(let agreed):
            guard case .confirmingReplace(let format, let excel, let path, let editor)? = export else { return [] }
            if agreed {
                export = .running(format: format, excel: excel, editor: editor)
                return [.export(ExportRequest(teamID: report.teamID, format: format, excel: excel, path: path, replacing: true))]
            }
            export = .naming(format: format, excel: excel, editor: editor)
        }
        return []
    }

    private mutating func regroup(_ grouping: TrainingNeedsLines.Grouping, _ filter: TrainingNeedsLines.Filter, _ context: ScreenContext) {
        lines = TrainingNeedsLines(report, catalog: context.catalog, grouping: grouping, filter: filter)
        list = ListState()
        findMatches(context.catalog)
    }

    /// Marks the lines the search matches: a competency heading and its needs when the
    /// competency matches; a person's needs (and heading) when the person does.
    mutating func findMatches(_ catalog: Catalog) {
        guard search.isActive else {
            matches = []
            isMatch = []
            return
        }
        let query = search.folded
        if personText == nil { personText = FoldedTexts(report.people.map { "\($0.name) \($0.login) \($0.teamID)" }) }
        let people = personText ?? FoldedTexts()
        let personMatches: [Bool]
        if let last = personHits, query.starts(with: last.query), last.matches.count == report.people.count {
            personMatches = last.matches.indices.map { last.matches[$0] && people.contains($0, query) }
        } else {
            personMatches = (0..<report.people.count).map { people.contains($0, query) }
        }
        personHits = (query, personMatches)
        // Competency groups are few: fold their ids and names per search.
        let competencyMatches = report.groups.map { group -> Bool in
            let competency = catalog.competencies[group.competency]
            return SearchText.contains(SearchText.fold("\(competency.id) \(competency.name)")[...], query)
        }
        var flags = [Bool](repeating: false, count: lines.lines.count)
        var found: [Int] = []
        let persons = lines.personOfLine
        let groups = lines.groupOfLine
        for index in flags.indices {
            let person = Int(persons[index])
            let group = Int(groups[index])
            var hit = (person >= 0 && personMatches[person]) || (group >= 0 && competencyMatches[group])
            if !hit, person < 0, group < 0, case .heading(let heading) = lines.lines[index], case .team(let team) = lines.headings[heading] {
                hit = SearchText.contains(SearchText.fold(team)[...], query)
            }
            if hit {
                flags[index] = true
                found.append(index)
            }
        }
        isMatch = flags
        matches = found
    }

    public func lineMatches(_ index: Int) -> Bool { isMatch.indices.contains(index) && isMatch[index] }

    public mutating func receive(_ update: Outcome, _ context: inout ScreenContext) -> [Effect] {
        switch update {
        case .exported(let path, let needs):
            export = nil
            context.say(context.words.exportedNeeds(needs, to: path))
        case .exportCommand(let command):
            export = .remoteCommand(command)
        case .exportWouldReplace(let path):
            if case .running(let format, let excel, let editor)? = export {
                export = .confirmingReplace(format: format, excel: excel, path: path, editor: editor)
            }
        case .failed, .cancelled:
            // Back to the name, as typed: nothing a person typed is lost to a failure or to Esc.
            if case .running(let format, let excel, let editor)? = export { export = .naming(format: format, excel: excel, editor: editor) }
        default:
            break
        }
        return []
    }

    public func messageLine(_ context: ScreenContext) -> MessageLine? {
        switch export {
        case .choosingFormat?: return .question(context.language.messages.plans.exportAs)
        case .naming(_, _, let editor)?: return .editor(editor)
        case .confirmingReplace(_, _, let path, _)?:
            // The whole path, then the question: a long one wraps upwards (the message line),
            // so the path is read in full and the keys that answer end the line.
            return .question(context.language.messages.replaceQuestion(path))
        case .running?, .remoteCommand?: return nil
        case nil: return search.editor.map(MessageLine.editor)
        }
    }

    public var reload: Request? { .trainingNeeds(teamID: report.teamID) }

    public mutating func fit(_ context: ScreenContext) {
        list.clamp(count: lines.lines.count, visible: listArea(context.size).height)
    }

    public func position(_ context: ScreenContext) -> String? {
        list.position(count: lines.lines.count, visible: listArea(context.size).height, words: context.words)
    }
}
