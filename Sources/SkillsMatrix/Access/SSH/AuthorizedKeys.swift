import Foundation

/// The block of an OpenSSH `authorized_keys` file that `skills-tui access` owns: one key
/// line per person's key, each pinned to `skills-tui gateway LOGIN` with `restrict,pty`.
///
/// Every line outside the block is kept byte for byte, so the file can go on holding an
/// administrator's own keys. Inside it, each key line is preceded by a comment saying
/// whose key it is, when it was added and by whom. A line in the block that `access` did
/// not write is refused rather than dropped or rewritten: nobody's hand edit disappears
/// silently. A pure value: reading and writing the file is the front end's business.
public struct AuthorizedKeys: Sendable {
    /// One person's key.
    public struct Entry: Hashable, Sendable {
        public let login: String
        public let key: SSHPublicKey
        public let added: Date
        /// The login that ran `access add`.
        public let addedBy: String
    }

    /// The file, for messages.
    public let path: String
    public private(set) var entries: [Entry]
    private let linesBefore: [String]
    private let linesAfter: [String]
    /// How many lines the block took in the file as read (0: there was none).
    private let blockLineCount: Int

    static let beginMarker = "# >>> skills-tui access: the lines down to the end marker are written by `skills-tui access`; change them with it"
    static let endMarker = "# <<< skills-tui access"
    private static let entryPrefix = "# skills-tui key: "
    /// The options every key line carries: no forwarding of any kind, no ~/.ssh/rc, a
    /// terminal for the TUI, and the gateway instead of a shell.
    static let keyOptionsPrefix = "restrict,pty,command=\""

    // MARK: - Reading

    /// Reads the text of an `authorized_keys` file (empty when there is none yet).
    /// - Throws: `SkillsError.editedKeyBlock` for a line in the block that `access` did
    ///   not write, `.unterminatedKeyBlock` for a block without its end marker.
    public init(parsing text: String, path: String) throws {
        self.path = path
        var lines = FileLines.split(text)
        if lines.last == "" { lines.removeLast() }
        guard let begin = lines.firstIndex(where: Self.isBeginMarker) else {
            (linesBefore, entries, linesAfter, blockLineCount) = (lines, [], [], 0)
            return
        }
        guard let end = lines[begin...].firstIndex(where: { FileLines.withoutCarriageReturn($0) == Self.endMarker }) else {
            throw SkillsError.unterminatedKeyBlock(path: path, line: begin + 1)
        }
        if let second = lines[(end + 1)...].firstIndex(where: Self.isBeginMarker) {
            throw SkillsError.editedKeyBlock(path: path, line: second + 1)
        }
        var entries: [Entry] = []
        var index = begin + 1
        while index < end {
            guard index + 1 < end,
                let entry = Self.entry(about: FileLines.withoutCarriageReturn(lines[index]), keyLine: FileLines.withoutCarriageReturn(lines[index + 1]))
            else {
                throw SkillsError.editedKeyBlock(path: path, line: index + 1)
            }
            entries.append(entry)
            index += 2
        }
        (linesBefore, self.entries, linesAfter) = (Array(lines[..<begin]), entries, Array(lines[(end + 1)...]))
        blockLineCount = end - begin + 1
    }

    private static func isBeginMarker(_ line: String) -> Bool { line.hasPrefix("# >>> skills-tui access") }

    /// An entry from its comment (`# skills-tui key: LOGIN added TIME by LOGIN`) and its
    /// key line, or nil unless both are as `access` writes them.
    private static func entry(about comment: String, keyLine: String) -> Entry? {
        guard comment.hasPrefix(entryPrefix) else { return nil }
        let words = comment.dropFirst(entryPrefix.count).split(separator: " ").map(String.init)
        guard words.count == 5, words[1] == "added", words[3] == "by",
            let added = ISO8601DateFormatter().date(from: words[2]), keyLine.hasPrefix(keyOptionsPrefix)
        else { return nil }
        let afterOptions = keyLine.dropFirst(keyOptionsPrefix.count)
        guard let closingQuote = afterOptions.firstIndex(of: "\"") else { return nil }
        let command = afterOptions[..<closingQuote].split(separator: " ").map(String.init)
        let rest = afterOptions[afterOptions.index(after: closingQuote)...]
        guard let gateway = command.firstIndex(of: "gateway"), command.indices.contains(gateway + 1),
            command[gateway + 1] == words[0], rest.hasPrefix(" "),
            let key = try? SSHPublicKey.parse(line: String(rest.dropFirst()))
        else { return nil }
        return Entry(login: words[0], key: key, added: added, addedBy: words[4])
    }

