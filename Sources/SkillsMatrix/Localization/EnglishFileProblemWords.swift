/// What is wrong in a data file, and `frameworks validate`'s report, in English.
struct EnglishFileProblemWords: FileProblemWords {
    func describe(_ problem: InputFileProblem) -> String {
        switch problem {
        case .notUTF8(let found, .json): return "is \(found) text, and JSON files must be UTF-8: save it as UTF-8"
        case .notUTF8(let found, .csv): return "is \(found) text; save it as UTF-8 (CSV UTF-8 in Excel)"
        case .invalidUTF8Line: return "not valid UTF-8; save the file as UTF-8 (CSV UTF-8 in Excel)"
        case .unsafeText(let fault) where fault.onOneLine:
            return "contains \(fault.escaped) (\(fault.codePoint)), a control or invisible character; write plain text on one line"
        case .unsafeText(let fault):
            return "contains \(fault.escaped) (\(fault.codePoint)), a control character; text may hold line breaks and tabs, but no other control characters"

        case .quoteInsideUnquotedField: return "a double quote inside an unquoted field; quote the whole field and double the quote (\"\")"
        case .textAfterClosingQuote: return "text after a closing quote; put the whole field inside the quotes"
        case .unclosedQuote: return "a quoted field is never closed; add the closing double quote"
        case .raggedRow(let fields, let width): return "has \(fields) fields but the header has \(width); every row needs the same columns"
        case .emptyCSV(let columns): return "is empty; the first row must name the columns \(header(columns))"
        case .duplicateColumn(let name): return "column \(name) appears twice in the header; keep one"
        case .missingColumn(let missing, let required): return "the header has no column \"\(missing)\"; it needs \(header(required))"
        case .unknownColumn(let unknown, let allowed): return "unknown column \"\(unknown)\"; allowed columns are \(header(allowed))"

        case .invalidJSON(let column, let syntax): return "invalid JSON at column \(column): \(describe(syntax))"
        case .missingMember(let key): return "missing \"\(key)\""
        case .unknownMember(let key, let expected): return "unknown member \"\(key)\"; expected one of \(list(expected))"
        case .wrongKind(let expected, let found): return "expected \(name(expected)), found \(name(found))"
        case .emptyText: return "must not be empty"

        case .frameworkID(let id): return "framework id \"\(id)\" must be upper-case letters, such as PM"
        case .reviewInterval(let days): return "review interval \(days) is outside 1...3650 days"
        case .areaID(let id, let framework): return "area id \"\(id)\" must be \(framework).<AREA> in upper case, such as \(framework).GOV"
        case .competencyID(let id, let area): return "competency id \"\(id)\" must be \(area).<number>, such as \(area).1"
        case .reference(let reference): return "reference \"\(reference)\" must be SCHEME:CODE, such as SFIA9:PRMG"
        case .duplicateID(let id, let path): return "duplicate id \(id) (first used at \(path)); give each area and competency its own id"
        case .duplicateIDOnLine(let id, let line): return "duplicate id \(id) (first used at line \(line)); give each area and competency its own id"
        case .missingIndicator(let level): return "missing the indicator for level \(level); write what a person at level \(level) does"
        case .scaleLevelCount(let count): return "the scale needs exactly the levels 0 to 4; found \(count) levels"
        case .scaleLevelOrder(let found, let position): return "scale levels must be 0, 1, 2, 3, 4 in order; found \(found) at position \(position)"
        case .emptyArea(let id): return "area \(id) needs at least one competency"
        case .noAreas: return "a framework needs at least one area"
        case .frameworkDefinedTwice(let id, let other): return "framework \(id) is already defined in \(other); each framework needs its own id"

        case .unknownLanguage(let code): return "unknown language \"\(code)\"; use one of \(Language.codeList)"
        case .languageListedTwice(let code): return "\(code) is listed twice; list each language once"
        case .noLanguages: return "list at least one language, such as [\"en\", \"nb\"]"
        case .plainTextExpected(let language):
            return "this file is in \(language) only, so write the text as a plain string (or list every language in \"languages\")"
        case .textPerLanguageExpected(let languages):
            return "expected the text in every language of \"languages\", as {\(list(languages.map { "\"\($0)\": \"...\"" }))}"
        case .notAFileLanguage(let code, let languages):
            return "\"\(code)\" is not one of this file's languages (\(list(languages))); add it to \"languages\" or remove the text"
        case .missingLanguageText(let language):
            return "missing the \(language.englishName) (\(language.code)) text; every text needs one per language in \"languages\""

        case .roleID(let id): return "role id \"\(id)\" must be lower-case words joined by '-', such as project-manager"
        case .duplicateRole(let id): return "duplicate role id \(id)"
        case .unknownRequiredCompetency(let id):
            return "unknown competency \(id): no framework in force defines it; use an id that skills-tui frameworks list shows, or give the framework that defines it together with this file"
        case .competencyTwiceInRole(let role, let competency): return "role \(role) lists \(competency) twice; keep one requirement"
        case .targetOutOfRange(let target): return "target level \(target) is outside 1...4"
        case .weightOutOfRange(let weight): return "weight \(weight) is outside 1...3 (1 useful, 2 important, 3 critical)"
        case .roleWithoutRequirements(let id): return "role \(id) needs at least one requirement"

        case .currencyCode(let code): return "\"\(code)\" is not a currency code; use the three capital letters of ISO 4217, such as GBP, EUR or NOK"
        case .duplicateItem(let id, let path): return "item \(id) is already defined at \(path); give each item its own id"
        case .itemID(let id): return "item id \"\(id)\" must be lower-case words joined by '-', such as prince2-7-foundation"
        case .unknownFormat(let format, let allowed): return "unknown format \"\(format)\"; use one of \(allowed)"
        case .hoursOutOfRange(let hours, let maximum): return "hours must be from 0 to \(maximum), not \(hours)"
        case .notAWebAddress(let text): return "\"\(text)\" is not a web address; write it in full, starting with https://"
        case .cohortSize(let size): return "a cohort is 2 to 1000 people, not \(size)"
        case .priceOutOfRange(let amount, let maximum): return "a price is a whole amount from 0 to \(maximum), not \(amount)"
        case .unknownLiftedCompetency(let id):
            return "unknown competency \(id): no framework in force defines it; use an id that skills-tui frameworks list shows"
        case .competencyListedTwice(let id): return "\(id) is listed twice; give each competency once"
        case .liftLevel(let level): return "the level an item lifts a person to is 1 to 4, not \(level)"
        case .noLifts: return "name at least one competency and the level the item lifts a person to, such as {\"PM.RISK.1\": 2}"

        case .teamID(let id): return "team id \"\(id)\" must be lower-case words joined by '-', such as customer-services"
        case .teamDefinedTwice(let id, let line): return "team \(id) is already defined on line \(line)"
        case .teamNeedsName(let id): return "team \(id) needs a name"
        case .unknownParentTeam(let id): return "unknown parent team \(id); define it in this file"
        case .teamBelowItself(let id): return "team \(id) would sit below itself; break the cycle"
        case .invalidLogin(let login, true): return "\"\(login)\" is not a valid login; use the person's OS user name (letters, digits, . _ -)"
        case .invalidLogin(let login, false): return "\"\(login)\" is not a valid login"
        case .duplicateLogin(let login, let line): return "duplicate login \(login) (first on line \(line)); each person appears once"
        case .loginDiffersInCase(let login, let existing): return "\(login) differs only in case from the existing login \(existing); use \(existing)"
        case .needsDisplayName(let login): return "\(login) needs a display name"
        case .notAnEmail(let email): return "\"\(email)\" is not an email address"
        case .unknownTeam(let team, let known): return "unknown team \"\(team)\"; known teams: \(list(known))"
        case .unknownRole(let role, let known): return "unknown role \"\(role)\"; known roles: \(list(known))"
        case .leadFlag(let value): return "write yes or leave empty, not \"\(value)\""
        case .accessRight(let value): return "right must be hr or admin, not \"\(value)\""
        case .unknownLogin(let login): return "unknown login \(login); add the person to the staff file first"
        case .unknownCompetency(let id): return "unknown competency \(id); see `skills-tui frameworks list`"
        case .ratingLevel(let value): return "level must be a whole number from 0 to 4, not \"\(value)\""
        case .ratingTrack(let value): return "track must be self or lead, not \"\(value)\""
        case .selfRater(let login, let rater): return "a self rating's rater must be \(login) itself, not \(rater)"
        case .notTheirLead(let rater, let team, let login): return "\(rater) does not lead team \(team), so cannot give \(login) a lead rating"
        case .wholeDays(let column): return "\(column) must be a whole number of days, 0 or more"

        case .planNumber: return "give each plan item its own number, 1 or more"
        case .itemDoesNotBuild(let item, let competency): return "\(item) is not a catalogue item that builds \(competency)"
        case .itemOrText: return "give a catalogue item or a text"
        case .targetDays: return "target_days must be a whole number of days from today"
        case .unknownPlanItem: return "unknown plan item; give a number from plans.csv"
        case .planMove(let item, let to, let from): return "plan item \(item) cannot move to \"\(to)\" from \(from)"
        case .moveBeforePrevious: return "a move cannot come before the one it follows"
        case .certificateNumber: return "number the certificates 1, 2, 3 in order"
        case .certificateName: return "a certificate needs a name"
        case .expiryDays: return "give a whole number of days from today, not before it was gained"
        case .noSelfRatingToSupport(let login, let competency): return "\(login) has no self rating of \(competency) for the certificate to support"
        case .interestMark(let allowed): return "mark must be one of \(allowed)"
        case .cycleTeam(let team): return "unknown team \(team)"
        case .cycleFramework(let framework): return "unknown framework \(framework)"
        case .dayCount(let column): return "\(column) must be a whole number of days"

        case .moodleEmpty(let header): return "is empty; a Moodle framework file starts with the header row \(header)"
        case .moodleHeaderWidth(let found, let expected, let header):
            return "the header has \(found) columns; a Moodle framework file has these \(expected): \(header)"
        case .moodleColumn(let position, let found, let expected):
            return "column \(position) is \"\(found)\" but must be \"\(expected)\" (Moodle reads the columns by position)"
        case .moodleNoFrameworkRow:
            return "no row has Is framework = 1; add the framework row (its Id number, Shortname, Scale values and Description)"
        case .moodleSecondFrameworkRow(let line): return "a second framework row (the first is on line \(line)); put one framework in each file"
        case .moodleNoAreas: return "\(describe(.noAreas)); add rows with an empty Parent id number"
        case .moodleRepeatedHeading(let heading, let line): return "a second \"\(heading):\" heading (the first is on line \(line)); merge them into one"
        case .moodleDescriptionFormat(let value):
            return "\"\(value)\" is not a Moodle description format; use 0 (Moodle), 1 (HTML), 2 (plain text) or 4 (Markdown)"
        case .moodleFrameworkName: return "the framework needs a name"
        case .moodleFrameworkDescription(let heading): return "the framework needs a description before its \(heading): line"
        case .moodleVersionLine(let heading): return "add a line \"\(heading): 1.0.0\" to the framework's Description"
        case .moodleReviewIntervalNumber(let heading, let value, let days):
            return "\"\(heading): \(value)\" must be a whole number of days, such as \"\(heading): 730 \(days)\""
        case .moodleReviewIntervalLine(let heading, let days):
            return "add a line \"\(heading): 730 \(days)\" to the framework's Description (ratings older than that are stale)"
        case .moodleScaleConfiguration(let example): return "must be JSON such as \(example) (the first element names the scale)"
        case .moodleScaleValues(let count):
            return "\(describe(.scaleLevelCount(count))); write five labels, such as None,Aware,Working,Practitioner,Expert"
        case .moodleScaleList(let heading, let label):
            return "add a \"\(heading):\" list to the framework's Description with a line \"- 0 \(label): what it means\" for each level"
        case .moodleScaleLevelLine(let heading, let prefix):
            return "the \(heading): list has no line \"- \(prefix) ...\"; describe every level 0 to 4 with the labels of Scale values"
        case .moodleEquivalents(let level, let heading): return "level \(level) equivalents must read \"\(heading): SFIA = 1-2; APM = 1\""
        case .moodleScaleDescriptor(let level, let label, let prefix): return "scale level \(level) \(label) needs a descriptor after \"\(prefix)\""
        case .moodleEmptyIDNumber(let example): return "is empty (Moodle would skip this row without a word); give the row an id such as \(example)"
        case .moodleEmptyShortname(let id): return "is empty (Moodle would skip this row without a word); give \(id) a name"
        case .moodleAreaDescription(let id): return "area \(id) needs a description"
        case .moodleUnknownParent(let parent): return "\"\(parent)\" is not the Id number of any row; a competency's parent is its area's Id number"
        case .moodleParentLoop(let chain):
            return "the parents form a loop (\(chain.joined(separator: " -> "))); competencies sit below areas, and areas have no parent"
        case .moodleBelowNonArea(let id, let parent):
            return "\(id) sits below \(parent), which is not an area; skills-tui frameworks have two levels: areas (no parent) and their competencies"
        case .moodleEmptyArea(let id): return "\(describe(.emptyArea(id))) (rows whose Parent id number is \(id))"
        case .moodleCompetencyDescription(let id, let heading): return "competency \(id) needs a description before its \(heading): list"
        case .moodleNoIndicators(let id, let heading, let first, let last):
            return "competency \(id) has no level indicators; add a \"\(heading):\" list to its Description with lines \"1. \(first): ...\" to \"4. \(last): ...\""
        case .moodleMissingIndicator(let id, let level, let label, let heading):
            return "\(id): \(describe(.missingIndicator(level: level))) (a line \"\(level). \(label): ...\" under \(heading):)"
        case .moodleEmptyIndicator(let id, let level): return "\(id): the indicator for level \(level) is empty"
        case .moodleIndicatorNumber(let id, let found): return "\(id): level indicators are numbered 1 to 4; found \"\(found)\""

        case .caseNotAFramework: return "not a framework"
        case .caseUUID(let text): return "\"\(text)\" is not a lowercase UUID (CASE identifiers look like 0a1b2c3d-4e5f-5a6b-8c7d-0123456789ab)"
        case .caseSecondItem(let identifier): return "a second CFItem with identifier \(identifier)"
        case .caseHumanCodingScheme: return "needs a humanCodingScheme: the skills-tui id of the area or competency, such as PM.GOV or PM.GOV.1"
        case .caseItemLanguage(let item, let document):
            return "this item is in \(item) but the CFDocument is in \(document); a package holds one language, so export each language as a package of its own"
        case .caseAbbreviatedStatement(let code): return "\(code) needs an abbreviatedStatement: its short name"
        case .caseNoSuchItem(let target): return "points at \(target), which is no CFItem in this package"
        case .caseNoSuchNode(let target): return "points at \(target), which is neither the CFDocument nor a CFItem in this package"
        case .caseSecondParent(let code, let first): return "\(code) already has a parent (\(first)); an item sits in one place in the tree"
        case .caseNotInTree(let code):
            return "\(code) is not in the tree: add an isChildOf association from it to its area (or, for an area, to the CFDocument)"
        case .caseLoop(let codes): return "isChildOf associations form a loop (\(codes.joined(separator: " -> "))); every item must lead up to the CFDocument"
        case .caseBelowNonArea(let code, let parent):
            return "\(code) sits below \(parent), which is not an area; skills-tui frameworks have two levels: areas and their competencies"
        case .caseIndicatorsTwice(let code): return "\(code) already has level indicators in another rubric; keep one"
        case .caseSecondScale: return "a second proficiency scale (a criterion without CFItemURI); keep one"
        case .caseNoScale:
            return "no proficiency scale: add a CFRubric whose criterion has no CFItemURI and levels scored 0 to 4 (quality = label, description = what the level means)"
        case .caseNoAreas: return "\(describe(.noAreas)): add CFItems with isChildOf associations to the CFDocument"
        case .caseTakenFromCode(let problem, let code): return "\(describe(problem)) (taken from the humanCodingScheme \(code))"
        case .caseNoIndicators(let code):
            return "\(code) has no level indicators: add a CFRubric whose criterion's CFItemURI points at this item, with levels scored 1 to 4"
        case .caseEmptyArea(let id): return "\(describe(.emptyArea(id))) (CFItems with isChildOf to it)"
        case .caseLanguage(let code): return "language \"\(code)\" is not one skills-tui knows; use one of \(Language.codeList)"
        case .caseIndicatorScore(let score): return "level indicators are scored 1 to 4; found \(score)"
        case .caseIndicatorTwice(let code, let score): return "\(code) has two level \(score) indicators; keep one"
        case .caseScaleScore(let score): return "scale levels are scored 0, 1, 2, 3, 4, once each; found \(score)"
        case .about(let id, let problem): return "\(id): \(describe(problem))"
        case .sshKey(let problem): return describe(problem)
        case .gatewaySetting(let problem):
            switch problem {
            case .expectsSetting: return "expected setting = value"
            case .noValue(let setting): return "\(setting) has no value"
            case .notAnAccount(let value): return "account: \"\(value)\" is not an OS user name"
            case .notAbsolute(let setting, let value): return "\(setting): give an absolute path or a postgresql:// URL, not \"\(value)\""
            case .unknownSetting(let name, let settings): return "unknown setting \"\(name)\"; settings are \(settings.joined(separator: ", "))"
            }

        case .text(let text): return text
        }
    }

    private func name(_ expected: JSONExpectation) -> String {
        switch expected {
        case .array: return "an array"
        case .object: return "an object"
        case .string: return "a string"
        case .wholeNumber: return "a whole number"
        case .number: return "a number"
        case .boolean: return "true or false"
        }
    }

    private func name(_ kind: JSONValue.Kind) -> String {
        switch kind {
        case .null: return "null"
        case .boolean: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    func describe(_ problem: JSONSyntaxProblem) -> String {
        switch problem {
        case .textAfterDocument: return "unexpected text after the end of the document"
        case .endsWhereValueExpected: return "the document ends where a value was expected"
        case .valueExpectedFound(let found): return "expected a value, found '\(found)' (a trailing comma?)"
        case .valueExpected: return "expected a value (string, number, object, array, true, false or null)"
        case .memberNameExpected: return "expected a member name in double quotes"
        case .duplicateMember(let key): return "duplicate member \"\(key)\""
        case .colonExpected(let key): return "expected ':' after member name \"\(key)\""
        case .trailingComma(let closer): return "trailing comma before '\(closer)'; remove it"
        case .commaOrBraceExpected(let key): return "expected ',' or '}' after the value of \"\(key)\""
        case .commaOrBracketExpected: return "expected ',' or ']' in an array"
        case .tooDeep(let levels): return "nesting deeper than \(levels) levels"
        case .unterminatedString: return "unterminated string (missing closing \")"
        case .stringNotUTF8: return "string is not valid UTF-8"
        case .unterminatedEscape: return "unterminated escape sequence"
        case .unknownEscape(let escape): return "unknown escape '\\\(escape)'"
        case .lineBreakInString: return "line break inside a string (write \\n, or close the string)"
        case .controlCharacterInString: return "control character inside a string"
        case .highSurrogateAlone: return "a high surrogate \\u escape must be followed by a low surrogate"
        case .invalidLowSurrogate: return "invalid low surrogate in \\u escape"
        case .invalidUnicodeEscape: return "invalid \\u escape"
        case .loneSurrogate: return "lone surrogate in \\u escape"
        case .fourHexDigits: return "\\u needs four hex digits"
        case .numberNeedsDigits: return "a number needs digits"
        case .leadingZeros: return "numbers may not have leading zeros"
        case .digitAfterPoint: return "a digit must follow the decimal point"
        case .exponentNeedsDigits: return "an exponent needs digits"
        case .numberOutOfRange: return "number out of range"
        case .unquotedWord: return "expected a value (strings need double quotes)"
        }
    }

    func describe(_ problem: SSHKeyProblem) -> String {
        switch problem {
        case .tooLong(let bytes): return "is \(bytes) bytes long, too long for a public key; give the .pub file"
        case .notUTF8: return "is not UTF-8 text; give the .pub file"
        case .privateKey: return "is a private key: give the public key (the .pub file) and keep the private key to yourself"
        case .noKey: return "holds no public key; give the .pub file, one line such as \"ssh-ed25519 AAAA... name@laptop\""
        case .secondKey(let first): return "a second key (the first is on line \(first)); add one key at a time"
        case .controlCharacter: return "holds a control character; give the .pub file as it is"
        case .emptyLine: return "holds no key"
        case .options(let options): return "starts with options (\(options)...): give the key alone; skills-tui writes the options itself"
        case .unknownType(let type, let known):
            return "\"\(type)\" is not a key type skills-tui accepts; use one of \(known.joined(separator: ", ")) (ssh-keygen -t ed25519 makes one)"
        case .noKeyData: return "has a key type but no key data after it"
        case .notBase64(let type): return "the key data after \(type) is not valid base64; give the .pub file unchanged"
        case .malformed(let type): return "the key data is not a well-formed \(type) key; give the .pub file unchanged"
        case .typeMismatch(let type, let named): return "the line says \(type) but its key data says \"\(named)\"; give the .pub file unchanged"
        case .weakRSA(let bits): return "the RSA key has \(bits) bits, too few to be safe; make a new key with ssh-keygen -t ed25519"
        }
    }

    func describe(_ problem: ReferenceSchemes.ReferenceProblem) -> String {
        let reference = problem.reference
        switch problem.kind {
        case .notSchemeAndCode: return "\(reference) is not SCHEME:CODE"
        case .unknownSFIASkill(let skill):
            return "\(reference): \(skill) is not in the table of SFIA 9 skills (ReferenceSchemes.sfia9Levels); check the code, or add it with the levels SFIA 9 defines"
        case .sfiaLevelsMissing(let skill, let defined):
            let range = "\(defined.lowerBound)-\(defined.upperBound)"
            return "\(reference): name the SFIA levels the competency stands for, such as SFIA9:\(skill)@\(range) (SFIA 9 defines \(skill) at levels \(range))"
        case .sfiaLevelsOutside(let skill, let defined):
            return "\(reference): SFIA 9 defines \(skill) only at levels \(defined.lowerBound)-\(defined.upperBound); cite it at those levels, or cite another skill"
        case .notInScheme(let code, let shape):
            let use: String
            switch shape {
            case .prince2: use = "principle/, practice/ or process/ with its name"
            case .apm: use = "the competence's name"
            case .icb4: use = "perspective/, people/ or practice/ with the element's name"
            case .digComp: use = "a competence number from 1.1 to 5.4"
            case .essentialDigitalSkills: use = "a skill area"
            case .prosjektveiviseren: use = "a phase"
            }
            return "\(reference): \"\(code)\" is not a code of this scheme; use \(use)"
        case .notECF(let code):
            return "\(reference): \"\(code)\" is not an e-CF competence; use an area letter A to E and a number, such as E.2"
        case .unversioned(let use, let note):
            let why: String
            switch note {
            case nil: why = ""
            case .prince2Practices: why = " (the 2023 edition, whose themes are now practices)"
            case .apmSecond: why = " (the 2nd edition, 2015)"
            case .apmThirdUnconfirmed: why = " (the 2nd edition, 2015; a 3rd edition could not be confirmed)"
            }
            return "\(reference): name the edition; cite \(use)\(why)"
        case .unknownScheme(let prefix, let known):
            return "\(reference): \(prefix) is not a scheme skills-tui knows (\(known.joined(separator: ", "))); check the spelling"
        }
    }

    func describe(_ problem: FrameworkReview.Finding.Problem) -> String {
        switch problem {
        case .repeatedIndicator(let competency, let earlier, let level, let languages):
            let note = languages.isEmpty ? "" : " (in at least one of \(list(languages)))"
            return "\(competency) says the same at levels \(earlier) and \(level)\(note); write what a person does differently at level \(level)"
        case .notRequired(let competency):
            return "no role profile requires \(competency), so it never reaches a report; require it in a role or remove it"
        case .reference(let problem): return describe(problem)
        case .cohortNotCheaper(let item, let size, let price):
            return "\(item): a cohort of \(size) costs \(price), no less than \(size) single places; lower the cohort price or leave the cohort out"
        case .learningNotBuilt(let competency, let framework):
            return "\(competency) has learning suggestions in \(framework), but no catalogue item builds it; add one"
        }
    }

    func fileName(_ file: String) -> String { file }

    func severity(_ severity: FrameworkReview.Finding.Severity) -> String { severity.rawValue }

    func rolesSource(_ source: FrameworkValidation.RolesSource) -> String {
        switch source {
        case .file(let file): return file
        case .shipped: return "the shipped roles.json"
        case .none: return "no role profiles"
        }
    }

    func validFramework(
        file: String, id: String, name: String, version: String, languages: [String], areas: Int, competencies: Int
    ) -> String {
        "ok  \(file): \(id) \(name) \(version) (\(list(languages))), \(areas) areas, \(competencies) competencies"
    }

    func validRoles(file: String, version: String, profiles: Int) -> String {
        "ok  \(file): roles \(version), \(profiles) role profiles"
    }

    func validLearning(file: String, version: String, languages: [String], items: Int, currency: String) -> String {
        "ok  \(file): learning catalogue \(version) (\(list(languages))), \(items) items, costs in \(currency)"
    }

    func validationSummary(errors: Int, warnings: Int, roles: FrameworkValidation.RolesSource) -> String {
        "Content rules: \(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings") (roles from \(rolesSource(roles)))"
    }
}
