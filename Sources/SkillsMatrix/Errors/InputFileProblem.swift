/// What is wrong in a data file, as a value: the readers say which problem it is, with
/// the names and numbers it is about, and `InputFileError` adds the file, line and field.
/// The words are the catalogue's (`FileProblemWords`), written once per language, so a
/// reader never writes a sentence of its own.
///
/// Names in the values (JSON members, CSV columns, ids, codes) are machine text and are
/// shown as they are in every language.
public indirect enum InputFileProblem: Hashable, Sendable {
    // MARK: - Any file

    /// The file is UTF-16 or UTF-32 (`found`), not UTF-8.
    case notUTF8(found: String, kind: TextFileKind)
    /// A line that is not valid UTF-8.
    case invalidUTF8Line
    /// A text holds a control or invisible character (`TerminalText.storageFault`).
    case unsafeText(TerminalText.StorageFault)

    // MARK: - CSV

    case quoteInsideUnquotedField
    case textAfterClosingQuote
    case unclosedQuote
    case raggedRow(fields: Int, headerFields: Int)
    case emptyCSV(columns: [String])
    case duplicateColumn(String)
    case missingColumn(String, required: [String])
    case unknownColumn(String, allowed: [String])

    // MARK: - JSON

    case invalidJSON(column: Int, JSONSyntaxProblem)
    case missingMember(String)
    case unknownMember(String, expected: [String])
    case wrongKind(expected: JSONExpectation, found: JSONValue.Kind)
    case emptyText

    // MARK: - Frameworks (any format: `FrameworkRules`)

    case frameworkID(String)
    case reviewInterval(Int)
    case areaID(String, frameworkID: String)
    case competencyID(String, areaID: String)
    case reference(String)
    /// `firstAt` is a JSON path.
    case duplicateID(String, firstAt: String)
    case duplicateIDOnLine(String, firstLine: Int)
    case missingIndicator(level: Int)
    case scaleLevelCount(Int)
    case scaleLevelOrder(found: Int, position: Int)
    case emptyArea(String)
    case noAreas
    /// Two files of one set define the same framework.
    case frameworkDefinedTwice(String, otherFile: String)

    // MARK: - Texts in several languages

    case unknownLanguage(String)
    case languageListedTwice(String)
    case noLanguages
    /// The file has one language (`language`), and a text is an object.
    case plainTextExpected(language: String)
    case textPerLanguageExpected(languages: [String])
    case notAFileLanguage(String, languages: [String])
    case missingLanguageText(Language)

    // MARK: - Roles

    case roleID(String)
    case duplicateRole(String)
    case unknownRequiredCompetency(String)
    case competencyTwiceInRole(role: String, competency: String)
    case targetOutOfRange(Int)
    case weightOutOfRange(Int)
    case roleWithoutRequirements(String)

    // MARK: - Learning catalogue

    case currencyCode(String)
    /// `firstAt` is a JSON path.
    case duplicateItem(String, firstAt: String)
    case itemID(String)
    case unknownFormat(String, allowed: String)
    case hoursOutOfRange(Double, maximum: Int)
    case notAWebAddress(String)
    case cohortSize(Int)
    case priceOutOfRange(Int, maximum: Int)
    case unknownLiftedCompetency(String)
    case competencyListedTwice(String)
    case liftLevel(Int)
    case noLifts

    // MARK: - Organisation: teams, staff, grants, ratings

    case teamID(String)
    case teamDefinedTwice(String, firstLine: Int)
    case teamNeedsName(String)
    case unknownParentTeam(String)
    case teamBelowItself(String)
    /// `explained`: say what a login may hold (the staff file), else only that it is not one.
    case invalidLogin(String, explained: Bool)
    case duplicateLogin(String, firstLine: Int)
    case loginDiffersInCase(String, existing: String)
    case needsDisplayName(String)
    case notAnEmail(String)
    case unknownTeam(String, known: [String])
    case unknownRole(String, known: [String])
    case leadFlag(String)
    case accessRight(String)
    case unknownLogin(String)
    case unknownCompetency(String)
    case ratingLevel(String)
    case ratingTrack(String)
    case selfRater(login: String, rater: String)
    case notTheirLead(rater: String, team: String, login: String)
    case wholeDays(column: String)

    // MARK: - Development (the demo's plans, certificates and marks)

    case planNumber
    case itemDoesNotBuild(item: String, competency: String)
    case itemOrText
    case targetDays
    case unknownPlanItem
    case planMove(item: Int, to: String, from: String)
    case moveBeforePrevious
    case certificateNumber
    case certificateName
    case expiryDays
    case noSelfRatingToSupport(login: String, competency: String)
    case interestMark(allowed: String)
    /// The demo's review cycles: a team or framework that does not exist, a day count
    /// that is not a whole number (negative is the future).
    case cycleTeam(String)
    case cycleFramework(String)
    case dayCount(column: String)

    // MARK: - Moodle competency CSV

    case moodleEmpty(header: String)
    case moodleHeaderWidth(found: Int, expected: Int, header: String)
    case moodleColumn(position: Int, found: String, expected: String)
    case moodleNoFrameworkRow
    case moodleSecondFrameworkRow(firstLine: Int)
    case moodleNoAreas
    /// A heading the Description repeats; `heading` as the file's language writes it.
    case moodleRepeatedHeading(String, firstLine: Int)
    case moodleDescriptionFormat(String)
    case moodleFrameworkName
    case moodleFrameworkDescription(versionHeading: String)
    case moodleVersionLine(heading: String)
    case moodleReviewIntervalNumber(heading: String, value: String, days: String)
    case moodleReviewIntervalLine(heading: String, days: String)
    case moodleScaleConfiguration(example: String)
    case moodleScaleValues(count: Int)
    case moodleScaleList(heading: String, firstLabel: String)
    case moodleScaleLevelLine(heading: String, prefix: String)
    case moodleEquivalents(level: Int, heading: String)
    case moodleScaleDescriptor(level: Int, label: String, prefix: String)
    case moodleEmptyIDNumber(example: String)
    case moodleEmptyShortname(id: String)
    case moodleAreaDescription(String)
    case moodleUnknownParent(String)
    case moodleParentLoop([String])
    case moodleBelowNonArea(id: String, parent: String)
    case moodleEmptyArea(String)
    case moodleCompetencyDescription(id: String, indicatorsHeading: String)
    case moodleNoIndicators(id: String, heading: String, firstLabel: String, lastLabel: String)
    case moodleMissingIndicator(id: String, level: Int, label: String, heading: String)
    case moodleEmptyIndicator(id: String, level: Int)
    case moodleIndicatorNumber(id: String, found: String)

    // MARK: - CASE package

    case caseNotAFramework
    case caseUUID(String)
    case caseSecondItem(identifier: String)
    case caseHumanCodingScheme
    case caseItemLanguage(item: String, document: String)
    case caseAbbreviatedStatement(code: String)
    case caseNoSuchItem(String)
    case caseNoSuchNode(String)
    case caseSecondParent(code: String, firstAt: String)
    case caseNotInTree(code: String)
    case caseLoop([String])
    case caseBelowNonArea(code: String, parent: String)
    case caseIndicatorsTwice(code: String)
    case caseSecondScale
    case caseNoScale
    case caseNoAreas
    /// A framework rule broken by the framework id taken from an area's humanCodingScheme.
    case caseTakenFromCode(InputFileProblem, code: String)
    case caseNoIndicators(code: String)
    case caseEmptyArea(String)
    case caseLanguage(String)
    case caseIndicatorScore(Int)
    case caseIndicatorTwice(code: String, score: Int)
    case caseScaleScore(Int)

    /// A problem about one area or competency, named first: `PM.GOV.1: ...`.
    case about(String, InputFileProblem)

    // MARK: - SSH public keys (`access add`) and the SSH gateway's configuration

    case sshKey(SSHKeyProblem)
    case gatewaySetting(GatewaySettingProblem)

    // MARK: - Free text

    /// A message given as text (tests that compare a typed problem with its English).
    case text(String)
}