    // MARK: - Changing

    /// Adds `key` for `login`.
    /// - Returns: false when `login` already has this key (nothing changes).
    /// - Throws: `SkillsError.keyAlreadyMapped` when the key lets someone else in;
    ///   `.keyOutsideBlock` when the file already holds it outside the block, where sshd
    ///   would find that line (and its options, or none) first.
    public mutating func add(_ key: SSHPublicKey, login: String, at time: Date, by administrator: String) throws -> Bool {
        if let existing = entries.first(where: { $0.key.blob == key.blob }) {
            if existing.login == login { return false }
            throw SkillsError.keyAlreadyMapped(fingerprint: key.fingerprint, login: existing.login)
        }
        if let line = lineOutsideBlock(holding: key) {
            throw SkillsError.keyOutsideBlock(fingerprint: key.fingerprint, path: path, line: line)
        }
        entries.append(Entry(login: login, key: key, added: time, addedBy: administrator))
        return true
    }

    /// Removes `login`'s key with `fingerprint`, or all their keys when it is nil.
    /// - Returns: the entries removed.
    /// - Throws: `SkillsError.noSuchKey` when there is nothing to remove.
    public mutating func revoke(login: String, fingerprint: String?) throws -> [Entry] {
        let removed = entries.filter { $0.login == login && (fingerprint == nil || $0.key.fingerprint == fingerprint) }
        guard !removed.isEmpty else { throw SkillsError.noSuchKey(login: login, fingerprint: fingerprint) }
        entries.removeAll { removed.contains($0) }
        return removed
    }

    /// The 1-based line outside the block that holds `key`, if any.
    func lineOutsideBlock(holding key: SSHPublicKey) -> Int? {
        for (index, line) in linesBefore.enumerated() where Self.blob(in: line) == key.blob { return index + 1 }
        for (index, line) in linesAfter.enumerated() where Self.blob(in: line) == key.blob {
            return linesBefore.count + blockLineCount + index + 1
        }
        return nil
    }

    /// The key data on an `authorized_keys` line written by anyone: the base64 word after
    /// the first word that names a key type.
    private static func blob(in line: String) -> [UInt8]? {
        guard !line.hasPrefix("#") else { return nil }
        let words = FileLines.withoutCarriageReturn(line).split(whereSeparator: { $0 == " " || $0 == "\t" })
        for (index, word) in words.enumerated().dropLast() where SSHPublicKey.acceptedTypes[String(word)] != nil {
            if let data = Data(base64Encoded: String(words[index + 1])) { return [UInt8](data) }
        }
        return nil
    }

    // MARK: - Writing

    /// The whole file: the lines outside the block as they were, and the block (left out
    /// when it holds no keys) where it stood, or at the end.
    /// - Parameter forcedCommand: the command for a login's key line, such as
    ///   `/usr/bin/skills-tui gateway wli`.
    public func rendered(forcedCommand: (String) -> String) -> String {
        var lines = linesBefore
        if !entries.isEmpty {
            let formatter = ISO8601DateFormatter()
            lines.append(Self.beginMarker)
            for entry in entries {
                lines.append(Self.entryPrefix + "\(entry.login) added \(formatter.string(from: entry.added)) by \(entry.addedBy)")
                lines.append(Self.keyOptionsPrefix + forcedCommand(entry.login) + "\" " + entry.key.line)
            }
            lines.append(Self.endMarker)
        }
        lines += linesAfter
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }
}
