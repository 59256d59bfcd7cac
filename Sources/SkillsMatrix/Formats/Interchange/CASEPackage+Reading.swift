extension CASEPackage {
    /// Members the CASE 1.1 schema allows on each object (`additionalProperties: false`);
    /// anything custom belongs under `extensions`.
    enum Members {
        static let package: Set<String> = ["CFDocument", "CFItems", "CFAssociations", "CFDefinitions", "CFRubrics", "extensions"]
        static let document: Set<String> = [
            "identifier", "uri", "frameworkType", "caseVersion", "creator", "title", "lastChangeDateTime", "officialSourceURL",
            "publisher", "description", "subject", "subjectURI", "language", "version", "adoptionStatus", "statusStartDate",
            "statusEndDate", "licenseURI", "notes", "extensions",
        ]
        static let item: Set<String> = [
            "identifier", "fullStatement", "alternativeLabel", "CFItemType", "uri", "humanCodingScheme", "listEnumeration",
            "abbreviatedStatement", "conceptKeywords", "conceptKeywordsURI", "notes", "subject", "subjectURI", "language",
            "educationLevel", "CFItemTypeURI", "licenseURI", "statusStartDate", "statusEndDate", "lastChangeDateTime", "extensions",
        ]
        static let association: Set<String> = [
            "identifier", "associationType", "sequenceNumber", "uri", "originNodeURI", "destinationNodeURI",
            "CFAssociationGroupingURI", "lastChangeDateTime", "notes", "extensions",
        ]
        static let rubric: Set<String> = ["identifier", "uri", "title", "description", "lastChangeDateTime", "CFRubricCriteria", "extensions"]
        static let criterion: Set<String> = [
            "identifier", "uri", "category", "description", "CFItemURI", "weight", "position", "rubricId", "lastChangeDateTime",
            "CFRubricCriterionLevels", "extensions",
        ]
        static let level: Set<String> = [
            "identifier", "uri", "description", "quality", "score", "feedback", "position", "rubricCriterionId", "lastChangeDateTime",
            "extensions",
        ]
        static let link: Set<String> = ["title", "identifier", "uri", "targetType"]
    }

    /// Reads a CFPackage, ours or anyone's, and checks it against the rules of our own
    /// loader. Every problem names the line and the JSON path.
    /// - Throws: `InputFileError` when the file is not JSON or not a CFPackage at all;
    ///   `InputFileErrors` listing every problem found in its content.
    public static func decode(_ bytes: [UInt8], file: String) throws -> Framework {
        let root = try JSONCursor.open(bytes, file: file)
        try root.requireOnly(Members.package)
        var reader = CASEReader()
        let framework = reader.read(root, document: try root.member("CFDocument"))
        if !reader.errors.isEmpty { throw InputFileErrors(reader.errors) }
        guard let framework else { throw InputFileErrors([root.failure(.caseNotAFramework)]) }
        return framework
    }
}

/// Walks a CFPackage, collecting every problem instead of stopping at the first.
struct CASEReader {

    typealias Members = CASEPackage.Members
    var errors: [InputFileError] = []
    /// The package's language: its CFDocument's `language`, English when it names none.
    private(set) var language = Language.en

    private struct Item {
        var cursor: JSONCursor
        var code: String
        var name: String
        var statement: String
        var references: [String]
        var learning: [String]
    }

    private struct ChildLink {
        var parent: String
        var sequence: Int
        var order: Int
        var cursor: JSONCursor
    }

    /// Runs `body`, keeping its error (if any) and going on.
    private mutating func attempt<T>(_ body: () throws(InputFileError) -> T) -> T? {
        do { return try body() } catch {
            errors.append(error)
            return nil
        }
    }

    private static func uuid(_ cursor: JSONCursor) throws(InputFileError) -> String {
        let text = try cursor.string()
        guard NameBasedUUID.isCASEIdentifier(text) else {
            throw cursor.failure(.caseUUID(text))
        }
        return text
    }

    /// The identifier a `{title, identifier, uri}` link points at.
    private static func linkTarget(_ cursor: JSONCursor) throws(InputFileError) -> String {
        try cursor.requireOnly(Members.link)
        _ = try cursor.member("uri").string()
        _ = try cursor.member("title").string()
        return try cursor.member("identifier").nonEmptyString()
    }

