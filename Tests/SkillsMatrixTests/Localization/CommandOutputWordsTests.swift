import Foundation
@testable import SkillsMatrix
import Testing

/// The command line's own words and the SSH gateway's: every one translated, each
/// message one line, what a person types (commands, options) kept as typed, and the
/// overdue reminder in the language's words and dates.
@Suite("Command and gateway words")
struct CommandOutputWordsTests {
    /// One example of every text, in the protocol's order (the help's heading and footer,
    /// which are several lines, are tested on their own).
    static func messages(_ words: any CommandOutputWords) -> [String] {
        let due = Date(timeIntervalSince1970: 1_795_219_200)  // 2026-11-21
        return [
            words.shellCharacter(";", inDoubleQuotes: false), words.shellCharacter("$", inDoubleQuotes: true),
            words.controlCharacter(code: nil), words.controlCharacter(code: "1B"), words.unclosedQuote("'"),
            words.commandTooLong(bytes: 102_400, limit: 16_384), words.fileTransferRefused, words.commandNotOffered("backup"),
            words.asRefused(login: "wli"), words.databaseOptionRefused, words.outputOptionRefused("--output"), words.fileOnServer("/etc/passwd"),
            words.standardInputTwice, words.invalidLogin("a b"), words.noConfiguration(path: "/etc/skills-tui/config"),
            words.unsafeConfiguration(path: "/etc/skills-tui/config", folder: nil, ownedByAnother: true),
            words.unsafeConfiguration(path: "/etc/skills-tui/config", folder: "/etc/skills-tui", ownedByAnother: false),
            words.noDatabaseConfigured(path: "/etc/skills-tui/config"), words.unsafeCommandPath("/opt/my tools/skills-tui"),
            words.overdueReminder(cycle: "2026 winter review", due: due, done: 3, total: 12, destination: "skills@host"),
            words.keyAdded(login: "wli", key: "ssh-ed25519 SHA256:abc", file: "/srv/.ssh/authorized_keys", account: "skills"),
            words.keyAlreadyThere(login: "wli", key: "ssh-ed25519 SHA256:abc"), words.noKeysYet(file: "/srv/.ssh/authorized_keys"),
            words.keyColumns.joined(separator: " "), words.addedBy(time: "2026-11-24 09:30 UTC", login: "admin"),
            words.keyRevoked(login: "wli", key: "ssh-ed25519 SHA256:abc"), words.rightColumns.joined(separator: " "),
            words.rightGranted("hr", login: "pnair"), words.rightWithdrawn("hr", login: "pnair"),
            words.rightUnchanged("hr", login: "pnair", holds: true), words.rightUnchanged("hr", login: "pnair", holds: false),
            words.migrated(from: "a.sqlite", to: "postgresql://db/skills", tables: 21), words.rowsWord, words.theCopy("b.sqlite"),
        ]
    }

    @Test("every message is one line, without control characters, and translated", arguments: Language.allCases.filter { $0 != .en })
    func translated(language: Language) {
        let words = Self.messages(language.messages.commandOutputs)
        let english = Self.messages(Language.en.messages.commandOutputs)
        #expect(words.count == english.count)
        for (translated, original) in zip(words, english) {
            #expect(!translated.trimmingCharacters(in: .whitespaces).isEmpty)
            #expect(!translated.unicodeScalars.contains { $0.value < 0x20 }, "\(translated)")
            #expect(translated != original, "not translated: \(original)")
        }
    }

    @Test("what a person types stays as typed in every language: commands, options, placeholders the parser knows")
    func typedWordsKept() {
        for language in Language.allCases {
            let words = language.messages.commandOutputs
            #expect(words.fileTransferRefused.contains("ssh HOST frameworks import - <"))
            #expect(words.commandNotOffered("backup").contains("`backup`"))
            #expect(words.commandNotOffered("backup").contains("`ssh HOST --help`"))
            #expect(words.asRefused(login: "wli").hasPrefix("--as "))
            #expect(words.noKeysYet(file: "/k").contains("`skills-tui access add LOGIN KEYFILE`"))
        }
    }

    @Test("the overdue reminder names the cycle, its due day as the language writes dates, the count and how to open the walk-through")
    func reminder() {
        let due = Date(timeIntervalSince1970: 1_795_219_200)
        let english = Language.en.messages.commandOutputs.overdueReminder(cycle: "2026 winter review", due: due, done: 3, total: 12, destination: "skills@host")
        #expect(english == "Reminder: review cycle 2026 winter review was due 2026-11-21; you have done 3 of 12 items. Open the walk-through: ssh -t skills@host")
        let bokmal = Language.nb.messages.commandOutputs.overdueReminder(cycle: "2026 winter review", due: due, done: 3, total: 12, destination: "skills@host")
        #expect(bokmal == "Påminnelse: kartleggingsrunden 2026 winter review hadde frist 21.11.2026; du har gjort 3 av 12 punkter. Åpne egenvurderingen: ssh -t skills@host")
    }

    @Test("the gateway's help: who one is, how to open the UI, and how files travel, in each language")
    func gatewayHelp() {
        let english = Language.en.messages.commandOutputs
        #expect(english.gatewayHelpHeading(name: "Wei Li (wli)", access: "staff", destination: "s@h", ssh: "ssh s@h")
            .hasPrefix("skills-tui over SSH: you are Wei Li (wli) · staff\n\n  ssh -t s@h\n      open the terminal UI\n  ssh s@h COMMAND\n"))
        let bokmal = Language.nb.messages.commandOutputs
        let heading = bokmal.gatewayHelpHeading(name: "Wei Li (wli)", access: "ansatt", destination: "s@h", ssh: "ssh s@h")
        #expect(heading.hasPrefix("skills-tui over SSH: du er Wei Li (wli) · ansatt\n\n  ssh -t s@h\n"))
        #expect(heading.contains("  ssh s@h KOMMANDO\n"))
        let footer = bokmal.gatewayHelpFooter(ssh: "ssh s@h")
        #expect(footer.contains("ssh s@h frameworks import - < pm.csv"))
        #expect(footer.contains("ssh s@h report gaps --format csv > gaps.csv"))
        #expect(footer != english.gatewayHelpFooter(ssh: "ssh s@h"))
    }
}
