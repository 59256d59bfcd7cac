import Foundation
import Testing

/// `access grant | withdraw | rights` through the built binary: how an administrator on a
/// deployed host names HR's officers.
@Suite("access grant, withdraw and rights")
struct AccessRightsCommandTests {
    @Test("an admin grants hr, the grantee can then export, and withdrawing takes it back")
    func grantAndWithdraw() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let db = ["--db", runner.databasePath]
        #expect(try runner.run(db + ["export", "ratings", "--as", "wli"]).status == 77)

        let granted = try runner.run(db + ["access", "grant", "wli", "hr"])
        #expect(granted.status == 0, "\(granted.standardError)")
        #expect(granted.standardOutput == "Granted hr to wli\n")
        #expect(try runner.run(db + ["access", "grant", "wli", "hr"]).standardOutput == "wli already holds hr: nothing was changed\n")
        #expect(try runner.run(db + ["export", "ratings", "--as", "wli"]).status == 0)
        let rights = try runner.run(db + ["access", "rights"]).standardOutput.split(separator: "\n")
        #expect(rights.first?.hasPrefix("Login  Right  Granted") == true)
        #expect(rights.contains { $0.hasPrefix("wli    hr     ") && $0.hasSuffix(" by \(ProcessInfo.processInfo.userName)") })

        #expect(try runner.run(db + ["access", "withdraw", "wli", "hr"]).standardOutput == "Withdrew hr from wli\n")
        #expect(try runner.run(db + ["export", "ratings", "--as", "wli"]).status == 77)
    }

    @Test("mistakes and refusals: one line, the right status, nothing changed")
    func refusals() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let db = ["--db", runner.databasePath]
        let before = try runner.run(db + ["access", "rights"]).standardOutput
        let me = ProcessInfo.processInfo.userName
        let cases: [(arguments: [String], status: Int32, message: String)] = [
            (["access", "grant", "wli", "boss"], 64, "the right must be hr or admin, not \"boss\""),
            (["access", "grant", "ghost", "hr"], 65, "unknown login ghost"),
            (["access", "withdraw", me, "admin"], 65, "\(me) is the last admin"),
            (["access", "grant", "wli", "admin", "--as", "pnair"], 77, "pnair may not see, grant or withdraw the hr and admin rights"),
            (["access", "rights", "--as", "rdunn"], 77, "rdunn may not see, grant or withdraw"),
        ]
        for item in cases {
            let result = try runner.run(db + item.arguments)
            #expect(result.status == item.status, "\(item.arguments): \(result.standardError)")
            #expect(result.standardError.contains(item.message), "\(item.arguments): \(result.standardError)")
            #expect(result.standardError.split(separator: "\n").count == 1, "\(item.arguments)")
        }
        #expect(try runner.run(db + ["access", "rights"]).standardOutput == before)
    }
}
