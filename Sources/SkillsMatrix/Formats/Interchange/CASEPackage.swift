import Foundation

/// A framework as a 1EdTech CASE 1.1 package (CFPackage JSON), written and read.
///
/// Mapping (see README, "CASE"):
/// - `CFDocument`: title = name, description, version, and `extensions.reviewIntervalDays`;
/// - one `CFItem` per area (`CFItemType` "Competency Area") and per competency
///   ("Competency"): `humanCodingScheme` = our id, `abbreviatedStatement` = name,
///   `fullStatement` = description, `extensions.references` / `extensions.learning`;
/// - `isChildOf` associations make the tree (area -> document, competency -> area),
///   `sequenceNumber` keeps the order;
/// - `CFRubrics`: the proficiency scale (a criterion without an item, levels scored 0 to
///   4: quality = label, description = descriptor, equivalents in the rubric's
///   `extensions`), then one rubric per competency whose criterion points at the item and
///   whose levels scored 1 to 4 are the level indicators.
///
/// A package holds one language: the document and every item carry its code in `language`,
/// and the words the package adds of its own (item types, rubric titles) are in it too.
///
/// Every identifier is a version 5 UUID of our id (and, for a language other than English,
/// its code), so the same framework always exports to the same bytes, and a new version
/// updates the same nodes in a registry.
public enum CASEPackage {
    static let creator = "skills-tui"

    /// The package in `language` as pretty JSON with members in a fixed order.
    /// - Parameter lastChange: `lastChangeDateTime` of every node: when this framework
    ///   version was installed, so that the export does not change from day to day.
    public static func encode(_ framework: Framework, language: Language = .en, lastChange: Date) -> String {
        let writer = CASEWriter(language: language, lastChange: DateText.timestamp(lastChange))
        return JSONWriter.string(writer.package(framework.localized(language)))
    }

    /// The identifier of a node: a version 5 UUID of `key` (`item/PM.RISK.1`), in a
    /// namespace of its own for each language but English, so that the English and the
    /// Norwegian package can sit side by side in one registry.
    static func identifier(_ key: String, language: Language = .en) -> String {
        NameBasedUUID.uuid("skills-tui/case/" + (language == .en ? "" : language.code + "/") + key)
    }

    static func uri(_ identifier: String) -> String { "urn:uuid:" + identifier }
}

/// Builds one package; `language` decides the identifiers' namespace and the wording.
struct CASEWriter {
    let language: Language
    let lastChange: String
    private var wording: CASEWording { CASEWording.of(language) }
    private var areaType: String { wording.areaType }
    private var competencyType: String { wording.competencyType }

    init(language: Language, lastChange: String) {
        self.language = language
        self.lastChange = lastChange
    }

    func identifier(_ key: String) -> String { CASEPackage.identifier(key, language: language) }
    func uri(_ identifier: String) -> String { CASEPackage.uri(identifier) }

    /// `{title, identifier, uri}`: how CASE links one node to another.
    func link(_ title: String, _ identifier: String) -> JSONValue {
        ["title": .string(title), "identifier": .string(identifier), "uri": .string(uri(identifier))]
    }