    mutating func read(_ root: JSONCursor, document: JSONCursor) -> Framework? {
        // MARK: Document
        var documentLanguage = Language.en
        let header = attempt { () throws(InputFileError) -> (id: String, name: String, description: String, version: String, interval: Int) in
            try document.requireOnly(Members.document)
            let id = try Self.uuid(try document.member("identifier"))
            for key in ["uri", "creator", "lastChangeDateTime"] { _ = try document.member(key).string() }
            let intervalCursor = try (try document.member("extensions")).member("reviewIntervalDays")
            let interval = try intervalCursor.int()
            if let problem = FrameworkRules.reviewIntervalProblem(interval) { throw intervalCursor.failure(problem) }
            if let languageCursor = try document.optionalMember("language") {
                documentLanguage = try Self.language(languageCursor)
            }
            return (
                id, try document.member("title").nonEmptyString(), try document.member("description").nonEmptyString(),
                try document.member("version").nonEmptyString(), interval
            )
        }

        language = documentLanguage

        // MARK: Items
        var items: [String: Item] = [:]
        var itemOrder: [String] = []
        var codeFirstSeen: [String: String] = [:]
        for cursor in attempt({ () throws(InputFileError) in try root.optionalMember("CFItems")?.elements() ?? [] }) ?? [] {
            guard
                let item = attempt({ () throws(InputFileError) -> (String, Item) in
                    try cursor.requireOnly(Members.item)
                    let identifierCursor = try cursor.member("identifier")
                    let identifier = try Self.uuid(identifierCursor)
                    if items[identifier] != nil { throw identifierCursor.failure(.caseSecondItem(identifier: identifier)) }
                    for key in ["uri", "lastChangeDateTime"] { _ = try cursor.member(key).string() }
                    let codeCursor = try cursor.optionalMember("humanCodingScheme")
                    guard let codeCursor else {
                        throw cursor.failure(.caseHumanCodingScheme)
                    }
                    if let itemLanguage = try cursor.optionalMember("language"), try Self.language(itemLanguage) != documentLanguage {
                        throw itemLanguage.failure(.caseItemLanguage(item: try itemLanguage.string(), document: documentLanguage.code))
                    }
                    let code = try codeCursor.nonEmptyString()
                    if let first = codeFirstSeen[code] { throw codeCursor.failure(.duplicateID(code, firstAt: first)) }
                    codeFirstSeen[code] = codeCursor.path
                    guard let nameCursor = try cursor.optionalMember("abbreviatedStatement") else {
                        throw cursor.failure(.caseAbbreviatedStatement(code: code))
                    }
                    let extensions = try cursor.optionalMember("extensions")
                    var references: [String] = []
                    for element in try extensions?.optionalMember("references")?.elements() ?? [] {
                        let reference = try element.nonEmptyString()
                        if let problem = FrameworkRules.referenceProblem(reference) { throw element.failure(problem) }
                        references.append(reference)
                    }
                    return (
                        identifier,
                        Item(
                            cursor: cursor, code: code, name: try nameCursor.nonEmptyString(),
                            statement: try cursor.member("fullStatement").nonEmptyString(), references: references,
                            learning: try extensions?.optionalMember("learning")?.stringList() ?? [])
                    )
                })
            else { continue }
            items[item.0] = item.1
            itemOrder.append(item.0)
        }

        // MARK: Tree
        let documentID = attempt { () throws(InputFileError) in try document.member("identifier").string() } ?? ""
        var parentOf: [String: ChildLink] = [:]
        let associations = attempt({ () throws(InputFileError) in try root.optionalMember("CFAssociations")?.elements() ?? [] }) ?? []
        for (order, cursor) in associations.enumerated() {
            attempt { () throws(InputFileError) in
                try cursor.requireOnly(Members.association)
                _ = try Self.uuid(try cursor.member("identifier"))
                for key in ["uri", "lastChangeDateTime"] { _ = try cursor.member(key).string() }
                guard try cursor.member("associationType").string() == "isChildOf" else { return }
                let originCursor = try cursor.member("originNodeURI")
                let origin = try Self.linkTarget(originCursor)
                let destinationCursor = try cursor.member("destinationNodeURI")
                let destination = try Self.linkTarget(destinationCursor)
                guard items[origin] != nil else {
                    throw originCursor.failure(.caseNoSuchItem(origin))
                }
                guard destination == documentID || items[destination] != nil else {
                    throw destinationCursor.failure(.caseNoSuchNode(destination))
                }
                if let first = parentOf[origin] {
                    throw cursor.failure(.caseSecondParent(code: items[origin]?.code ?? origin, firstAt: first.cursor.path))
                }
                let sequence = try cursor.optionalMember("sequenceNumber")?.int() ?? Int.max
                parentOf[origin] = ChildLink(parent: destination, sequence: sequence, order: order, cursor: cursor)
            }
        }
        var areaIDs: [String] = []
        var competencyIDs: [String: [String]] = [:]
        for identifier in itemOrder {
            guard let item = items[identifier] else { continue }
            guard let link = parentOf[identifier] else {
                errors.append(item.cursor.failure(.caseNotInTree(code: item.code)))
                continue
            }
            // Walk up to the document; an ancestor without a parent is reported on its own.
            var chain = [identifier]
            var reachesDocument = false
            while let parent = parentOf[chain[chain.count - 1]]?.parent {
                if parent == documentID {
                    reachesDocument = true
                    break
                }
                if chain.contains(parent) {
                    let codes = (chain + [parent]).map { items[$0]?.code ?? $0 }
                    errors.append(link.cursor.failure(.caseLoop(codes)))
                    break
                }
                chain.append(parent)
            }
            guard reachesDocument else { continue }
            switch chain.count {
            case 1: areaIDs.append(identifier)
            case 2: competencyIDs[chain[1], default: []].append(identifier)
            default:
                let parentCode = items[link.parent]?.code ?? link.parent
                errors.append(
                    item.cursor.failure(.caseBelowNonArea(code: item.code, parent: parentCode)))
            }
        }
        func ordered(_ identifiers: [String]) -> [String] {
            identifiers.sorted { left, right in
                let a = parentOf[left], b = parentOf[right]
                return (a?.sequence ?? Int.max, a?.order ?? 0) < (b?.sequence ?? Int.max, b?.order ?? 0)
            }
        }

        // MARK: Rubrics
        var scale: ProficiencyScale?
        var indicators: [String: [String]] = [:]
        let rubricsCursor = attempt({ () throws(InputFileError) in try root.optionalMember("CFRubrics") }) ?? nil
        for rubric in attempt({ () throws(InputFileError) in try rubricsCursor?.elements() ?? [] }) ?? [] {
            attempt { () throws(InputFileError) in
                try rubric.requireOnly(Members.rubric)
                _ = try Self.uuid(try rubric.member("identifier"))
                for key in ["uri", "lastChangeDateTime"] { _ = try rubric.member(key).string() }
                for criterion in try rubric.optionalMember("CFRubricCriteria")?.elements() ?? [] {
                    try criterion.requireOnly(Members.criterion)
                    _ = try Self.uuid(try criterion.member("identifier"))
                    let levels = try criterion.optionalMember("CFRubricCriterionLevels")?.elements() ?? []
                    if let itemCursor = try criterion.optionalMember("CFItemURI") {
                        let target = try Self.linkTarget(itemCursor)
                        guard let item = items[target] else { throw itemCursor.failure(.caseNoSuchItem(target)) }
                        if indicators[target] != nil { throw itemCursor.failure(.caseIndicatorsTwice(code: item.code)) }
                        indicators[target] = try Self.indicatorTexts(levels, criterion: criterion, code: item.code)
                    } else {
                        if scale != nil { throw criterion.failure(.caseSecondScale) }
                        scale = try Self.scaleLevels(
                            levels, criterion: criterion, equivalents: try rubric.optionalMember("extensions")?.optionalMember("equivalents"),
                            language: documentLanguage)
                    }
                }
            }
        }
        if scale == nil {
            errors.append((rubricsCursor ?? root).failure(.caseNoScale))
        }

        // MARK: Framework
        let areaOrder = ordered(areaIDs)
        guard let firstArea = areaOrder.first.flatMap({ items[$0] }) else {
            errors.append(((try? root.optionalMember("CFItems")) ?? root).failure(.caseNoAreas))
            return nil
        }
        let frameworkID = String(firstArea.code.prefix { $0 != "." })
        if let problem = FrameworkRules.frameworkIDProblem(frameworkID) {
            errors.append(firstArea.cursor.failure(.caseTakenFromCode(problem, code: firstArea.code)))
        }
        var areas: [CompetencyArea] = []
        for areaID in areaOrder {
            guard let area = items[areaID] else { continue }
            if let problem = FrameworkRules.areaIDProblem(area.code, frameworkID: frameworkID) { errors.append(area.cursor.failure(problem)) }
            var competencies: [Competency] = []
            for competencyID in ordered(competencyIDs[areaID] ?? []) {
                guard let item = items[competencyID] else { continue }
                if let problem = FrameworkRules.competencyIDProblem(item.code, areaID: area.code) { errors.append(item.cursor.failure(problem)) }
                guard let texts = indicators[competencyID] else {
                    errors.append(
                        item.cursor.failure(.caseNoIndicators(code: item.code)))
                    continue
                }
                competencies.append(
                    Competency(
                        id: item.code, name: item.name, description: item.statement, indicators: texts, references: item.references,
                        learning: item.learning, language: language))
            }
            if competencies.isEmpty, (competencyIDs[areaID] ?? []).isEmpty {
                errors.append(area.cursor.failure(.caseEmptyArea(area.code)))
            }
            areas.append(
                CompetencyArea(id: area.code, name: area.name, description: area.statement, competencies: competencies, language: language))
        }
        guard let header, let scale else { return nil }
        return Framework(
            id: frameworkID, name: header.name, version: header.version, description: header.description,
            reviewIntervalDays: header.interval, scale: scale, areas: areas, language: language)
    }

