/// Reads and writes framework and role files in this project's JSON format
/// (documented in `frameworks/README.md`).
///
/// Reading validates everything a report relies on, and every complaint names the file,
/// the line and the JSON path: the people fixing these files are not programmers.
public enum FrameworkJSON {
    // MARK: - Reading frameworks

    /// Parses and validates one framework file.
    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - file: the name to use in error messages.
    ///   - stored: the document was stored by this program (a database's copy), so it
    ///     is read as it was stored, without the rules for files a person gives that
    ///     came later (see `JSONCursor.open`).
    public static func decodeFramework(_ bytes: [UInt8], file: String, stored: Bool = false) throws(InputFileError) -> Framework {
        let root = try JSONCursor.open(bytes, file: file, refusingControlCharacters: !stored)
        try root.requireOnly(["id", "languages", "name", "version", "description", "reviewIntervalDays", "scale", "areas"])
        let idCursor = try root.member("id")
        let id = try idCursor.nonEmptyString()
        if let problem = FrameworkRules.frameworkIDProblem(id) { throw idCursor.failure(problem) }
        let texts = try TextReader(languages: try root.optionalMember("languages"))
        let intervalCursor = try root.member("reviewIntervalDays")
        let interval = try intervalCursor.int()
        if let problem = FrameworkRules.reviewIntervalProblem(interval) { throw intervalCursor.failure(problem) }
        let scale = try decodeScale(try root.member("scale"), texts: texts)
        var areas: [CompetencyArea] = []
        var seen: [String: String] = [:]
        for areaCursor in try root.member("areas").elements() {
            let area = try decodeArea(areaCursor, frameworkID: id, texts: texts, seen: &seen)
            areas.append(area)
        }
        if areas.isEmpty { throw try root.member("areas").failure(.noAreas) }
        return Framework(
            id: id, name: try texts.read(try root.member("name")), version: try root.member("version").nonEmptyString(),
            description: try texts.read(try root.member("description")), reviewIntervalDays: interval, scale: scale,
            areas: areas, languages: texts.languages)
    }

    private static func decodeScale(_ cursor: JSONCursor, texts: TextReader) throws(InputFileError) -> ProficiencyScale {
        try cursor.requireOnly(["levels"])
        let levelsCursor = try cursor.member("levels")
        var levels: [ScaleLevel] = []
        for (position, levelCursor) in try levelsCursor.elements().enumerated() {
            try levelCursor.requireOnly(["level", "label", "descriptor", "equivalents"])
            let numberCursor = try levelCursor.member("level")
            let number = try numberCursor.int()
            guard number == position, ProficiencyScale.levelRange.contains(number) else {
                throw numberCursor.failure(.scaleLevelOrder(found: number, position: position))
            }
            var equivalents: [ScaleEquivalent] = []
            if let equivalentsCursor = try levelCursor.optionalMember("equivalents") {
                for (scheme, valueCursor) in try equivalentsCursor.members() {
                    equivalents.append(ScaleEquivalent(scheme: scheme, value: try valueCursor.string()))
                }
            }
            levels.append(
                ScaleLevel(
                    level: number, label: try texts.read(try levelCursor.member("label")),
                    descriptor: try texts.read(try levelCursor.member("descriptor")), equivalents: equivalents,
                    language: texts.languages[0]))
        }
        guard levels.count == ProficiencyScale.levelRange.count else {
            throw levelsCursor.failure(.scaleLevelCount(levels.count))
        }
        return ProficiencyScale(levels: levels)
    }

    private static func decodeArea(_ cursor: JSONCursor, frameworkID: String, texts: TextReader, seen: inout [String: String])
        throws(InputFileError) -> CompetencyArea
    {
        try cursor.requireOnly(["id", "name", "description", "competencies"])
        let idCursor = try cursor.member("id")
        let id = try idCursor.nonEmptyString()
        if let problem = FrameworkRules.areaIDProblem(id, frameworkID: frameworkID) { throw idCursor.failure(problem) }
        try claim(id, at: idCursor, seen: &seen)
        var competencies: [Competency] = []
        for competencyCursor in try cursor.member("competencies").elements() {
            competencies.append(try decodeCompetency(competencyCursor, areaID: id, texts: texts, seen: &seen))
        }
        if competencies.isEmpty {
            throw try cursor.member("competencies").failure(.emptyArea(id))
        }
        return CompetencyArea(
            id: id, name: try texts.read(try cursor.member("name")), description: try texts.read(try cursor.member("description")),
            competencies: competencies, language: texts.languages[0])
    }

