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
            let described = describe(key)
            try invocation.emit(
                added
                    ? "Added \(login)'s key \(described) to \(setup.keysPath): \(login) now reaches skills-tui with ssh \(setup.account)@HOST\n"
                    : "\(login) already has the key \(described): nothing was changed\n")
            return ExitStatus.success
        })

    static let list = CommandSpec(
        words: ["access", "list"], argumentsUsage: "", positionalCount: 0...0,
        options: [configOption],
        run: { invocation in
            let setup = try AccessSetup(invocation)
            try setup.openWorkspace(invocation).checkMayViewAccess()
            let entries = try AuthorizedKeysFile.read(setup.keysPath).entries
            guard !entries.isEmpty else {
                try invocation.emit("No keys in \(setup.keysPath) yet: add one with `skills-tui access add LOGIN KEYFILE`\n")
                return ExitStatus.success
            }
            var table = TextTable(["Login", "Type", "Fingerprint", "Comment", "Added"].map { TextTable.Column($0, maximumWidth: 80) })
            for entry in entries {
                table.append([entry.login, entry.key.type, entry.key.fingerprint, entry.key.comment, "\(addedFormat.string(from: entry.added)) by \(entry.addedBy)"])
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
            try invocation.emit(removed.map { "Revoked \(login)'s key \(describe($0.key)): it no longer reaches skills-tui\n" }.joined())
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
            var table = TextTable([TextTable.Column("Login"), TextTable.Column("Right"), TextTable.Column("Granted")])
            for record in try AccessSetup.openDatabaseOnly(invocation).grantedRights() {
                table.append([record.login, record.right.rawValue, "\(addedFormat.string(from: record.grantedAt)) by \(record.grantedBy)"])
            }
            try invocation.emit(table.render())
            return ExitStatus.success
        })

    @MainActor
    static func changeRight(_ invocation: Invocation, granting: Bool) throws -> Int32 {
        let login = invocation.positionals[0]
        guard let right = AccessRight(rawValue: invocation.positionals[1]) else {
            throw UsageError("the right must be hr or admin, not \"\(invocation.positionals[1])\"; usage: skills-tui access \(granting ? "grant" : "withdraw") LOGIN hr|admin")
        }
        let workspace = try AccessSetup.openDatabaseOnly(invocation)
        let change = granting ? try workspace.grant(right, to: login) : try workspace.withdraw(right, from: login)
        let message: String
        switch change {
        case .granted: message = "Granted \(right.rawValue) to \(login)"
        case .withdrawn: message = "Withdrew \(right.rawValue) from \(login)"
        case .unchanged: message = "\(login) \(granting ? "already holds" : "does not hold") \(right.rawValue): nothing was changed"
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
