/// Plausible names for synthetic staff, an English council with Norwegian colleagues (as
/// the demo organisation, which has a secondee from Trondheim kommune), and the logins
/// made from them.
enum SyntheticNames {
    static let englishFirstNames = [
        "Margaret", "Helen", "Tom", "Daniel", "Anita", "Callum", "Lucy", "Sarah", "Mohammed", "Emma", "Jade", "Grace",
        "Robert", "Rachel", "Owen", "Fatima", "Liam", "Megan", "Priya", "James", "Oliver", "Amelia", "George", "Harry",
        "Sophie", "Jack", "Charlotte", "Isla", "Noah", "Aisha", "Chloe", "Ethan", "Hannah", "Ryan", "Zoe", "Samuel",
        "Bethan", "Rhys", "Niamh", "Conor", "Imran", "Joanne", "Paul", "Claire", "Gareth", "Nadia", "Stuart", "Kerry",
    ]
    static let norwegianFirstNames = [
        "Åse", "Bjørn", "Kjersti", "Håkon", "Ørjan", "Sølvi", "Tormod", "Ingrid", "Sigrid", "Kari", "Ola", "Lars", "Per",
        "Eirik", "Marit", "Ragnhild", "Øystein", "Geir", "Astrid", "Solveig", "Trond", "Knut", "Nils", "Hege", "Tone",
        "Ståle", "Jørgen", "Siv", "Liv", "Vegard", "Åsmund", "Torbjørn", "Mette", "Synnøve", "Bård", "Dag",
    ]
    static let englishSurnames = [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson",
        "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Patel", "Khan", "Ahmed",
        "Begum", "O'Connor", "Murphy", "Kelly", "Campbell", "Hughes", "Edwards", "Lewis", "Harris", "Martin", "Cooper",
        "Ward", "Turner", "Hill", "Morris", "Baker", "Marsh", "Ashworth", "Mensah", "Whitfield", "Dunn", "Price",
        "Lloyd", "Kowalski", "Nair",
    ]
    static let norwegianSurnames = [
        "Bjørnstad", "Sæther", "Ødegård", "Løvås", "Dæhli", "Bråten", "Haugen", "Hansen", "Johansen", "Olsen", "Larsen",
        "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Karlsen", "Berg", "Strøm", "Sørensen", "Lie", "Dahl", "Moen",
        "Solberg", "Bakken", "Eriksen", "Aas", "Næss", "Holm", "Kvåle", "Grønli", "Rønning", "Sætre", "Åsheim", "Vågen",
        "Myrvold", "Skjærvø",
    ]

    /// A display name; about one in four is Norwegian, and a few mix the two.
    static func name(_ random: inout SplitMix64) -> String {
        let norwegianFirst = random.chance(0.25)
        let norwegianSurname = random.chance(norwegianFirst ? 0.85 : 0.05)
        let first = random.pick(norwegianFirst ? norwegianFirstNames : englishFirstNames)
        let surname = random.pick(norwegianSurname ? norwegianSurnames : englishSurnames)
        return first + " " + surname
    }

    /// The login stem of a name as an OS user name would be made: the first letter of the
    /// first name and the surname, folded to lower-case ASCII letters (`Åse Bjørnstad` ->
    /// `abjornstad`, `Liam O'Connor` -> `loconnor`).
    static func loginStem(of name: String) -> String {
        let words = name.split(separator: " ")
        guard let first = words.first, let last = words.last else { return "user" }
        let stem = folded(String(first)).prefix(1) + folded(String(last))
        return stem.isEmpty ? "user" : String(stem)
    }

    /// Lower-case ASCII letters only: æ -> ae, ø -> o, å -> a; anything else is dropped.
    static func folded(_ text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            switch character {
            case "æ": result += "ae"
            case "ø", "ö", "ó": result += "o"
            case "å", "ä", "á": result += "a"
            case "é", "è": result += "e"
            default: if character.isASCII, character.isLetter { result.append(character) }
            }
        }
        return result
    }

    /// The e-mail domain of the invented council (as in the demo organisation).
    static let emailDomain = "example-council.gov.uk"

    static let departmentNames = [
        "Customer Services", "Digital Services", "Revenues and Benefits", "Adult Social Care", "Children's Services",
        "Education and Leisure", "Housing", "Planning", "Highways and Transport", "Libraries", "Environmental Health",
        "Waste and Recycling", "Finance", "Human Resources", "Legal and Democratic Services", "Property and Estates",
    ]

    /// Words for the teams of a department, by kind.
    static let teamWords = ["Project Office", "Contact Team", "Service Team", "Systems Team", "Support Desk", "Field Team"]

    static let notes = [
        "Completed the PRINCE2 Foundation course.", "Ran the team's risk workshop this quarter.",
        "Shadowed the project board for two stages.", "Helped residents with the new online forms.",
        "Wrote the service plan's IT section.", "Coached two colleagues on the templates.",
        "Took part in the digital inclusion workshop.", "Handled the supplier review meeting.",
        "Evidence is in the appraisal notes.", "Needs more practice on complex cases.",
    ]
}