    func package(_ framework: Framework) -> JSONValue {
        let documentID = identifier("document/\(framework.id)")
        let document: JSONValue = [
            "identifier": .string(documentID), "uri": .string(uri(documentID)), "creator": .string(CASEPackage.creator),
            "title": .string(framework.name), "lastChangeDateTime": .string(lastChange),
            "description": .string(framework.description), "language": .string(language.code), "version": .string(framework.version),
            "caseVersion": "1.1", "extensions": ["reviewIntervalDays": .int(framework.reviewIntervalDays)],
        ]
        let types = [(areaType, "area", wording.areaTypeDescription), (competencyType, "competency", wording.competencyTypeDescription)]
        let itemTypes: [JSONValue] = types.enumerated().map { offset, type in
            let typeID = identifier("item-type/\(type.1)")
            return [
                "identifier": .string(typeID), "uri": .string(uri(typeID)), "title": .string(type.0), "description": .string(type.2),
                "hierarchyCode": .string(String(offset + 1)), "typeCode": .string(type.1), "lastChangeDateTime": .string(lastChange),
            ]
        }
        var items: [JSONValue] = []
        var associations: [JSONValue] = []
        var rubrics: [JSONValue] = [scaleRubric(framework)]
        let documentLink = link(framework.name, documentID)
        for (areaPosition, area) in framework.areas.enumerated() {
            let areaLink = link("\(area.id) \(area.name)", identifier("item/\(area.id)"))
            items.append(
                item(
                    id: area.id, name: area.name, statement: area.description, position: areaPosition, type: areaType,
                    extensions: []))
            associations.append(childOf(area.id, areaLink, parent: documentLink, position: areaPosition))
            for (position, competency) in area.competencies.enumerated() {
                var extensions: [(key: String, value: JSONValue)] = []
                if !competency.references.isEmpty { extensions.append(("references", .array(competency.references.map { .string($0) }))) }
                if !competency.learning.isEmpty { extensions.append(("learning", .array(competency.learning.map { .string($0) }))) }
                items.append(
                    item(
                        id: competency.id, name: competency.name, statement: competency.description, position: position,
                        type: competencyType, extensions: extensions))
                let competencyLink = link("\(competency.id) \(competency.name)", identifier("item/\(competency.id)"))
                associations.append(childOf(competency.id, competencyLink, parent: areaLink, position: position))
                rubrics.append(indicatorRubric(competency, link: competencyLink, scale: framework.scale))
            }
        }
        return [
            "CFDocument": document, "CFItems": .array(items), "CFAssociations": .array(associations),
            "CFDefinitions": ["CFItemTypes": .array(itemTypes)], "CFRubrics": .array(rubrics),
        ]
    }

    private func item(
        id: String, name: String, statement: String, position: Int, type: String, extensions: [(key: String, value: JSONValue)]
    ) -> JSONValue {
        let itemID = identifier("item/\(id)")
        let typeID = identifier("item-type/\(type == areaType ? "area" : "competency")")
        var object = JSONObject([
            ("identifier", .string(itemID)), ("uri", .string(uri(itemID))), ("fullStatement", .string(statement)),
            ("abbreviatedStatement", .string(name)), ("humanCodingScheme", .string(id)),
            ("listEnumeration", .string(String(position + 1))), ("CFItemType", .string(type)),
            ("CFItemTypeURI", link(type, typeID)), ("language", .string(language.code)), ("lastChangeDateTime", .string(lastChange)),
        ])
        if !extensions.isEmpty { object["extensions"] = .object(JSONObject(extensions)) }
        return .object(object)
    }

    private func childOf(_ id: String, _ origin: JSONValue, parent: JSONValue, position: Int) -> JSONValue {
        let associationID = identifier("association/\(id)/isChildOf")
        return [
            "identifier": .string(associationID), "uri": .string(uri(associationID)), "associationType": "isChildOf",
            "sequenceNumber": .int(position + 1), "originNodeURI": origin, "destinationNodeURI": parent,
            "lastChangeDateTime": .string(lastChange),
        ]
    }

    private func scaleRubric(_ framework: Framework) -> JSONValue {
        let rubricID = identifier("rubric/\(framework.id)/scale")
        let criterionID = identifier("criterion/\(framework.id)/scale")
        let levels: [JSONValue] = framework.scale.levels.map { level in
            rubricLevel(
                key: "\(framework.id)/scale/\(level.level)", quality: level.label, description: level.descriptor, score: level.level,
                position: level.level + 1, criterionID: criterionID)
        }
        let criterion: JSONValue = [
            "identifier": .string(criterionID), "uri": .string(uri(criterionID)), "category": .string(wording.scaleCategory),
            "description": .string(wording.scaleCriterion(framework.name)), "position": 1,
            "rubricId": .string(rubricID), "lastChangeDateTime": .string(lastChange), "CFRubricCriterionLevels": .array(levels),
        ]
        var rubric = JSONObject([
            ("identifier", .string(rubricID)), ("uri", .string(uri(rubricID))), ("title", .string(wording.scaleTitle(framework.name))),
            ("description", .string(wording.scaleDescription)),
            ("lastChangeDateTime", .string(lastChange)), ("CFRubricCriteria", .array([criterion])),
        ])
        let equivalents = framework.scale.levels.filter { !$0.equivalents.isEmpty }.map { level in
            (key: String(level.level), value: JSONValue.object(JSONObject(level.equivalents.map { ($0.scheme, .string($0.value)) })))
        }
        if !equivalents.isEmpty { rubric["extensions"] = ["equivalents": .object(JSONObject(equivalents))] }
        return .object(rubric)
    }

