import SkillsMatrix

/// A page of text to read, scrolled: a competency in full, or every word of the ratings
/// behind a heatmap cell. Wrapped to the screen as it is drawn, so nothing is cut.
public struct TextScreen: ScreenModel {
    public let heading: String

    public func title(_ context: ScreenContext) -> String { heading }
    public let paragraphs: [Paragraph]
    public var scroll = 0

    /// A paragraph; its later lines indented by `hangingIndent`.
    public struct Paragraph: Hashable, Sendable {
        public var text: String
        public var style: Style
        public var hangingIndent: Int

        public init(_ text: String, _ style: Style = .normal, hangingIndent: Int = 0) {
            self.text = text
            self.style = style
            self.hangingIndent = hangingIndent
        }

        public static let blank = Paragraph("")
    }

    public init(title: String, paragraphs: [Paragraph]) {
        self.heading = title
        self.paragraphs = paragraphs
    }

    public enum Action: Hashable, Sendable {
        case scroll(ListState.Movement)
    }

    public func keyMap(_ context: ScreenContext) -> KeyMap<Action> {
        KeyMap(ListState.movementBindings(context.screenWords).map { binding in
            binding.map(Action.scroll)
        })
    }

    public mutating func perform(_ action: Action, _ context: inout ScreenContext) -> [Effect] {
        guard case .scroll(let movement) = action else { return [] }
        let height = Layout.contentHeight(context.size)
        let maximum = maximumScroll(context)
        switch movement {
        case .up: scroll -= 1
        case .down: scroll += 1
        case .scrollUp: scroll -= 3
        case .scrollDown: scroll += 3
        case .pageUp: scroll -= max(1, height - 1)
        case .pageDown: scroll += max(1, height - 1)
        case .first: scroll = 0
        case .last: scroll = maximum
        case .to(let line): scroll = line
        }
        scroll = max(0, min(scroll, maximum))
        return []
    }

    /// The paragraphs wrapped to `width` columns.
    func lines(width: Int) -> [(String, Style)] { Self.wrap(paragraphs, width: width) }

    /// `paragraphs` wrapped to `width` columns, each line with its paragraph's style.
    static func wrap(_ paragraphs: [Paragraph], width: Int) -> [(String, Style)] {
        paragraphs.flatMap { paragraph -> [(String, Style)] in
            guard !paragraph.text.isEmpty else { return [("", paragraph.style)] }
            let indent = String(repeating: " ", count: paragraph.hangingIndent)
            return Draw.wrap(paragraph.text, width: width - paragraph.hangingIndent).enumerated().map {
                ($0.offset == 0 ? $0.element : indent + $0.element, paragraph.style)
            }
        }
    }

    func textWidth(_ size: ScreenSize) -> Int { size.width - 5 }

    /// The furthest the text can scroll.
    func maximumScroll(_ context: ScreenContext) -> Int {
        Draw.maximumScroll(count: lines(width: textWidth(context.size)).count, height: Layout.contentHeight(context.size))
    }

    public mutating func fit(_ context: ScreenContext) { scroll = min(scroll, maximumScroll(context)) }

    public func position(_ context: ScreenContext) -> String? {
        let count = lines(width: textWidth(context.size)).count
        let height = Layout.contentHeight(context.size)
        guard count > height else { return nil }
        return context.words.linesPosition(from: scroll + 1, to: min(count, scroll + height), of: count)
    }

    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        let area = Rect(x: 2, y: Layout.contentTop, width: buffer.width - 3, height: Layout.contentHeight(context.size))
        Draw.scrolled(lines(width: textWidth(context.size)), offset: scroll, in: area, into: &buffer, words: context.screenWords)
    }

    // MARK: - Pages

    /// One competency in full: description, every level, references, learning, who needs it.
    public static func competency(_ index: Int, catalog: Catalog, language: Language) -> TextScreen {
        let words = language.messages
        let competency = catalog.competencies[index]
        let framework = catalog.framework(ofCompetency: index)
        var paragraphs = [Paragraph("\(competency.id) \(competency.name)", .title), Paragraph("\(framework.name) \(framework.version)", .dim), .blank]
        paragraphs.append(Paragraph(competency.description))
        paragraphs.append(.blank)
        for level in ProficiencyScale.levelRange {
            let text = level == 0 ? (framework.scale.levels.first?.descriptor ?? "") : (competency.indicator(for: level) ?? "")
            paragraphs.append(Paragraph("\(level) \(framework.scale.label(of: level)): \(text)", hangingIndent: 2))
        }
        if !competency.references.isEmpty {
            paragraphs += [.blank, Paragraph(words.screen.references, .heading), Paragraph(competency.references.joined(separator: ", "))]
        }
        if !competency.learning.isEmpty {
            paragraphs += [.blank, Paragraph(words.screen.waysToLearn, .heading)]
            paragraphs += competency.learning.map { Paragraph("- " + $0, hangingIndent: 2) }
        }
        let roles = catalog.roles.compactMap { role in
            role.requirements.first { $0.competencyID == competency.id }.map { words.requiredBy(role: role.name(in: language), target: $0.target, weight: $0.weight) }
        }
        if !roles.isEmpty {
            paragraphs += [.blank, Paragraph(words.screen.requiredBy, .heading)]
            paragraphs += roles.map { Paragraph($0) }
        }
        return TextScreen(title: words.screen.competencyHeading, paragraphs: paragraphs)
    }
}
