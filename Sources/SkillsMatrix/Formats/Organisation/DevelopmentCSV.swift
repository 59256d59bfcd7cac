import Foundation

/// Readers for the demo organisation's development data: plan items and their events,
/// certificates, and mentor and growth marks. Times are whole days before (or, for
/// target and expiry days, after) `now`, as in the demo's ratings, so the demo looks the
/// same whenever it is loaded. Every row is checked and every problem reported with its
/// line before anything is stored.
enum DevelopmentCSV {
    /// What the readers check names against.
    struct Context {
        var people: [String: Person]
        var catalog: Catalog
        var learning: LearningCatalogue
        /// Competency ids each login has a self rating of (a certificate supports one of those).
        var selfRated: [String: Set<String>]
        var now: Date

        var today: CalendarDay { CalendarDay(containing: now) }

        func daysAgo(_ days: Int) -> Date { now.addingTimeInterval(-Double(days) * 86_400) }
    }

    // MARK: - Plans

    /// Plan items from `plans.csv` (`plan,login,competency,item,text,target_days,days_ago,by`)
    /// with their later moves from `plan-events.csv` (`plan,state,days_ago,by,note`).
    static func plans(items itemsFile: (bytes: [UInt8], file: String), events eventsFile: (bytes: [UInt8], file: String), context: Context)
        throws -> [PlanItem]
    {
        let table = try CSVTable(
            itemsFile.bytes, file: itemsFile.file, required: ["plan", "login", "competency", "item", "text", "target_days", "days_ago", "by"])
        var errors: [InputFileError] = []
        var drafts: [(number: Int, login: String, competency: String, item: String?, text: String, first: PlanEvent)] = []
        for row in table.rows {
            let login = table.value("login", in: row)
            let competencyID = table.value("competency", in: row)
            let itemID = table.value("item", in: row)
            let text = table.value("text", in: row)
            guard let number = Int(table.value("plan", in: row)), number > 0, !drafts.contains(where: { $0.number == number }) else {
                errors.append(table.failure(row, column: "plan", .planNumber))
                continue
            }
            guard context.people[login] != nil else {
                errors.append(table.failure(row, column: "login", .unknownLogin(login)))
                continue
            }
            guard context.catalog.competency(competencyID) != nil else {
                errors.append(table.failure(row, column: "competency", .unknownCompetency(competencyID)))
                continue
            }
            if !itemID.isEmpty, context.learning.item(itemID)?.level(lifting: competencyID) == nil {
                errors.append(table.failure(row, column: "item", .itemDoesNotBuild(item: itemID, competency: competencyID)))
                continue
            }
            if itemID.isEmpty, text.isEmpty {
                errors.append(table.failure(row, column: "text", .itemOrText))
                continue
            }
            guard let target = Int(table.value("target_days", in: row)), let created = days(table, row, "days_ago", &errors),
                let by = knownLogin(table, row, "by", context, &errors)
            else {
                if Int(table.value("target_days", in: row)) == nil {
                    errors.append(table.failure(row, column: "target_days", .targetDays))
                }
                continue
            }
            drafts.append(
                (
                    number, login, competencyID, itemID.isEmpty ? nil : itemID, text,
                    PlanEvent(state: .planned, targetDate: context.today.adding(days: target), note: "", actor: by, at: context.daysAgo(created))
                ))
        }
        let eventsTable = try CSVTable(eventsFile.bytes, file: eventsFile.file, required: ["plan", "state", "days_ago", "by", "note"])
        var events: [Int: [PlanEvent]] = [:]
        for draft in drafts { events[draft.number] = [draft.first] }
        for row in eventsTable.rows {
            guard let number = Int(eventsTable.value("plan", in: row)), let history = events[number] else {
                errors.append(eventsTable.failure(row, column: "plan", .unknownPlanItem))
                continue
            }
            let stateText = eventsTable.value("state", in: row)
            guard let state = PlanState(rawValue: stateText), let last = history.last, last.state.canMove(to: state) else {
                errors.append(
                    eventsTable.failure(
                        row, column: "state", .planMove(item: number, to: stateText, from: history.last?.state.rawValue ?? "")))
                continue
            }
            guard let ago = days(eventsTable, row, "days_ago", &errors), let by = knownLogin(eventsTable, row, "by", context, &errors) else { continue }
            let at = context.daysAgo(ago)
            guard at >= last.at else {
                errors.append(eventsTable.failure(row, column: "days_ago", .moveBeforePrevious))
                continue
            }
            events[number]?.append(PlanEvent(state: state, targetDate: nil, note: eventsTable.value("note", in: row), actor: by, at: at))
        }
        if !errors.isEmpty { throw InputFileErrors(errors) }
        return drafts.map { draft in
            PlanItem(
                number: draft.number, personLogin: draft.login, competencyID: draft.competency, learningItemID: draft.item, text: draft.text,
                events: events[draft.number] ?? [draft.first])
        }
    }

