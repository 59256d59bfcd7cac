import SkillsMatrix

extension WalkthroughScreen {
    /// The step's text: everything below the heading and progress bar, scrolled when it
    /// does not fit (80x24 and a project manager's longest indicators), so that nothing
    /// is cut: the level cursor brings its indicator into view, PgUp/PgDn the rest.
    struct Body {
        var lines: [(String, Style)] = []
        /// The lines of each level, 0...4.
        var levels: [Range<Int>] = []
    }

    func bodyArea(_ size: ScreenSize) -> Rect {
        Rect(x: 2, y: Layout.contentTop + 3, width: size.width - 3, height: Layout.messageRow(size) - (Layout.contentTop + 3))
    }

    static let levelTextX = 22

    func body(_ context: ScreenContext) -> Body {
        var body = Body()
        guard let step else { return body }
        let catalog = context.catalog
        let width = bodyArea(context.size).width
        let competency = catalog.competencies[step.competency]
        let framework = catalog.framework(ofCompetency: step.competency)
        let area = framework.areas.first { competency.id.hasPrefix($0.id + ".") }?.name ?? ""
        body.lines += Draw.wrap("\(competency.id)  \(competency.name) · \(framework.name) · \(area)", width: width).map { ($0, .title) }
        // Why it is asked again, first: training done since, or the wording changed.
        if walkthrough.rerate.contains(position) {
            let reason: String
            if let training = walkthrough.trainedIn[position] {
                reason = context.words.rerateAfterTraining(item: training.itemTitle, planItem: training.planItem.number, on: training.doneAt)
            } else if let version = step.ratedAgainstVersion {
                reason = context.words.rerateAfterRewording(version: version)
            } else {
                reason = context.words.rateThisAgain
            }
            body.lines += Draw.wrap(reason, width: width).map { ($0, .warning) }
        }
        if step.awaitsReconfirmation, let level = step.ratings?.selfRating?.level {
            let reason = context.words.plans.ratedBeforeCycle(level: level)
            body.lines += Draw.wrap(reason, width: width).map { ($0, .warning) }
        }
        body.lines += Draw.wrap(competency.description, width: width).map { ($0, .normal) }
        if let target = step.target {
            body.lines.append((context.words.roleNeedsLevel(target, label: framework.scale.label(of: target)), .dim))
        } else {
            body.lines.append((context.screenWords.notRequiredByYourRole, .dim))
        }
        let current = step.ratings?.selfRating?.level
        let textWidth = width - Self.levelTextX
        for level in ProficiencyScale.levelRange {
            let selected = level == levelCursor
            let prefix = "\(selected ? "▸" : " ") \(current == level ? "●" : " ") \(level) \(step.target == level ? "◎" : " ") \(framework.scale.label(of: level))"
            let text = level == 0 ? (framework.scale.levels.first?.descriptor ?? "") : (competency.indicator(for: level) ?? "")
            let wrapped = Draw.wrap(text, width: textWidth)
            let start = body.lines.count
            for (index, line) in (wrapped.isEmpty ? [""] : wrapped).enumerated() {
                let lead = index == 0 ? DisplayWidth.pad(prefix, to: Self.levelTextX) : String(repeating: " ", count: Self.levelTextX)
                body.lines.append((DisplayWidth.pad(lead + line, to: width), selected ? .selected : .normal))
            }
            body.levels.append(start..<body.lines.count)
        }
        body.lines.append((context.screenWords.answerLegend, .dim))
        let interval = framework.reviewIntervalDays
        var answer = context.screenWords.yourAnswer
        if let rating = step.ratings?.selfRating {
            answer += context.words.answerDetail(
                level: rating.level, label: framework.scale.label(of: rating.level), on: rating.ratedAt,
                age: DateText.age(of: rating.ratedAt, now: context.now, in: context.language))
            if Scoring.isStale(rating, reviewIntervalDays: interval, now: context.now) { answer += context.screenWords.staleSuffix }
            if step.isCycleItem, step.countsForCycle { answer += context.words.plans.doneForCycle }
        } else {
            answer += context.screenWords.notAnsweredYet
        }
        if let lead = step.ratings?.leadRating {
            answer += context.words.yourLeadSuffix(level: lead.level, label: framework.scale.label(of: lead.level))
            if Scoring.isDisputed(self: step.ratings?.selfRating, lead: lead) { answer += context.screenWords.disputedSuffix }
            if Scoring.isStale(lead, reviewIntervalDays: interval, now: context.now) { answer += context.screenWords.staleSuffix }
        }
        body.lines += Draw.wrap(answer, width: width).map { ($0, .normal) }
        if let note = pendingNote {
            body.lines += Draw.wrap(context.words.noteToSave(note), width: width).map { ($0, .warning) }
        } else if let note = step.selfNote {
            body.lines += Draw.wrap(context.words.yourNote(note), width: width).map { ($0, .dim) }
        }
        return body
    }

    func maximumScroll(_ context: ScreenContext) -> Int {
        Draw.maximumScroll(count: body(context).lines.count, height: bodyArea(context.size).height)
    }