    /// A `language` member: a code this tool knows.
    private static func language(_ cursor: JSONCursor) throws(InputFileError) -> Language {
        let code = try cursor.nonEmptyString()
        guard let language = Language(code: code) else {
            throw cursor.failure(.caseLanguage(code))
        }
        return language
    }

    /// Levels scored 1 to 4, each with a description: the indicators in level order.
    private static func indicatorTexts(_ levels: [JSONCursor], criterion: JSONCursor, code: String) throws(InputFileError) -> [String] {
        var byLevel: [Int: String] = [:]
        for level in levels {
            try level.requireOnly(Members.level)
            let scoreCursor = try level.member("score")
            let score = try scoreCursor.int()
            guard (1...4).contains(score) else { throw scoreCursor.failure(.caseIndicatorScore(score)) }
            if byLevel[score] != nil { throw scoreCursor.failure(.caseIndicatorTwice(code: code, score: score)) }
            byLevel[score] = try level.member("description").nonEmptyString()
        }
        var texts: [String] = []
        for level in ProficiencyScale.levelRange.dropFirst() {
            guard let text = byLevel[level] else { throw criterion.failure(.about(code, .missingIndicator(level: level))) }
            texts.append(text)
        }
        return texts
    }

    private static func scaleLevels(_ levels: [JSONCursor], criterion: JSONCursor, equivalents: JSONCursor?, language: Language)
        throws(InputFileError) -> ProficiencyScale
    {
        var byLevel: [Int: ScaleLevel] = [:]
        for level in levels {
            try level.requireOnly(Members.level)
            let scoreCursor = try level.member("score")
            let score = try scoreCursor.int()
            guard ProficiencyScale.levelRange.contains(score), byLevel[score] == nil else {
                throw scoreCursor.failure(.caseScaleScore(score))
            }
            var schemes: [ScaleEquivalent] = []
            if let entry = try equivalents?.optionalMember(String(score)) {
                for (scheme, value) in try entry.members() { schemes.append(ScaleEquivalent(scheme: scheme, value: try value.string())) }
            }
            byLevel[score] = ScaleLevel(
                level: score, label: try level.member("quality").nonEmptyString(), descriptor: try level.member("description").nonEmptyString(),
                equivalents: schemes, language: language)
        }
        guard byLevel.count == ProficiencyScale.levelRange.count else { throw criterion.failure(.scaleLevelCount(byLevel.count)) }
        return ProficiencyScale(levels: ProficiencyScale.levelRange.compactMap { byLevel[$0] })
    }
}