    private func indicatorRubric(_ competency: Competency, link: JSONValue, scale: ProficiencyScale) -> JSONValue {
        let rubricID = identifier("rubric/\(competency.id)")
        let criterionID = identifier("criterion/\(competency.id)")
        let levels: [JSONValue] = competency.indicators.enumerated().map { offset, indicator in
            rubricLevel(
                key: "\(competency.id)/\(offset + 1)", quality: scale.label(of: offset + 1), description: indicator, score: offset + 1,
                position: offset + 1, criterionID: criterionID)
        }
        let criterion: JSONValue = [
            "identifier": .string(criterionID), "uri": .string(uri(criterionID)), "category": .string(wording.indicatorCategory),
            "CFItemURI": link, "weight": 1, "position": 1, "rubricId": .string(rubricID), "lastChangeDateTime": .string(lastChange),
            "CFRubricCriterionLevels": .array(levels),
        ]
        return [
            "identifier": .string(rubricID), "uri": .string(uri(rubricID)), "title": .string("\(competency.id) \(competency.name)"),
            "description": .string(wording.indicatorDescription(competency.id)), "lastChangeDateTime": .string(lastChange),
            "CFRubricCriteria": .array([criterion]),
        ]
    }

    private func rubricLevel(
        key: String, quality: String, description: String, score: Int, position: Int, criterionID: String
    ) -> JSONValue {
        let levelID = identifier("level/\(key)")
        return [
            "identifier": .string(levelID), "uri": .string(uri(levelID)), "quality": .string(quality),
            "description": .string(description), "score": .int(score), "position": .int(position),
            "rubricCriterionId": .string(criterionID), "lastChangeDateTime": .string(lastChange),
        ]
    }
}

/// The words a package adds of its own, in its language.
struct CASEWording {
    var areaType: String
    var areaTypeDescription: String
    var competencyType: String
    var competencyTypeDescription: String
    var scaleCategory: String
    var scaleCriterion: (String) -> String
    var scaleTitle: (String) -> String
    var scaleDescription: String
    var indicatorCategory: String
    var indicatorDescription: (String) -> String

    static func of(_ language: Language) -> CASEWording {
        switch language {
        case .en:
            return CASEWording(
                areaType: "Competency Area", areaTypeDescription: "A group of related competencies.",
                competencyType: "Competency", competencyTypeDescription: "Something a person can do, rated on the proficiency scale.",
                scaleCategory: "proficiency scale", scaleCriterion: { "The levels every competency of \($0) is rated on." },
                scaleTitle: { "\($0) proficiency scale" }, scaleDescription: "Levels 0 to 4, shared by every competency of the framework.",
                indicatorCategory: "level indicators", indicatorDescription: { "What a person does at each level of \($0)." })
        case .nb:
            return CASEWording(
                areaType: "Kompetanseområde", areaTypeDescription: "En gruppe kompetanser som hører sammen.",
                competencyType: "Kompetanse", competencyTypeDescription: "Noe en person kan gjøre, vurdert etter nivåskalaen.",
                scaleCategory: "nivåskala", scaleCriterion: { "Nivåene alle kompetansene i \($0) vurderes etter." },
                scaleTitle: { "Nivåskala for \($0)" }, scaleDescription: "Nivå 0 til 4, felles for alle kompetansene i rammeverket.",
                indicatorCategory: "nivåbeskrivelser", indicatorDescription: { "Hva en person gjør på hvert nivå av \($0)." })
        }
    }
}