    /// Scrolls so the level under the cursor is in view (the top of the text for level 0).
    mutating func followCursor(_ context: ScreenContext) {
        let body = body(context)
        let height = bodyArea(context.size).height
        guard body.levels.indices.contains(levelCursor) else { return }
        let range = body.levels[levelCursor]
        if levelCursor == 0, body.levels[0].upperBound <= height { scroll = 0 }
        if range.lowerBound < scroll { scroll = range.lowerBound }
        if range.upperBound > scroll + height { scroll = range.upperBound - height }
        scroll = max(0, min(scroll, Draw.maximumScroll(count: body.lines.count, height: height)))
    }

    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        let catalog = context.catalog
        let steps = walkthrough.steps
        let top = Layout.contentTop
        let scopeText: String
        switch walkthrough.scope {
        case .role: scopeText = context.screenWords.yourRoleCompetencies
        case .framework(let id): scopeText = context.words.allOfFramework(catalog.framework(id)?.name ?? id)
        }
        let progress = isFinished ? context.screenWords.done : context.words.position(position + 1, of: steps.count)
        let right = context.words.walkthroughAnswered(progress, answered: walkthrough.answeredCount)
        buffer.put(context.words.walkthroughHeading(scopeText), x: 0, y: top, style: .heading, maxWidth: buffer.width - DisplayWidth.of(right) - 1)
        buffer.put(right, x: buffer.width - DisplayWidth.of(right), y: top, style: .title)
        // The bar shows answers, not the place: skipping ahead is not progress.
        let fraction = steps.isEmpty ? 1 : Double(walkthrough.answeredCount) / Double(steps.count)
        buffer.put("  " + Draw.bar(fraction, width: buffer.width - 16) + context.screenWords.barAnswered, x: 0, y: top + 1, style: .dim)
        let area = bodyArea(context.size)
        if let picker {
            drawList(picker, in: area, context: context, into: &buffer)
            return
        }
        guard step != nil else {
            drawFinished(in: area, context: context, into: &buffer)
            return
        }
        let body = body(context)
        Draw.scrolled(body.lines, offset: scroll, in: area, into: &buffer, words: context.screenWords)
        // With room to spare, the whole walk-through below the step.
        let spare = area.height - body.lines.count
        if spare >= 6 {
            var overview = ListState(selection: position)
            let overviewArea = Rect(x: area.x, y: area.y + body.lines.count + 2, width: area.width, height: spare - 2)
            buffer.put(context.words.allInWalkthrough(steps.count), x: area.x, y: overviewArea.y - 1, style: .heading)
            drawSteps(&overview, in: overviewArea, context: context, into: &buffer, columns: max(1, min(3, buffer.width / 40)))
        }
    }

    /// The `o` list: every competency with its answer, to jump to one.
    private func drawList(_ list: ListState, in area: Rect, context: ScreenContext, into buffer: inout CellBuffer) {
        buffer.put(context.screenWords.goToWhich, x: area.x, y: area.y, style: .heading)
        var list = list
        drawSteps(&list, in: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1), context: context, into: &buffer, columns: 1)
    }

    /// Steps with their answers, in `columns` columns, the selected one (or the current
    /// one) in view.
    private func drawSteps(_ list: inout ListState, in area: Rect, context: ScreenContext, into buffer: inout CellBuffer, columns: Int) {
        let steps = walkthrough.steps
        let columnWidth = area.width / columns
        let capacity = area.height * columns
        list.clamp(count: steps.count, visible: capacity)
        let first = columns == 1 ? list.offset : max(0, min(list.selection - capacity / 2, steps.count - capacity))
        for (slot, index) in (first..<min(steps.count, first + capacity)).enumerated() {
            let step = steps[index]
            let competency = context.catalog.competencies[step.competency]
            let answer = step.ratings?.selfRating.map { String($0.level) } ?? "·"
            let marker = index == list.selection ? "▸" : (index == position ? "•" : " ")
            let noted = pendingNotes[step.competency] == nil ? "" : context.screenWords.noteNotSaved
            let style: Style = index == list.selection ? .selected : (step.ratings?.selfRating == nil ? .dim : .normal)
            buffer.put("\(marker) \(answer)  \(competency.id) \(competency.name)\(noted)", x: area.x + (slot / area.height) * columnWidth,
                       y: area.y + slot % area.height, style: style, exactWidth: columnWidth - 1)
        }
    }

    /// The end: what has an answer, and every competency still without one by name.
    private func drawFinished(in area: Rect, context: ScreenContext, into buffer: inout CellBuffer) {
        let steps = walkthrough.steps
        var paragraphs = [TextScreen.Paragraph(context.words.beenThroughAll(steps.count, answered: walkthrough.answeredCount), .flash), .blank]
        let open = unanswered
        if open.isEmpty {
            paragraphs.append(TextScreen.Paragraph(context.screenWords.everyOneAnswered))
        } else {
            paragraphs.append(TextScreen.Paragraph(context.screenWords.stillWithoutAnswer, .heading))
            paragraphs += open.map { index in
                let competency = context.catalog.competencies[steps[index].competency]
                return TextScreen.Paragraph("· \(competency.id) \(competency.name)", hangingIndent: 2)
            }
        }
        // One paragraph, so the page's last lines stay in view (it does not scroll).
        let reconfirm = steps.filter(\.awaitsReconfirmation).map { context.catalog.competencies[$0.competency].id }
        if !reconfirm.isEmpty {
            paragraphs += [
                .blank,
                TextScreen.Paragraph(context.words.plans.ratedBeforeCycleList(reconfirm.joined(separator: ", ")), .warning),
            ]
        }
        paragraphs += [.blank, TextScreen.Paragraph(context.screenWords.finishedKeys),
                       TextScreen.Paragraph(context.screenWords.leadWillSee, .dim)]
        Draw.scrolled(TextScreen.wrap(paragraphs, width: area.width), offset: 0, in: area, into: &buffer, words: context.screenWords)
    }
}
