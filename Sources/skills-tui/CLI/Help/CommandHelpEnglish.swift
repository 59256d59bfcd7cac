import SkillsMatrix

/// The command line's words in English: `--help` and the commands' usage problems.
struct EnglishCommandLine: CommandLineCatalogue {
    var commands: [String: CommandHelp] { Self.commands }
    var globalOptions: [String: String] { Self.globalOptions }

    let overviewHead = """
        skills-tui: skills-gap assessment against competency frameworks

        Usage: skills-tui [COMMAND] [OPTIONS]
        With no command, opens the terminal UI as the current user.
        """
    let usage = "Usage"
    let commandsHeading = "Commands:"
    let optionsHeading = "Options:"
    let globalOptionsHeading = "Global options:"
    let exitStatuses = """
        Exit status: 0 ok, 64 usage, 65 bad data, 66 missing input, 73 already exists,
        74 I/O error, 77 not permitted.
        """
    let noCommand = "(none)"
    let example = "Example:"

    func moreHelp(_ prefix: String) -> String { "Run `\(prefix) COMMAND --help` for a command's options." }

    func problem(_ problem: CommandProblem) -> String {
        switch problem {
        case .standardInputTwice: return "- (standard input) is given more than once: it can be read only once"
        case .certificateNumber(let text): return "--certificate is a certificate's number (see `skills-tui report certificates`), not \"\(text)\""
        case .level(let text): return "LEVEL must be a number from 0 to 4, not \"\(text)\""
        case .personOrTeam: return "give --person or --team, not both"
        case .withoutInCSV: return "--without shows its impact in text and json; --format csv lists coverage only"
        case .excelWithoutCSV: return "--excel applies to --format csv only"
        case .needsTeam(let command): return "`\(command)` needs --team TEAM (see `skills-tui staff list` for team ids)"
        case .needsStaff: return "`generate` needs --staff N, the number of people to make"
        case .seed(let text): return "--seed must be a whole number from 0 to \(UInt64.max), not \"\(text)\""
        case .wholeNumber(let option, let value): return "\(option) must be a whole number, not \"\(value)\""
        case .languageCode(let text): return "LANG must be one of \(Language.codeList) or auto, not \"\(text)\""
        case .migrateNeedsDatabases: return "migrate needs --from DB and --to DB"
        case .cycleNeedsDue: return "`cycle open` needs --due YYYY-MM-DD"
        case .fromWithRating: return "--from FILE takes its ratings from FILE: give no COMPETENCY LEVEL as well"
        case .singleRatingOption(let option): return "\(option) is for a single rating; with --from, write the note after the level on each line"
        case .ratingLine(let line): return "a line is COMPETENCY LEVEL [NOTE], not \"\(line)\""
        case .needsTerminal:
            return "the terminal UI needs a terminal; for scripts and pipes use the reports, e.g. `skills-tui report gaps --format json` (see skills-tui --help)"
        }
    }

    static let globalOptions: [String: String] = [
        "--db": "the database file (default: $SKILLS_DB, else $XDG_DATA_HOME/skills-tui/skills.sqlite)",
        "--as": "act as another user (admins, and anyone in the demo organisation)",
        "--output": "write the result to FILE (created 0600, replaced atomically) instead of standard output",
        "--no-color": "no colour in the TUI (also NO_COLOR=1 or TERM=dumb)",
        "--lang": "the language to show: en or nb (default: your saved `profile language`, else LC_ALL, LC_MESSAGES or LANG, else en)",
        "--help": "show help for the command",
        "--version": "print the version",
    ]

    private static let configHelp = "the gateway's configuration file (default \(GatewayConfiguration.defaultPath))"
    private static let excelHelp = "start CSV with a UTF-8 byte-order mark so Excel reads names such as Åse right"

    // MARK: - Commands

