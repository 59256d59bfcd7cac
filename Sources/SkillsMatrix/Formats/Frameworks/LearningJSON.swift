/// Reads and writes the learning catalogue, `frameworks/learning.json` (documented in
/// `frameworks/README.md`, "Learning catalogue").
///
/// Held to the same standard as the framework files: every complaint names the file, the
/// line and the JSON path, and what to do.
public enum LearningJSON {
    public static let fileName = "learning.json"
    /// The most hours and the highest price one item may have: beyond them a typing slip is likelier than a real course.
    static let maximumHours = 2_000.0
    static let maximumPrice = 1_000_000

    // MARK: - Reading

    /// Parses and validates a catalogue against the competencies in force.
    /// - Parameter competencyIDs: every competency id the catalogue may name.
    public static func decode(_ bytes: [UInt8], file: String, competencyIDs: Set<String>) throws(InputFileError) -> LearningCatalogue {
        let root = try JSONCursor.open(bytes, file: file)
        try root.requireOnly(["version", "languages", "currency", "items"])
        let version = try root.member("version").nonEmptyString()
        let texts = try FrameworkJSON.TextReader(languages: try root.optionalMember("languages"))
        let currencyCursor = try root.member("currency")
        let currency = try currencyCursor.nonEmptyString()
        guard currency.count == 3, currency.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw currencyCursor.failure(.currencyCode(currency))
        }
        var items: [LearningItem] = []
        var seen: [String: String] = [:]
        for itemCursor in try root.member("items").elements() {
            let item = try decodeItem(itemCursor, texts: texts, competencyIDs: competencyIDs)
            if let first = seen[item.id] {
                throw try itemCursor.member("id").failure(.duplicateItem(item.id, firstAt: first))
            }
            seen[item.id] = itemCursor.path
            items.append(item)
        }
        return LearningCatalogue(version: version, languages: texts.languages, currency: currency, items: items)
    }

    private static func decodeItem(_ cursor: JSONCursor, texts: FrameworkJSON.TextReader, competencyIDs: Set<String>)
        throws(InputFileError) -> LearningItem
    {
        try cursor.requireOnly(["id", "title", "provider", "format", "hours", "cost", "url", "lifts"])
        let idCursor = try cursor.member("id")
        let id = try idCursor.nonEmptyString()
        guard FrameworkJSON.isRoleID(id) else {
            throw idCursor.failure(.itemID(id))
        }
        let formatCursor = try cursor.member("format")
        let formatText = try formatCursor.nonEmptyString()
        guard let format = LearningFormat(rawValue: formatText) else {
            throw formatCursor.failure(.unknownFormat(formatText, allowed: LearningFormat.valueList))
        }
        let hoursCursor = try cursor.member("hours")
        let hours = try hoursCursor.number()
        guard hours >= 0, hours <= maximumHours else {
            throw hoursCursor.failure(.hoursOutOfRange(hours, maximum: Int(maximumHours)))
        }
        var url: String?
        if let urlCursor = try cursor.optionalMember("url") {
            let text = try urlCursor.nonEmptyString()
            guard text.hasPrefix("https://") || text.hasPrefix("http://"), !text.contains(" ") else {
                throw urlCursor.failure(.notAWebAddress(text))
            }
            url = text
        }
        return LearningItem(
            id: id, title: try title(try cursor.member("title"), texts: texts), provider: try cursor.member("provider").nonEmptyString(),
            format: format, hours: hours, cost: try decodeCost(try cursor.member("cost")), url: url,
            lifts: try decodeLifts(try cursor.member("lifts"), competencyIDs: competencyIDs))
    }

    /// A title: one string, the same in every language (a public title such as
    /// "PRINCE2 7 Foundation"), or one text per language as the frameworks write them.
    private static func title(_ cursor: JSONCursor, texts: FrameworkJSON.TextReader) throws(InputFileError) -> LocalizedText {
        if case .string = cursor.value {
            let text = try cursor.nonEmptyString()
            return LocalizedText(texts.languages.map { ($0, text) })
        }
        return try texts.read(cursor)
    }

    private static func decodeCost(_ cursor: JSONCursor) throws(InputFileError) -> LearningCost {
        try cursor.requireOnly(["perPerson", "cohort", "indicative"])
        let perPerson = try price(try cursor.member("perPerson"))
        var cohort: LearningCost.Cohort?
        if let cohortCursor = try cursor.optionalMember("cohort") {
            try cohortCursor.requireOnly(["price", "size"])
            let sizeCursor = try cohortCursor.member("size")
            let size = try sizeCursor.int()
            guard (2...1_000).contains(size) else {
                throw sizeCursor.failure(.cohortSize(size))
            }
            cohort = LearningCost.Cohort(price: try price(try cohortCursor.member("price")), size: size)
        }
        let indicative = try cursor.optionalMember("indicative")?.bool() ?? false
        return LearningCost(perPerson: perPerson, cohort: cohort, isIndicative: indicative)
    }

    private static func price(_ cursor: JSONCursor) throws(InputFileError) -> Int {
        let amount = try cursor.int()
        guard amount >= 0, amount <= maximumPrice else {
            throw cursor.failure(.priceOutOfRange(amount, maximum: maximumPrice))
        }
        return amount
    }

    private static func decodeLifts(_ cursor: JSONCursor, competencyIDs: Set<String>) throws(InputFileError) -> [LearningItem.Lift] {
        var lifts: [LearningItem.Lift] = []
        for (competencyID, levelCursor) in try cursor.members() {
            guard competencyIDs.contains(competencyID) else {
                throw levelCursor.failure(.unknownLiftedCompetency(competencyID))
            }
            if lifts.contains(where: { $0.competencyID == competencyID }) {
                throw levelCursor.failure(.competencyListedTwice(competencyID))
            }
            let level = try levelCursor.int()
            guard Requirement.targets.contains(level) else {
                throw levelCursor.failure(.liftLevel(level))
            }
            lifts.append(LearningItem.Lift(competencyID: competencyID, level: level))
        }
        if lifts.isEmpty {
            throw cursor.failure(.noLifts)
        }
        return lifts
    }

    /// Whether `bytes` look like a learning catalogue (an object with `items` and neither
    /// `areas` nor `roles`) rather than a framework or a roles file.
    public static func isLearningDocument(_ bytes: [UInt8]) -> Bool {
        guard case .object(let object)? = try? JSONParser.parse(bytes).root else { return false }
        return object["items"] != nil && object["areas"] == nil && object["roles"] == nil
    }

    // MARK: - Writing

    /// The catalogue in the format `decode` reads: a title the same in every language as
    /// one string, and every cost marked indicative or not.
    public static func encode(_ catalogue: LearningCatalogue) -> JSONValue {
        let writer = FrameworkJSON.TextWriter(languages: catalogue.languages)
        let items: [JSONValue] = catalogue.items.map { item in
            let titles = Set(catalogue.languages.map { item.localizedTitle[$0] })
            var cost = JSONObject([("perPerson", .int(item.cost.perPerson))])
            if let cohort = item.cost.cohort { cost["cohort"] = ["price": .int(cohort.price), "size": .int(cohort.size)] }
            cost["indicative"] = .bool(item.cost.isIndicative)
            var object = JSONObject([
                ("id", .string(item.id)),
                ("title", titles.count == 1 ? .string(item.title) : writer.value(item.localizedTitle)),
                ("provider", .string(item.provider)), ("format", .string(item.format.rawValue)),
                ("hours", item.hours == item.hours.rounded() ? .int(Int(item.hours)) : .double(item.hours)), ("cost", .object(cost)),
            ])
            if let url = item.url { object["url"] = .string(url) }
            object["lifts"] = .object(JSONObject(item.lifts.map { ($0.competencyID, .int($0.level)) }))
            return .object(object)
        }
        var root = JSONObject([("version", .string(catalogue.version))])
        if catalogue.languages != [.en] { root["languages"] = .array(catalogue.languages.map { .string($0.code) }) }
        root["currency"] = .string(catalogue.currency)
        root["items"] = .array(items)
        return .object(root)
    }
}