/// What is wrong with an SSH public key given to `access add`.
public enum SSHKeyProblem: Hashable, Sendable {
    case tooLong(bytes: Int)
    case notUTF8
    case privateKey
    case noKey
    /// A second key line; the first was on `firstLine`.
    case secondKey(firstLine: Int)
    case controlCharacter
    case emptyLine
    /// Options before the key (`no-pty,command=...`), the first 40 characters of them.
    case options(String)
    case unknownType(String, known: [String])
    case noKeyData
    case notBase64(type: String)
    case malformed(type: String)
    /// The line names `type` but the key data names `named`.
    case typeMismatch(type: String, named: String)
    case weakRSA(bits: Int)
}

/// What is wrong with a line of the SSH gateway's configuration file (`setting = value`).
public enum GatewaySettingProblem: Hashable, Sendable {
    case expectsSetting
    case noValue(setting: String)
    case notAnAccount(String)
    case notAbsolute(setting: String, value: String)
    case unknownSetting(String, settings: [String])
}

/// The kinds of text file, each with its own advice on saving as UTF-8.
public enum TextFileKind: Hashable, Sendable {
    case json, csv
}

/// What a JSON reader expected where it found another kind of value.
public enum JSONExpectation: Hashable, Sendable {
    case array, object, string, wholeNumber, number, boolean
}
