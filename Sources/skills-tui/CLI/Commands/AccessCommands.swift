import Foundation
import SkillsMatrix

/// `access add | list | revoke`: who may reach the database over SSH, kept in skills-tui's
/// own block of the service account's `authorized_keys` (admins, on the server).
enum AccessCommands {
    static let configOption = OptionSpec.value("--config", "FILE")

    static let add = CommandSpec(
        words: ["access", "add"], argumentsUsage: "LOGIN KEYFILE|-", positionalCount: 2...2,
        options: [configOption],
        run: { invocation in
            let login = invocation.positionals[0]
            guard OrganisationCSV.isValidLogin(login) else { throw GatewayError.invalidLogin(login) }
            let (bytes, file) = try InputSource.read(invocation.positionals[1])
            let key = try SSHPublicKey.read(bytes, file: file)
            let setup = try AccessSetup(invocation)
            let workspace = try setup.openWorkspace(invocation)
            try workspace.checkKeyMayBeAdded(for: login)
            let added = try AuthorizedKeysFile.withLock(setup.keysPath) {
                var keys = try AuthorizedKeysFile.read(setup.keysPath)
                guard try keys.add(key, login: login, at: Date(), by: workspace.actor.realLogin) else { return false }
                try workspace.recordAccessChange(.addKey, login: login, keys: [key]) {
                    try AuthorizedKeysFile.write(keys, to: setup.keysPath, forcedCommand: setup.forcedCommand)
                }
                return true
            }
            let (described, words) = (describe(key), invocation.language.messages.commandOutputs)
            try invocation.emit(
                (added
                    ? words.keyAdded(login: login, key: described, file: setup.keysPath, account: setup.account)
                    : words.keyAlreadyThere(login: login, key: described)) + "\n")
            return ExitStatus.success
        })

    static let list = CommandSpec(
        words: ["access", "list"], argumentsUsage: "", positionalCount: 0...0,
        options: [configOption],
        run: { invocation in
            let setup = try AccessSetup(invocation)
            try setup.openWorkspace(invocation).checkMayViewAccess()
            let entries = try AuthorizedKeysFile.read(setup.keysPath).entries
            let words = invocation.language.messages.commandOutputs
            guard !entries.isEmpty else {
                try invocation.emit(words.noKeysYet(file: setup.keysPath) + "\n")
                return ExitStatus.success
            }
            var table = TextTable(words.keyColumns.map { TextTable.Column($0, maximumWidth: 80) })
            for entry in entries {
                let added = words.addedBy(time: addedFormat.string(from: entry.added), login: entry.addedBy)
                table.append([entry.login, entry.key.type, entry.key.fingerprint, entry.key.comment, added])
            }
            try invocation.emit(table.render())
            return ExitStatus.success
        })

    static let revoke = CommandSpec(
        words: ["access", "revoke"], argumentsUsage: "LOGIN", positionalCount: 1...1,
        options: [configOption, .value("--key", "FINGERPRINT")],
        run: { invocation in
            let login = invocation.positionals[0]
            let setup = try AccessSetup(invocation)
            let workspace = try setup.openWorkspace(invocation)
            let removed = try AuthorizedKeysFile.withLock(setup.keysPath) {
                var keys = try AuthorizedKeysFile.read(setup.keysPath)
                let removed = try keys.revoke(login: login, fingerprint: invocation.value("--key"))
                try workspace.recordAccessChange(.revokeKey, login: login, keys: removed.map(\.key)) {
                    try AuthorizedKeysFile.write(keys, to: setup.keysPath, forcedCommand: setup.forcedCommand)
                }
                return removed
            }
            let words = invocation.language.messages.commandOutputs
            try invocation.emit(removed.map { words.keyRevoked(login: login, key: describe($0.key)) + "\n" }.joined())
            return ExitStatus.success
        })

    static let grant = CommandSpec(
        words: ["access", "grant"], argumentsUsage: "LOGIN hr|admin", positionalCount: 2...2,
        options: [configOption],
        run: { invocation in try changeRight(invocation, granting: true) })

    static let withdraw = CommandSpec(
        words: ["access", "withdraw"], argumentsUsage: "LOGIN hr|admin", positionalCount: 2...2,
        options: [configOption],
        run: { invocation in try changeRight(invocation, granting: false) })

    static let rights = CommandSpec(
        words: ["access", "rights"], argumentsUsage: "", positionalCount: 0...0,
        options: [configOption],
        run: { invocation in
            let records = try AccessSetup.openDatabaseOnly(invocation).grantedRights()
            let words = invocation.language.messages.commandOutputs
            var table = TextTable(words.rightColumns.map { TextTable.Column($0) })
            for record in records {
                table.append([record.login, record.right.rawValue, words.addedBy(time: addedFormat.string(from: record.grantedAt), login: record.grantedBy)])
            }
            try invocation.emit(table.render())
            return ExitStatus.success
        })

    @MainActor
    static func changeRight(_ invocation: Invocation, granting: Bool) throws -> Int32 {
        let login = invocation.positionals[0]
        guard let right = AccessRight(rawValue: invocation.positionals[1]) else {
            let value = invocation.positionals[1]
            throw UsageError(.notARight(value, granting: granting))
        }
        let workspace = try AccessSetup.openDatabaseOnly(invocation)
        let change = granting ? try workspace.grant(right, to: login) : try workspace.withdraw(right, from: login)
        let words = invocation.language.messages.commandOutputs
        let message: String
        switch change {
        case .granted: message = words.rightGranted(right.rawValue, login: login)
        case .withdrawn: message = words.rightWithdrawn(right.rawValue, login: login)
        case .unchanged: message = words.rightUnchanged(right.rawValue, login: login, holds: granting)
        }
        try invocation.emit(message + "\n")
        return ExitStatus.success
    }

    /// When a key was added or a right granted: "2026-11-24 09:30 UTC".
    static var addedFormat: DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return formatter
    }

    /// "ssh-ed25519 SHA256:... (wli@laptop)".
    static func describe(_ key: SSHPublicKey) -> String {
        "\(key.type) \(key.fingerprint)" + (key.comment.isEmpty ? "" : " (\(key.comment))")
    }
}