    static let commands: [String: CommandHelp] = [
        "access add": CommandHelp(
            summary: "let LOGIN reach the database over SSH with the public key in KEYFILE (- for standard input; admin)",
            details: """
                Adds the key to skills-tui's block of the service account's authorized_keys as
                  restrict,pty,command="/usr/bin/skills-tui gateway LOGIN" ssh-ed25519 AAAA...
                so that `ssh ACCOUNT@HOST` opens skills-tui as LOGIN and nothing else. The key must
                be one line of a .pub file: ssh-ed25519, ecdsa-sha2-*, ssh-rsa of 2048 bits or
                more, or their -sk variants, with nothing before the type. A key that already lets
                in someone else is refused. Lines outside the block are never changed; the file is
                replaced atomically with mode 0600, and the change is written to the audit trail.
                The database and the file come from the configuration (see `skills-tui gateway --help`):
                authorized-keys, else ~/.ssh/authorized_keys of the account running this.
                """,
            options: ["--config": configHelp]),
        "access list": CommandHelp(
            summary: "list the SSH keys that reach the database: login, key type, fingerprint, comment, when added (admin)",
            details: "Reads skills-tui's block of the service account's authorized_keys; lines outside it are not listed.",
            options: ["--config": configHelp]),
        "access revoke": CommandHelp(
            summary: "stop LOGIN's SSH keys (or the one with --key FINGERPRINT) reaching the database (admin)",
            details: """
                Removes LOGIN's key lines from skills-tui's block of authorized_keys (every key of
                theirs, or only the one whose fingerprint `access list` shows), atomically, and writes
                one audit row per key. A connection already open stays open until it ends.
                """,
            options: [
                "--config": configHelp,
                "--key": "only this key (SHA256:..., as `access list` shows it)",
            ]),
        "access grant": CommandHelp(
            summary: "give LOGIN the hr right (see and export everyone) or the admin right (admin)",
            details: """
                Rights the data cannot imply: "staff" comes from being on the staff list and "lead"
                from leading a team, but HR's officers and further administrators are named here.
                LOGIN must be an active member of staff, or already hold a right. The change and who
                made it are written to the audit trail. The database is --db, else the gateway
                configuration's (--config), else the default.
                """,
            options: ["--config": configHelp]),
        "access withdraw": CommandHelp(
            summary: "take the hr or admin right back from LOGIN (admin; the last admin keeps theirs)",
            details: """
                Takes effect at LOGIN's next command or connection. The change and who made it are
                written to the audit trail. The database is as for `access grant`.
                """,
            options: ["--config": configHelp]),
        "access rights": CommandHelp(
            summary: "list who holds the hr and admin rights, granted by whom and when (admin)",
            details: "The database is as for `access grant`.",
            options: ["--config": configHelp]),
        "export ratings": CommandHelp(
            summary: "every rating event ever recorded, oldest first, as CSV or JSON (hr, admin)",
            details: """
                One row per event: \(RatingExportFormat.csvHeader.joined(separator: ",")).
                Times are UTC (2026-11-24T09:30:00Z). CSV is RFC 4180 with CRLF line ends; a note
                that starts like a spreadsheet formula is prefixed with '.
                """,
            options: [
                "--format": "csv (default) or json",
                "--excel": "start CSV with a UTF-8 byte-order mark so Excel reads names and notes right",
            ]),
        "backup": CommandHelp(
            summary: "copy the database to a new FILE while others keep working (admin)",
            details: """
                Uses SQLite's online backup, so the copy is one consistent moment even while people
                are rating. FILE must not exist; it is created with mode 0600, then opened and
                checked. Restore by pointing --db (or SKILLS_DB) at the copy.
                """),
        "migrate": CommandHelp(
            summary: "copy the whole database between SQLite and PostgreSQL, checked table by table (admin)",
            details: """
                --from and --to each take a SQLite file or a postgresql:// URL. The target must be
                new: a file that does not exist, or an empty PostgreSQL database (createdb). Every
                table is copied in one transaction and its row count and SHA-256 of its content
                compared on both sides before anything is kept; the source is read in one
                snapshot, so people may go on rating (later ratings are not copied).
                """,
            options: [
                "--from": "the database to copy (a file or a postgresql:// URL)",
                "--to": "the new database (a file that does not exist, or an empty PostgreSQL database)",
            ]),
        "cycle open": CommandHelp(
            summary: "open a review cycle (hr, admin): who assesses which frameworks by when",
            details: """
                Opens now and is due at the end of --due (UTC). Without --teams the whole
                organisation is in it; a team brings the teams below it. Without --frameworks
                every installed framework is. Each person's items are their role's requirements
                in those frameworks; an item is done once they rate it (or re-confirm an older
                rating) during the cycle. One cycle is open at a time.
                Example: skills-tui cycle open "2027 annual review" --due 2027-03-31 --frameworks PM,DI
                """,
            options: [
                "--due": "the day it is due (required)",
                "--teams": "teams in scope (default: the organisation)",
                "--frameworks": "frameworks in scope (default: all)",
            ]),
        "cycle list": CommandHelp(
            summary: "review cycles: open and closed, with their dates and scope",
            details: "JSON prints an array with one object per cycle.",
            options: ["--format": "text or json"]),
        "cycle show": CommandHelp(
            summary: "one review cycle (default: the open one): its dates and completion by team",
            details: """
                hr and admin see every team; a lead the teams they lead; anyone else their own
                progress. `report completion` lists each person.
                """,
            options: ["--format": "text or json"]),
        "cycle close": CommandHelp(
            summary: "close a review cycle (hr, admin) and record its snapshot for later comparison",
            details: """
                Records, once and for good, each person's and team's readiness, completion, gaps
                and calibration, each lead's and competency's calibration, and the organisation's.
                `report trend` and `report calibration` compare cycles through these snapshots.
                """),
        "plan add": CommandHelp(
            summary: "add an item to a development plan: yours, or a team member's as their lead",
            details: """
                The item is a learning catalogue item that builds the competency (--item; see
                `skills-tui learning list --competency ID`), or what the person will do in words
                (--text), or both. --target is the day it should be done by (YYYY-MM-DD, today or
                later). The item starts planned; move it with `skills-tui plan move`.
                Example: skills-tui plan add PM.RISK.1 --person apatel --item pm-risk-1-risk-workshop --target 2027-03-31
                """,
            options: [
                "--person": "whose plan (default: yours)",
                "--item": "a learning catalogue item",
                "--text": "what the person will do, in words",
                "--target": "the day it should be done by (YYYY-MM-DD)",
            ]),
        "plan move": CommandHelp(
            summary: "move a plan item on: booked, done or cancelled (the person, their leads, hr)",
            details: """
                Items move forward only: planned -> booked -> done, or cancelled from planned or
                booked. Every move is kept. When an item is done, the person's walk-through offers
                that competency first, to be rated again.
                """,
            options: [
                "--target": "a new day it should be done by (YYYY-MM-DD)",
                "--note": "a note with the change (the course date, a booking reference)",
            ]),
        "certificate add": CommandHelp(
            summary: "record a certificate as evidence: yours, a team member's as their lead, anyone's as hr",
            details: """
                A rating can then cite it: skills-tui rate COMPETENCY LEVEL --certificate NUMBER.
                Once the certificate expires, the ratings that cite it count as stale. Certificates
                are private to the person, the leads of their team and hr.
                """,
            options: [
                "--person": "whose certificate (default: yours)",
                "--name": "the certificate's title, such as \"PRINCE2 7 Practitioner\"",
                "--issuer": "who issued it, such as PeopleCert",
                "--id": "the issuer's certificate or candidate number",
                "--gained": "the day it was gained (YYYY-MM-DD)",
                "--expires": "the day it expires, if it does (YYYY-MM-DD)",
            ]),
        "mark": CommandHelp(
            summary: "mark a competency: willing to mentor others in it, or want to grow in it (your own)",
            details: """
                MARK is mentor or grow; --off clears it. Marks show in `skills-tui report people`;
                being willing to mentor also shows you to everyone who searches for that competency.
                """,
            options: ["--off": "clear the mark"]),
        "report training-plan": CommandHelp(
            summary: "a costed training plan: assessed needs grouped by the catalogue item that closes them",
            details: """
                \(TrainingPlanFormat.basis)
                Per item: headcount, needs, the priority it covers, hours and cost, using the cohort
                price where it is cheaper. Needs no item closes are listed with the nearest item;
                needs a booked plan item already answers are set aside. With --budget, the places to
                buy first: the selection that covers the most priority within the amount (exact for
                plans of a team or a council; greedy, at least half the best, for the largest).
                CSV columns: \(TrainingPlanFormat.csvHeader.joined(separator: ","))
                """,
            options: [
                "--team": "one team instead of the whole organisation",
                "--budget": "what there is to spend, in the catalogue's currency (25000 or £25,000)",
                "--format": "text, csv, json or markdown",
                "--excel": excelHelp,
            ]),
        "report people": CommandHelp(
            summary: "who knows what: people at or above a level in one competency",
            details: """
                Counts self and lead ratings apart and marks people listed on their own rating
                alone (unvalidated). Lists the people you may see (staff: themselves; leads: their
                teams; hr and admins: everyone) and, beyond them, anyone who marked the competency
                "willing to mentor" (`skills-tui mark COMPETENCY mentor`).
                """,
            options: [
                "--competency": "the competency (required)",
                "--min-level": "the lowest level to list, 1 to 4 (default 3)",
                "--team": "only this team",
                "--format": "text, csv or json",
            ]),
        "report certificates": CommandHelp(
            summary: "certificates by team; with --expiring DAYS, what lapses soon or has lapsed",
            details: """
                With --expiring 90: certificates that expire within 90 days, and lapsed ones no
                later certificate of the same name replaces. Staff see their own; leads their
                teams; hr everyone. A rating that cites a lapsed certificate counts as stale.
                """,
            options: [
                "--expiring": "only what expires within DAYS days (or has expired)",
                "--team": "one team",
                "--format": "text, csv or json",
            ]),
        "report plans": CommandHelp(
            summary: "development plans: items, states and overdue; uptake and booked spend",
            details: """
                Your own plan by default as staff; a lead's teams; the organisation for hr and
                admins. --person or --team narrows it.
                """,
            options: [
                "--person": "one person's plan",
                "--team": "one team",
                "--format": "text, csv or json",
            ]),
        "frameworks list": CommandHelp(
            summary: "list the frameworks and role profiles",
            details: "Reads the database; without one, the shipped files."),
        "frameworks show": CommandHelp(
            summary: "show a framework (PM) or one competency with its level indicators (PM.RISK.1)"),
        "frameworks validate": CommandHelp(
            summary: "check framework and role files (the shipped ones when no FILE is given)",
            details: """
                Each FILE is a framework (pm.json) or a roles file (roles.json); - reads one from
                standard input. Roles are checked
                against the shipped frameworks plus any framework files given. Each file is loaded
                as the tool loads it: the first problem names the file, line and JSON path, and
                the exit status is 65. Then the content rules: two levels with the same indicator,
                or a reference to a known scheme with a wrong code, edition or SFIA level, is an
                error (exit 65); a competency no role profile requires, or a scheme the tool does
                not know, is a warning, and warnings alone leave the exit status 0. Competencies
                are judged required against the first roles file given, else the shipped one.
                """),
        "frameworks import": CommandHelp(
            summary: "install frameworks, or new versions of them, and role profiles (admin)",
            details: """
                Each FILE (or -, standard input: `ssh HOST frameworks import - < pm.csv`) is a
                framework in Moodle CSV, CASE or our JSON, a roles file (roles.json) or a learning
                catalogue (learning.json); all of them are checked as one change and installed
                together, or not at all. A file is checked with the same rules as the shipped frameworks; every
                problem is listed with its line and the import stops (exit 65) with nothing
                changed. Without --format the format is guessed: JSON with a CFDocument is CASE,
                JSON with "roles" a roles file, JSON with "items" a learning catalogue, other JSON
                a framework, anything else Moodle CSV.
                A new version replaces the installed one: competencies it drops are retired (their
                ratings stay in the history), unless a role profile still requires them, which is
                refused; import the new roles file in the same command. The same version is
                accepted only with identical content (then nothing changes); otherwise the version
                must be newer than the installed one (1.10.0 after 1.9.0) and not one that ratings
                already record. A roles file replaces every role profile; every requirement must
                name a competency of an installed or imported framework, and a role that people
                hold must stay. A learning catalogue replaces the installed one; an item that a
                development plan names must stay. To move a database to the shipped content:
                skills-tui frameworks import frameworks/*.json
                """,
            options: ["--format": "moodle-csv, case or json"]),
        "frameworks export": CommandHelp(
            summary: "write a framework as Moodle CSV, CASE 1.1 JSON or our JSON (default json)",
            details: """
                Moodle CSV uses the tool_lpimportcsv header; level indicators, the scale's
                descriptors, version and review interval go into the Descriptions as Markdown.
                CASE is a CFPackage whose identifiers derive from our ids, so the same framework
                always exports to the same bytes; its lastChangeDateTime is when the version was
                installed. Reads the database; without one, the shipped files, dated
                1970-01-01T00:00:00Z (nothing was installed).
                Moodle CSV and CASE hold one language: --lang picks it (default en, whatever
                LANG or your saved language say: an export is data); CASE sets language on the
                document and every item, and Moodle's labels are in it too. JSON holds every
                language the framework has, or only the one --lang names.
                """,
            options: ["--format": "moodle-csv, case or json"]),
        "generate": CommandHelp(
            summary: "create a database with a synthetic organisation of N people (for trials and benchmarks)",
            details: """
                Creates the database at --db (or $SKILLS_DB, or the XDG default) like `init`, then adds
                a made-up organisation: a leadership team, departments and their teams of 6-15 people
                under a lead, every role profile in use, and four yearly review cycles of self and
                lead ratings (some disputed, some stale). You become its admin; one generated person
                holds hr. The same --seed gives the same content: rating times are fixed offsets
                before the start of today (UTC), so the rows are identical on the same day, or with
                the clock pinned by SKILLS_TUI_NOW.
                Refuses to touch an existing file.
                """,
            options: [
                "--staff": "people in the organisation, \(SyntheticOptions.staffRange.lowerBound) to \(SyntheticOptions.staffRange.upperBound) (required)",
                "--seed": "a whole number that picks the organisation (default \(SyntheticOptions.defaultSeed))",
                "--large-team": "also make one team of N people (id \(SyntheticOptions.largeTeamID)), counted in --staff",
            ]),
        "": CommandHelp(
            summary: "open the terminal UI as the current user"),
        "demo": CommandHelp(
            summary: "open the terminal UI on the demo organisation (kept between runs)",
            details: """
                Creates the demo database (default $XDG_DATA_HOME/skills-tui/demo.sqlite, or --db) from
                seeds/demo the first time, and keeps it: the next run continues where you stopped.
                --reset replaces it with a fresh copy. Then opens the TUI with a picker: be a member
                of staff, a team lead or HR. A --db file that holds real data is never opened as
                the demo nor replaced.
                """,
            options: ["--reset": "start afresh: replace the demo database with a new copy of seeds/demo"]),
        "learning list": CommandHelp(
            summary: "list the learning catalogue: items, prices and the levels they lift to",
            details: "Reads the database; without one, the shipped frameworks/learning.json.",
            options: ["--competency": "only items that build this competency"]),
        "learning export": CommandHelp(
            summary: "write the learning catalogue as learning.json",
            details: """
                The same format `skills-tui frameworks import` reads; edit it and import it to
                change prices, add a council's own courses or record quotes (set "indicative":
                false). Reads the database; without one, the shipped file.
                """),
        "profile language": CommandHelp(
            summary: "show or save the language you read skills-tui in: en, nb, or auto",
            details: """
                Saved in the database for your login, so it follows you to every terminal and
                over SSH. auto removes it: then LC_ALL, LC_MESSAGES or LANG decide (nb_NO, nb,
                no and nn read Bokmål; anything else English). --lang still overrides it for one
                command. Without LANG, prints what is saved and what this session would use.
                """),
        "rate": CommandHelp(
            summary: "record a rating: your own (self track), or a team member's as their lead (lead track)",
            details: """
                LEVEL is 0 None, 1 Aware, 2 Working, 3 Practitioner or 4 Expert. Every rating is
                kept: a new one becomes the current rating on its track, and older ones stay in
                the history.
                --certificate cites a recorded certificate of the person rated as evidence
                (`skills-tui certificate add`); the rating counts as stale once it expires.
                Example: skills-tui rate PM.RISK.1 3 --note "ran the risk workshop for the CRM upgrade"
                --from FILE (- for standard input) records many ratings, one a line:
                COMPETENCY LEVEL and, after them, the note (# starts a comment line). Each line
                is recorded on its own and acknowledged at once ("line 3: Recorded ..."); a line
                that is wrong is named on standard error and the rest go on, but a database
                failure stops there. The exit status is that of the first failure.
                Example: printf 'PM.RISK.1 3 ran the risk workshop\\nDI.FND.1 2\\n' | skills-tui rate --from -
                """,
            options: [
                "--person": "whom to rate (default: yourself)",
                "--note": "evidence for the rating",
                "--certificate": "a certificate of the person rated that supports the rating",
                "--from": "record one rating per line of FILE (- for standard input): COMPETENCY LEVEL [NOTE]",
            ]),
        "report gaps": CommandHelp(
            summary: "a gap report: target, self, lead, effective, gap and weight per requirement",
            details: """
                Your own report by default; --person LOGIN for someone you may see, --team TEAM
                for everyone in a team you lead. Requirements are sorted by weighted gap.
                JSON prints an array with one object per person (login, readiness, requirements).
                """,
            options: [
                "--person": "whose report",
                "--team": "everyone in a team",
                "--format": "text, json or csv",
            ]),
        "report heatmap": CommandHelp(
            summary: "a team as people x competencies, each cell the level and how far it is from target",
            details: HeatmapFormat.legend(in: .en),
            options: [
                "--team": "the team (required)",
                "--format": "text, csv, html (a self-contained page) or svg",
                "--lens": "which rating to show: effective (default), self or lead",
                "--framework": "only the competencies of one framework",
            ]),
        "report coverage": CommandHelp(
            summary: "how many team members meet each required competency; single points of failure; calibration",
            details: "With --without LOGIN, also what the team would lose if that person left.",
            options: [
                "--team": "the team (required)",
                "--without": "show the impact of this person leaving",
                "--format": "text, json or csv",
            ]),
        "report training-needs": CommandHelp(
            summary: "the ranked training-needs list for the organisation (hr, admin) or one team",
            details: """
                One row per person and competency rated short of target, grouped by competency and
                ranked. Requirements nobody has rated are not needs but missing answers: they are
                left out (see `report completion`) unless --include-unrated lists them, marked
                unrated (and assessed = false in CSV and JSON).
                \(TrainingNeedsFormat.priorityExplanation)
                CSV columns: \(TrainingNeedsFormat.csvHeader.joined(separator: ","))
                """,
            options: [
                "--team": "one team instead of the whole organisation",
                "--format": "text, csv, json or markdown",
                "--excel": excelHelp,
                "--include-unrated": "list requirements nobody has rated too, marked unrated",
            ]),
        "report completion": CommandHelp(
            summary: "who has done how much of a review cycle: done/total, last activity and email per person",
            details: """
                The open cycle by default (else the one closed last); --cycle NAME for another.
                hr and admin see everyone in the cycle, a lead the teams they lead, anyone else
                themselves. CSV is for a mail merge of reminders; its columns:
                \(CompletionFormat.csvHeader.joined(separator: ","))
                """,
            options: [
                "--cycle": "which cycle (default: the open one)",
                "--team": "one team",
                "--format": "text, csv or json",
                "--excel": excelHelp,
            ]),
        "report trend": CommandHelp(
            summary: "readiness, completion and gaps at the close of each review cycle, and now, with what changed",
            details: """
                Without --person or --team: the organisation and every team (hr, admin); the teams
                you lead and yourself (a lead); yourself (anyone else). "What changed" compares the
                last two points: competencies whose gap closed, opened or got worse.
                CSV columns: \(TrendFormat.csvHeader.joined(separator: ","))
                """,
            options: [
                "--person": "one person",
                "--team": "one team",
                "--format": "text, csv, json or html (a page with a line chart)",
            ]),
        "report calibration": CommandHelp(
            summary: "self against lead ratings: each lead's leniency, each competency's and team's disputes, across cycles",
            details: """
                hr and admin see the organisation; a lead the teams they lead (--team for one).
                \(Language.en.messages.cycleScreens.calibrationExplanation(minimum: CalibrationFigure.minimumPairs))
                CSV columns: \(CalibrationFormat.csvHeader.joined(separator: ","))
                """,
            options: [
                "--team": "one team",
                "--format": "text, csv or json",
            ]),
        "init": CommandHelp(
            summary: "create the database: frameworks, role profiles (and the demo organisation with --demo)",
            details: """
                Creates the database at --db (or $SKILLS_DB, or the XDG default) with mode 0600,
                loads the shipped frameworks and role profiles, and makes you (the OS login that
                runs it) its first admin. Refuses to touch an existing file.
                """,
            options: ["--demo": "also load the demo organisation from seeds/demo (anyone may use --as in it)"]),
        "staff list": CommandHelp(
            summary: "list the people you may see (one team with --team)",
            details: "Staff see themselves; leads their teams; hr and admins everyone. --format csv writes the staff import format.",
            options: [
                "--team": "only this team",
                "--all": "include inactive people",
                "--format": "text or csv",
            ]),
        "staff import": CommandHelp(
            summary: "add or update people from a CSV file (admin); --dry-run shows what would change",
            details: """
                Columns (header required, any order): login,name,email,team,role,lead, and optionally
                team_name (- reads the file from standard input). email and lead may be left empty; lead is yes for a person who leads their
                team. A UTF-8 byte-order mark and CRLF line ends are fine.
                Every row is checked first; all problems are listed with their line numbers and
                nothing is written (exit 65). Otherwise the whole file is applied in one transaction:
                known logins are updated (never duplicated), new ones added, unknown teams created
                (named by team_name, else by their id). With a lead column, each person in the file
                leads their own team if marked and nothing otherwise.
                --deactivate-missing marks active people who are not in the file inactive; nobody is
                deleted and ratings stay.
                """,
            options: [
                "--dry-run": "check the file and print what would change; write nothing",
                "--deactivate-missing": "mark people who are not in the file inactive",
            ]),
        "gateway": CommandHelp(
            summary: "serve one person over SSH: the forced command of their key (written by `access add`)",
            details: """
                Run by sshd for a key line such as
                  restrict,pty,command="/usr/bin/skills-tui gateway wli" ssh-ed25519 AAAA...
                The person is LOGIN, whatever they send. Without a command and with a terminal
                (ssh -t) they get the terminal UI; without a terminal, a list of what they may run.
                A command they send (SSH_ORIGINAL_COMMAND) is split into words like a shell would,
                but nothing is expanded and ; | & $ ` < > and line breaks are refused; --as, --db,
                --output, init, generate, demo, backup and access are refused too. The database
                comes from the configuration file (default /etc/skills-tui/config, which only
                root or the service account may be able to change); SKILLS_*, XDG_* and HOME are
                ignored. An unknown or inactive login is refused with exit 77.
                """,
            options: ["--config": "the configuration file (default \(GatewayConfiguration.defaultPath))"]),
    ]
}
