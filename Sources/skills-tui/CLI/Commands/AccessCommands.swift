import Foundation
import SkillsMatrix

/// `access add | list | revoke`: who may reach the database over SSH, kept in skills-tui's
/// own block of the service account's `authorized_keys` (admins, on the server).
enum AccessCommands {
    static let configOption = OptionSpec.value(
        "--config", "FILE", "the gateway's configuration file (default \(GatewayConfiguration.defaultPath))")

    static let add = CommandSpec(
        words: ["access", "add"], argumentsUsage: "LOGIN KEYFILE|-", positionalCount: 2...2,
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
        summary: "list the SSH keys that reach the database: login, key type, fingerprint, comment, when added (admin)",
        details: "Reads skills-tui's block of the service account's authorized_keys; lines outside it are not listed.",
        options: [configOption],
        run: { invocation in
            let setup = try AccessSetup(invocation)
            try setup.openWorkspace(invocation).checkMayViewAccess()
            let entries = try AuthorizedKeysFile.read(setup.keysPath).entries
            guard !entries.isEmpty else {
                try invocation.emit("No keys in \(setup.keysPath) yet: add one with `skills-tui access add LOGIN KEYFILE`\n")
                return ExitStatus.success
            }
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_GB_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
            let rows = [["Login", "Type", "Fingerprint", "Comment", "Added"]]
                + entries.map { [$0.login, $0.key.type, $0.key.fingerprint, $0.key.comment, "\(formatter.string(from: $0.added)) by \($0.addedBy)"] }
            let widths = (0..<4).map { column in rows.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
            let text = rows.map { row in
                (0..<4).map { DisplayWidth.pad(row[$0], to: widths[$0]) }.joined(separator: "  ") + "  " + row[4]
            }.joined(separator: "\n")
            try invocation.emit(text + "\n")
            return ExitStatus.success
        })

    static let revoke = CommandSpec(
        words: ["access", "revoke"], argumentsUsage: "LOGIN", positionalCount: 1...1,
        summary: "stop LOGIN's SSH keys (or the one with --key FINGERPRINT) reaching the database (admin)",
        details: """
            Removes LOGIN's key lines from skills-tui's block of authorized_keys (every key of
            theirs, or only the one whose fingerprint `access list` shows), atomically, and writes
            one audit row per key. A connection already open stays open until it ends.
            """,
        options: [configOption, .value("--key", "FINGERPRINT", "only this key (SHA256:..., as `access list` shows it)")],
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

    /// "ssh-ed25519 SHA256:... (wli@laptop)".
    static func describe(_ key: SSHPublicKey) -> String {
        "\(key.type) \(key.fingerprint)" + (key.comment.isEmpty ? "" : " (\(key.comment))")
    }
}
