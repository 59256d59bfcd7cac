import CPostgreSQL

/// The parts of a PostgreSQL URL that messages name, read by libpq's own parser so that
/// what we show is what libpq will use. The password is never kept.
struct PostgresURL {
    var user: String?
    var host: String?
    var port: String?
    var database: String?

    /// - Throws: `.invalidDatabaseURL` for text libpq cannot read.
    init(_ url: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(url, &message) else {
            let detail = message.map { PostgresFailure.firstLine(String(cString: $0)) } ?? "out of memory"
            PQfreemem(message)
            throw SkillsError.invalidDatabaseURL(Self.withoutPassword(url), detail: detail)
        }
        defer { PQconninfoFree(options) }
        var option = options
        while let keyword = option.pointee.keyword {
            let value = option.pointee.val.map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
            switch String(cString: keyword) {
            case "user": user = value
            case "host": host = value
            case "hostaddr": host = host ?? value
            case "port": port = value
            case "dbname": database = value
            default: break
            }
            option += 1
        }
    }

    /// `postgresql://USER@HOST:PORT/DATABASE` with what the URL gave, no password.
    var displayName: String {
        "postgresql://" + (user.map { $0 + "@" } ?? "") + (host ?? "") + (port.map { ":" + $0 } ?? "") + "/" + (database ?? "")
    }

    /// `url` with anything between `://` and `@` after a `:` dropped, for the one message
    /// about a URL that could not be parsed.
    static func withoutPassword(_ url: String) -> String {
        guard let scheme = url.range(of: "://"), let at = url[scheme.upperBound...].firstIndex(of: "@") else { return url }
        let credentials = url[scheme.upperBound..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return url }
        return String(url[..<colon]) + ":***" + String(url[at...])
    }
}