    // MARK: - Certificates

    /// Certificates from `certificates.csv`
    /// (`certificate,login,name,issuer,credential_id,gained_days_ago,expires_in_days,recorded_by,supports`);
    /// `supports` lists competencies (space-separated) whose current self rating cites it.
    static func certificates(_ bytes: [UInt8], file: String, context: Context) throws -> [Certificate] {
        let table = try CSVTable(
            bytes, file: file,
            required: ["certificate", "login", "name", "issuer", "credential_id", "gained_days_ago", "expires_in_days", "recorded_by", "supports"])
        var errors: [InputFileError] = []
        var certificates: [Certificate] = []
        for row in table.rows {
            let login = table.value("login", in: row)
            guard let number = Int(table.value("certificate", in: row)), number == certificates.count + 1 else {
                errors.append(table.failure(row, column: "certificate", .certificateNumber))
                continue
            }
            guard context.people[login] != nil else {
                errors.append(table.failure(row, column: "login", .unknownLogin(login)))
                continue
            }
            let name = table.value("name", in: row)
            if name.isEmpty { errors.append(table.failure(row, column: "name", .certificateName)) }
            guard let gainedAgo = days(table, row, "gained_days_ago", &errors), let recorder = knownLogin(table, row, "recorded_by", context, &errors)
            else { continue }
            let expiresText = table.value("expires_in_days", in: row)
            let expiresIn = Int(expiresText)
            if !expiresText.isEmpty, expiresIn.map({ $0 < -gainedAgo }) ?? true {
                errors.append(table.failure(row, column: "expires_in_days", .expiryDays))
                continue
            }
            let supports = table.value("supports", in: row).split(separator: " ").map(String.init)
            if let unrated = supports.first(where: { !(context.selfRated[login]?.contains($0) ?? false) }) {
                errors.append(table.failure(row, column: "supports", .noSelfRatingToSupport(login: login, competency: unrated)))
                continue
            }
            certificates.append(
                Certificate(
                    number: number, personLogin: login, name: name, issuer: table.value("issuer", in: row),
                    credentialID: table.value("credential_id", in: row), gained: context.today.adding(days: -gainedAgo),
                    expires: expiresIn.map { context.today.adding(days: $0) }, recordedBy: recorder, recordedAt: context.daysAgo(gainedAgo),
                    supports: supports))
        }
        if !errors.isEmpty { throw InputFileErrors(errors) }
        return certificates
    }

    // MARK: - Marks

    /// Marks from `marks.csv` (`login,competency,mark,days_ago`).
    static func marks(_ bytes: [UInt8], file: String, context: Context) throws -> [InterestMarkEvent] {
        let table = try CSVTable(bytes, file: file, required: ["login", "competency", "mark", "days_ago"])
        var errors: [InputFileError] = []
        var marks: [InterestMarkEvent] = []
        for row in table.rows {
            guard let login = knownLogin(table, row, "login", context, &errors) else { continue }
            let competencyID = table.value("competency", in: row)
            guard context.catalog.competency(competencyID) != nil else {
                errors.append(table.failure(row, column: "competency", .unknownCompetency(competencyID)))
                continue
            }
            guard let mark = InterestMark(rawValue: table.value("mark", in: row)) else {
                errors.append(table.failure(row, column: "mark", .interestMark(allowed: InterestMark.valueList)))
                continue
            }
            guard let ago = days(table, row, "days_ago", &errors) else { continue }
            marks.append(InterestMarkEvent(login: login, competencyID: competencyID, mark: mark, isSet: true, at: context.daysAgo(ago)))
        }
        if !errors.isEmpty { throw InputFileErrors(errors) }
        return marks
    }

    // MARK: - Fields

    private static func days(_ table: CSVTable, _ row: CSVRecord, _ column: String, _ errors: inout [InputFileError]) -> Int? {
        guard let days = Int(table.value(column, in: row)), days >= 0 else {
            errors.append(table.failure(row, column: column, .wholeDays(column: column)))
            return nil
        }
        return days
    }

    private static func knownLogin(_ table: CSVTable, _ row: CSVRecord, _ column: String, _ context: Context, _ errors: inout [InputFileError])
        -> String?
    {
        let login = table.value(column, in: row)
        guard context.people[login] != nil else {
            errors.append(table.failure(row, column: column, .unknownLogin(login)))
            return nil
        }
        return login
    }
}
