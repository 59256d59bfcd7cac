import Testing
@testable import SkillsMatrix

@Suite("Collation")
struct CollationTests {
    static let names = ["Åse", "Øystein", "Ærlig", "Zara", "Anders", "ola", "Émile", "Ørjan", "Åge", "Bjørn", "Björn", "aaron"]

    @Test("Norwegian: Æ, Ø, Å after Z in that order, case and accents folded, ä and ö as æ and ø")
    func norwegian() {
        let sorted = Self.names.sorted(by: Collation.norwegian.precedes)
        #expect(sorted == ["aaron", "Anders", "Bjørn", "Björn", "Émile", "ola", "Zara", "Ærlig", "Øystein", "Ørjan", "Åge", "Åse"]
            || sorted == ["aaron", "Anders", "Björn", "Bjørn", "Émile", "ola", "Zara", "Ærlig", "Ørjan", "Øystein", "Åge", "Åse"])
        #expect(Collation.norwegian.precedes("Zorro", "Ærlig"))
        #expect(Collation.norwegian.precedes("Ærlig", "Øyvind"))
        #expect(Collation.norwegian.precedes("Øyvind", "Åse"))
        #expect(Collation.norwegian.precedes("åse", "Åsmund"))
    }

    @Test("Norwegian order is total: equal keys fall back to character code, so sorting is the same every time")
    func total() {
        #expect(Collation.norwegian.precedes("Bjørn", "Björn") != Collation.norwegian.precedes("Björn", "Bjørn"))
        #expect(!Collation.norwegian.precedes("Åse", "Åse"))
        // A decomposed å (a + combining ring) sorts as the precomposed one.
        #expect(Collation.norwegian.precedes("Zara", "A\u{30A}se"))
    }

    @Test("sorting a list by name, then by login, agrees with precedes")
    func sortedByName() {
        struct Named { let name: String, login: String }
        let people = [Named(name: "Åse", login: "b"), Named(name: "Åse", login: "a"), Named(name: "Zara", login: "z")]
        let sorted = Collation.norwegian.sorted(people, by: \.name, then: \.login).map(\.login)
        #expect(sorted == ["z", "a", "b"])
        #expect(Collation.asListed.sorted(people, by: \.name, then: \.login).map(\.login) == ["b", "a", "z"])
    }

    @Test("as listed: English keeps the engine's order, by character code")
    func asListed() {
        #expect(Self.names.sorted(by: Collation.asListed.precedes) == Self.names.sorted())
    }
}