    private static func decodeCompetency(_ cursor: JSONCursor, areaID: String, texts: TextReader, seen: inout [String: String])
        throws(InputFileError) -> Competency
    {
        try cursor.requireOnly(["id", "name", "description", "indicators", "references", "learning"])
        let idCursor = try cursor.member("id")
        let id = try idCursor.nonEmptyString()
        if let problem = FrameworkRules.competencyIDProblem(id, areaID: areaID) { throw idCursor.failure(problem) }
        try claim(id, at: idCursor, seen: &seen)
        let indicatorsCursor = try cursor.member("indicators")
        var indicators: [LocalizedText] = []
        let levelKeys = ProficiencyScale.levelRange.dropFirst().map(String.init)
        try indicatorsCursor.requireOnly(Set(levelKeys))
        for key in levelKeys {
            guard let indicator = try indicatorsCursor.optionalMember(key) else {
                throw indicatorsCursor.failure(.missingIndicator(level: Int(key) ?? 0))
            }
            indicators.append(try texts.read(indicator))
        }
        var references: [String] = []
        if let referencesCursor = try cursor.optionalMember("references") {
            for element in try referencesCursor.elements() {
                let reference = try element.nonEmptyString()
                if let problem = FrameworkRules.referenceProblem(reference) { throw element.failure(problem) }
                references.append(reference)
            }
        }
        var learning: [LocalizedText] = []
        for element in try cursor.optionalMember("learning")?.elements() ?? [] { learning.append(try texts.read(element)) }
        return Competency(
            id: id, name: try texts.read(try cursor.member("name")), description: try texts.read(try cursor.member("description")),
            indicators: indicators, references: references, learning: learning, language: texts.languages[0])
    }

    private static func claim(_ id: String, at cursor: JSONCursor, seen: inout [String: String]) throws(InputFileError) {
        if let first = seen[id] {
            throw cursor.failure(.duplicateID(id, firstAt: first))
        }
        seen[id] = cursor.path
    }

    // MARK: - Reading roles

    /// Parses and validates a roles file against the competencies that exist.
    /// - Parameter competencyIDs: every competency id of the frameworks in force.
    public static func decodeRoles(_ bytes: [UInt8], file: String, competencyIDs: Set<String>)
        throws(InputFileError) -> [RoleProfile]
    {
        try decodeRolesFile(bytes, file: file, competencyIDs: competencyIDs).roles
    }

    /// A roles file's version and role profiles, validated against the competencies that exist.
    /// - Parameter competencyIDs: every competency id of the frameworks in force.
    public static func decodeRolesFile(_ bytes: [UInt8], file: String, competencyIDs: Set<String>)
        throws(InputFileError) -> (version: String, roles: [RoleProfile])
    {
        let root = try JSONCursor.open(bytes, file: file)
        try root.requireOnly(["version", "languages", "roles"])
        let version = try root.member("version").nonEmptyString()
        let texts = try TextReader(languages: try root.optionalMember("languages"))
        var roles: [RoleProfile] = []
        var seenRoles: Set<String> = []
        for roleCursor in try root.member("roles").elements() {
            try roleCursor.requireOnly(["id", "name", "description", "requirements"])
            let idCursor = try roleCursor.member("id")
            let id = try idCursor.nonEmptyString()
            guard isRoleID(id) else {
                throw idCursor.failure(.roleID(id))
            }
            guard seenRoles.insert(id).inserted else { throw idCursor.failure(.duplicateRole(id)) }
            var requirements: [Requirement] = []
            var seenCompetencies: Set<String> = []
            for requirementCursor in try roleCursor.member("requirements").elements() {
                try requirementCursor.requireOnly(["competency", "target", "weight"])
                let competencyCursor = try requirementCursor.member("competency")
                let competencyID = try competencyCursor.nonEmptyString()
                guard competencyIDs.contains(competencyID) else {
                    throw competencyCursor.failure(.unknownRequiredCompetency(competencyID))
                }
                guard seenCompetencies.insert(competencyID).inserted else {
                    throw competencyCursor.failure(.competencyTwiceInRole(role: id, competency: competencyID))
                }
                let targetCursor = try requirementCursor.member("target")
                let target = try targetCursor.int()
                guard Requirement.targets.contains(target) else {
                    throw targetCursor.failure(.targetOutOfRange(target))
                }
                let weightCursor = try requirementCursor.member("weight")
                let weight = try weightCursor.int()
                guard Requirement.weights.contains(weight) else {
                    throw weightCursor.failure(.weightOutOfRange(weight))
                }
                requirements.append(Requirement(competencyID: competencyID, target: target, weight: weight))
            }
            if requirements.isEmpty {
                throw try roleCursor.member("requirements").failure(.roleWithoutRequirements(id))
            }
            var description = LocalizedText("", language: texts.languages[0])
            if let descriptionCursor = try roleCursor.optionalMember("description") { description = try texts.readMaybeEmpty(descriptionCursor) }
            roles.append(RoleProfile(id: id, name: try texts.read(try roleCursor.member("name")), description: description, requirements: requirements))
        }
        return (version, roles)
    }

