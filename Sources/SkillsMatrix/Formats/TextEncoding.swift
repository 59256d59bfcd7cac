import Foundation

/// Which Unicode encoding a text file is in. Every file this tool reads must be UTF-8;
/// one saved as UTF-16 or UTF-32 ("Unicode" in some editors and in Excel) is recognised
/// and refused with advice for its kind of file, rather than misread as broken text.
enum TextEncoding: Hashable {
    case utf8, utf16LittleEndian, utf16BigEndian, utf32LittleEndian, utf32BigEndian

    /// The encoding of `bytes`: by its byte-order mark, or without one by the zero bytes
    /// that UTF-16 and UTF-32 put beside ASCII characters (as RFC 4627 guessed JSON's).
    static func of(_ bytes: [UInt8]) -> TextEncoding {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8 }
        if bytes.starts(with: [0xFF, 0xFE, 0, 0]) { return .utf32LittleEndian }
        if bytes.starts(with: [0, 0, 0xFE, 0xFF]) { return .utf32BigEndian }
        if bytes.starts(with: [0xFF, 0xFE]) { return .utf16LittleEndian }
        if bytes.starts(with: [0xFE, 0xFF]) { return .utf16BigEndian }
        guard bytes.count >= 4 else { return .utf8 }
        let isZero = bytes.prefix(4).map { $0 == 0 }
        switch (isZero[0], isZero[1], isZero[2], isZero[3]) {
        case (false, true, true, true): return .utf32LittleEndian
        case (true, true, true, false): return .utf32BigEndian
        case (false, true, false, true): return .utf16LittleEndian
        case (true, false, true, false): return .utf16BigEndian
        default: return .utf8
        }
    }

    var name: String {
        switch self {
        case .utf8: return "UTF-8"
        case .utf16LittleEndian, .utf16BigEndian: return "UTF-16"
        case .utf32LittleEndian, .utf32BigEndian: return "UTF-32"
        }
    }

    private var foundationEncoding: String.Encoding {
        switch self {
        case .utf8: return .utf8
        case .utf16LittleEndian: return .utf16LittleEndian
        case .utf16BigEndian: return .utf16BigEndian
        case .utf32LittleEndian: return .utf32LittleEndian
        case .utf32BigEndian: return .utf32BigEndian
        }
    }

    /// Refuses `bytes` unless they are UTF-8 (the checks of UTF-8 itself are the readers').
    /// - Throws: `InputFileError` naming the encoding found and how to save the file.
    static func requireUTF8(_ bytes: [UInt8], file: String, kind: TextFileKind) throws(InputFileError) {
        let encoding = of(bytes)
        guard encoding != .utf8 else { return }
        throw InputFileError(file: file, problem: .notUTF8(found: encoding.name, kind: kind))
    }

    /// The first character of `bytes` that is not white space, in whatever Unicode
    /// encoding they are: enough to tell JSON from CSV.
    static func firstVisibleCharacter(_ bytes: [UInt8]) -> Character? {
        let prefix = Array(bytes.prefix(4_096))
        let encoding = of(prefix)
        // A cut in the middle of a character spoils only the end of the prefix.
        let text = String(decoding: prefix, as: UTF8.self)
        let decoded = encoding == .utf8 ? text : (String(bytes: prefix.dropLast(prefix.count % 4), encoding: encoding.foundationEncoding) ?? "")
        return decoded.first { !$0.isWhitespace && $0 != "\u{FEFF}" }
    }
}