    /// Whether `bytes` look like a roles file (an object with `roles` and no `areas`)
    /// rather than a framework.
    public static func isRolesDocument(_ bytes: [UInt8]) -> Bool {
        guard case .object(let object)? = try? JSONParser.parse(bytes).root else { return false }
        return object["roles"] != nil && object["areas"] == nil
    }

    static func isRoleID(_ id: String) -> Bool {
        let words = id.split(separator: "-", omittingEmptySubsequences: false)
        return !words.isEmpty && words.allSatisfy { word in
            !word.isEmpty && word.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
        }
    }

    // MARK: - Writing

    /// The framework as a JSON document in the same format `decodeFramework` reads: every
    /// text a plain string when the framework has one language (and no `languages`
    /// member when that is English), else an object with one member per language.
    public static func encode(_ framework: Framework) -> JSONValue {
        let writer = TextWriter(languages: framework.languages)
        let levels: [JSONValue] = framework.scale.levels.map { level in
            var object = JSONObject([
                ("level", .int(level.level)), ("label", writer.value(level.localizedLabel)),
                ("descriptor", writer.value(level.localizedDescriptor)),
            ])
            if !level.equivalents.isEmpty {
                object["equivalents"] = .object(JSONObject(level.equivalents.map { ($0.scheme, .string($0.value)) }))
            }
            return .object(object)
        }
        let areas: [JSONValue] = framework.areas.map { area in
            [
                "id": .string(area.id), "name": writer.value(area.localizedName), "description": writer.value(area.localizedDescription),
                "competencies": .array(area.competencies.map { encode($0, writer: writer) }),
            ]
        }
        var object = JSONObject([("id", .string(framework.id))])
        if framework.languages != [.en] { object["languages"] = .array(framework.languages.map { .string($0.code) }) }
        object["name"] = writer.value(framework.localizedName)
        object["version"] = .string(framework.version)
        object["description"] = writer.value(framework.localizedDescription)
        object["reviewIntervalDays"] = .int(framework.reviewIntervalDays)
        object["scale"] = ["levels": .array(levels)]
        object["areas"] = .array(areas)
        return .object(object)
    }

    private static func encode(_ competency: Competency, writer: TextWriter) -> JSONValue {
        var object = JSONObject([
            ("id", .string(competency.id)), ("name", writer.value(competency.localizedName)),
            ("description", writer.value(competency.localizedDescription)),
            (
                "indicators",
                .object(JSONObject(competency.localizedIndicators.enumerated().map { (String($0 + 1), writer.value($1)) }))
            ),
        ])
        if !competency.references.isEmpty { object["references"] = .array(competency.references.map { .string($0) }) }
        if !competency.localizedLearning.isEmpty { object["learning"] = .array(competency.localizedLearning.map(writer.value)) }
        return .object(object)
    }
}
