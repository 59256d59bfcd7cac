import SkillsMatrix
import Testing
@testable import SkillsTUI

/// The building blocks every screen uses, each tested on its own against a cell buffer
/// (as ratatui tests its widgets): nothing here needs a screen, a database or a terminal.
@Suite("Components: line editor, list, columns, key map, search")
struct ComponentTests {
    // MARK: - Line editor

    static func typed(_ text: String, into editor: inout LineEditor) {
        for character in text { _ = editor.handle(.character(character)) }
    }

    @Test("the line editor moves, deletes by character, word and to either end, and keeps its limit")
    func lineEditorEditing() {
        var editor = LineEditor(prompt: "Note", limit: 20)
        Self.typed("helped three people", into: &editor)
        #expect(editor.text == "helped three people")
        #expect(editor.cursor == 19)
        _ = editor.handle(.control("w"))
        #expect(editor.text == "helped three ")
        _ = editor.handle(.control("w"))
        #expect(editor.text == "helped ")
        _ = editor.handle(.home)
        Self.typed("I ", into: &editor)
        #expect(editor.text == "I helped ")
        _ = editor.handle(.control("e"))
        Self.typed("4", into: &editor)
        _ = editor.handle(.left)
        _ = editor.handle(.left)
        _ = editor.handle(.backspace)
        #expect(editor.text == "I helpe 4")
        _ = editor.handle(.control("a"))
        _ = editor.handle(.delete)
        #expect(editor.text == " helpe 4")
        _ = editor.handle(.right)
        _ = editor.handle(.control("k"))
        #expect(editor.text == " ")
        Self.typed("abc", into: &editor)
        _ = editor.handle(.left)
        _ = editor.handle(.control("u"))
        #expect(editor.text == "c")
        #expect(editor.cursor == 0)
        // The limit, and no line break in a one-line field.
        Self.typed(String(repeating: "x", count: 40), into: &editor)
        #expect(editor.text.count == 20)
        var other = LineEditor(prompt: "p")
        _ = other.handle(.character("\n"))
        #expect(other.text.isEmpty)
        // Word moves.
        var words = LineEditor(prompt: "p", text: "one two three")
        _ = words.handle(.control("b"))
        #expect(words.cursor == 8)
        _ = words.handle(.control("b"))
        _ = words.handle(.control("f"))
        #expect(words.cursor == 7)
    }

    @Test("Enter confirms; Esc and Ctrl-C cancel; unknown keys do nothing and are not passed on")
    func lineEditorOutcomes() {
        var editor = LineEditor(prompt: "Note", text: "kept")
        #expect(!editor.isChanged)
        #expect(editor.handle(.character("!")) == .editing)
        #expect(editor.isChanged)
        #expect(editor.handle(.pageDown) == .editing)
        #expect(editor.handle(.tab) == .editing)
        #expect(editor.text == "kept!")
        var cancel = editor
        #expect(cancel.handle(.escape) == .cancelled)
        var interrupt = editor
        #expect(interrupt.handle(.control("c")) == .cancelled)
        #expect(editor.handle(.enter) == .confirmed("kept!"))
    }

    @Test("the line editor draws its prompt, the text and the cursor, scrolled to keep the cursor in view")
    func lineEditorDrawing() {
        var buffer = CellBuffer(width: 30, height: 1)
        let editor = LineEditor(prompt: "Find", text: "Åse")
        editor.draw(into: &buffer, x: 0, y: 0, width: 30)
        #expect(buffer.line(0) == " Find: Åse")
        #expect(buffer[10, 0].style == .cursor)
        #expect(buffer[1, 0].style == .heading)
        // A long text shows its end, with the cursor there, and a mark that more is before.
        var long = LineEditor(prompt: "Note", text: String(repeating: "abcdefghij", count: 5))
        buffer = CellBuffer(width: 30, height: 1)
        long.draw(into: &buffer, x: 0, y: 0, width: 30)
        #expect(buffer.line(0).hasSuffix("hij"))
        #expect(buffer.line(0).contains("…"))
        #expect(buffer[28, 0].style == .cursor)
        // Home shows the start again, cursor on the first character.
        _ = long.handle(.home)
        buffer = CellBuffer(width: 30, height: 1)
        long.draw(into: &buffer, x: 0, y: 0, width: 30)
        #expect(buffer.line(0).hasPrefix(" Note: abcdefghij"))
        #expect(buffer[7, 0].style == .cursor)
        // Wide characters take two columns and the cursor stays on screen.
        var wide = LineEditor(prompt: "Navn", text: String(repeating: "李", count: 30))
        buffer = CellBuffer(width: 30, height: 1)
        wide.draw(into: &buffer, x: 0, y: 0, width: 30)
        #expect((0..<30).contains { buffer[$0, 0].style == .cursor })
        _ = wide.handle(.home)
        _ = wide.handle(.right)
        buffer = CellBuffer(width: 30, height: 1)
        wide.draw(into: &buffer, x: 0, y: 0, width: 30)
        #expect(buffer[9, 0].style == .cursor)
    }

    // MARK: - List

    @Test("a list moves by one, a page, to either end and to a row; the window follows; the wheel scrolls")
    func listMovement() {
        var list = ListState()
        list.move(.up, count: 50, visible: 10)
        #expect(list == ListState(selection: 0, offset: 0))
        list.move(.pageDown, count: 50, visible: 10)
        #expect(list.selection == 9)
        list.move(.down, count: 50, visible: 10)
        #expect(list == ListState(selection: 10, offset: 1))
        list.move(.last, count: 50, visible: 10)
        #expect(list == ListState(selection: 49, offset: 40))
        list.move(.to(3), count: 50, visible: 10)
        #expect(list == ListState(selection: 3, offset: 3))
        list.move(.scrollDown, count: 50, visible: 10)
        #expect(list.offset == 6)
        #expect(list.selection == 6)
        list.move(.first, count: 50, visible: 10)
        #expect(list == ListState(selection: 0, offset: 0))
        // A list that shrinks keeps its selection on an item and in view.
        list = ListState(selection: 45, offset: 40)
        list.clamp(count: 5, visible: 10)
        #expect(list == ListState(selection: 4, offset: 0))
        list.clamp(count: 0, visible: 10)
        #expect(list == ListState(selection: 0, offset: 0))
        #expect(ListState(selection: 12, offset: 10).position(count: 50, visible: 10, words: Language.en.messages) == "11-20 of 50")
        #expect(ListState().position(count: 7, visible: 10, words: Language.en.messages) == "7")
    }

    @Test("the list view draws the window, marks and fills the selected row, and says when there is more or nothing")
    func listView() {
        var buffer = CellBuffer(width: 20, height: 6)
        let area = Rect(x: 0, y: 1, width: 20, height: 4)
        let list = ListState(selection: 3, offset: 2)
        ListView.draw(list, count: 10, in: area, into: &buffer, empty: "none") { buffer, index, y, selected in
            buffer.put("  item \(index)", x: 0, y: y, style: selected ? .selected : .normal)
        }
        #expect(buffer.line(1).hasPrefix("  item 2"))
        #expect(buffer.line(2).hasPrefix("▸ item 3"))
        #expect(buffer.line(4).hasPrefix("  item 5"))
        #expect((0..<20).allSatisfy { buffer[$0, 2].style == .selected })
        #expect(buffer.line(1).hasSuffix("↑"))
        #expect(buffer.line(4).hasSuffix("↓"))
        #expect(ListView.item(atY: 3, list, count: 10, in: area) == 4)
        #expect(ListView.item(atY: 0, list, count: 10, in: area) == nil)
        var empty = CellBuffer(width: 20, height: 3)
        ListView.draw(ListState(), count: 0, in: Rect(x: 0, y: 0, width: 20, height: 3), into: &empty, empty: "Nothing here.") { _, _, _, _ in }
        #expect(empty.line(0) == "  Nothing here.")
    }

    @Test("items of two rows: the window holds half as many, the selection fills both rows, and a click on either row is that item")
    func listViewTwoRows() {
        var buffer = CellBuffer(width: 20, height: 8)
        // Seven rows hold three items of two; the odd row stays empty.
        let area = Rect(x: 0, y: 1, width: 20, height: 7)
        #expect(ListView.visibleItems(in: area, rowsPerItem: 2) == 3)
        var list = ListState()
        list.move(.to(4), count: 10, visible: ListView.visibleItems(in: area, rowsPerItem: 2))
        #expect(list == ListState(selection: 4, offset: 2))
        ListView.draw(list, count: 10, in: area, into: &buffer, empty: "none", rowsPerItem: 2) { buffer, index, y, selected in
            buffer.put("  item \(index)", x: 0, y: y, style: selected ? .selected : .normal)
            buffer.put("    under \(index)", x: 0, y: y + 1, style: selected ? .selected : .normal)
        }
        #expect(buffer.line(1).hasPrefix("  item 2"))
        #expect(buffer.line(2).hasPrefix("    under 2"))
        #expect(buffer.line(5).hasPrefix("▸ item 4"))
        #expect(buffer.line(6).hasPrefix("    under 4"))
        #expect((0..<20).allSatisfy { buffer[$0, 5].style == .selected && buffer[$0, 6].style == .selected })
        #expect(buffer.line(7).trimmingCharacters(in: .whitespaces) == "↓")
        for (y, item) in [(1, 2), (2, 2), (3, 3), (4, 3), (5, 4), (6, 4)] {
            #expect(ListView.item(atY: y, list, count: 10, in: area, rowsPerItem: 2) == item, "row \(y)")
        }
        #expect(ListView.item(atY: 7, list, count: 10, in: area, rowsPerItem: 2) == nil)
        #expect(ListView.item(atY: 0, list, count: 10, in: area, rowsPerItem: 2) == nil)
    }

    // MARK: - Columns

    @Test("columns: fixed widths, flexible ones sharing the room in order, and a style per column")
    func columns() {
        let layout = ColumnLayout([
            .init("Name", .flexible(minimum: 10, maximum: 20)), .init("Ready", .fixed(5), alignRight: true),
            .init("Notes", .flexible(minimum: 5, maximum: nil)),
        ], gap: 1, indent: 2)
        #expect(layout.frames(width: 40).map(\.x) == [2, 23, 29])
        #expect(layout.frames(width: 40).map(\.width) == [20, 5, 10])
        #expect(layout.frames(width: 25).map(\.width) == [10, 5, 5])
        var buffer = CellBuffer(width: 40, height: 2)
        layout.drawHeader(into: &buffer, y: 0)
        layout.draw(["Åse Bjørnstad", "90%", "a long note that will not fit"], into: &buffer, y: 1, styles: [1: .gapMet])
        #expect(buffer.line(0) == "  Name                 Ready Notes")
        #expect(buffer.line(1) == "  Åse Bjørnstad          90% a long no…")
        #expect(buffer[25, 1].style == .gapMet)
        #expect(buffer[2, 1].style == .normal)
        #expect(buffer[2, 0].style == .heading)
        // Growing Notes before Name: the room left goes to Notes first; the places stay in listing order.
        let notesFirst = ColumnLayout(layout.columns, gap: 1, indent: 2, growthOrder: [2, 0])
        #expect(notesFirst.frames(width: 40).map(\.width) == [10, 5, 20])
        #expect(notesFirst.frames(width: 40).map(\.x) == [2, 13, 19])
    }

    // MARK: - Key map

    @Test("a key map: the first binding that matches wins, digits and typing are families, hints come from it")
    func keyMap() {
        enum Act: Hashable, Sendable {
            case level(Int), type(Character), a, b
        }
        let map = KeyMap<Act>([
            KeyBinding("a", "first", .a),
            KeyBinding([.key(.character("a")), .key(.character("b"))], "a/b", "second", statusBar: false, .b),
            KeyBinding([.digits(0...4)], "0-4", "level") { $0.digit.map(Act.level) },
            KeyBinding([.printable], "letters", "type") { $0.character.map(Act.type) },
        ])
        #expect(map.action(for: .character("a")) == .a)
        #expect(map.action(for: .character("b")) == .b)
        #expect(map.action(for: .character("3")) == .level(3))
        #expect(map.action(for: .character("7")) == .type("7"))
        #expect(map.action(for: .character("å")) == .type("å"))
        #expect(map.action(for: .enter) == nil)
        #expect(map.action(for: .control("c")) == nil)
        #expect(map.hints == [KeyHint("a", "first"), KeyHint("a/b", "second", short: false), KeyHint("0-4", "level"), KeyHint("letters", "type")])
        let forwarded = map.forwarding { Act.type($0.character ?? "?") }
        #expect(forwarded.action(for: .character("b")) == .type("b"))
        #expect(forwarded.hints == map.hints)
    }

    // MARK: - Search and order

    @Test("search ignores case and accents, and spells letters without accents as typed: ase finds Åse")
    func searchText() {
        #expect(SearchText.matches("Åse Bjørnstad", query: "ase"))
        #expect(SearchText.matches("Åse Bjørnstad", query: "BJORN"))
        #expect(SearchText.matches("Kjersti Ødegård", query: "odegard"))
        #expect(SearchText.matches("Ærlig Æsa", query: "aerlig"))
        #expect(SearchText.matches("Bjørn Sæther", query: "sæther"))
        #expect(SearchText.matches("Zoë Müller", query: "zoe muller"))
        #expect(SearchText.matches("Straße", query: "strasse"))
        #expect(SearchText.matches("Łukasz", query: "lukasz"))
        #expect(SearchText.matches("李伟", query: "伟"))
        #expect(!SearchText.matches("Anita Patel", query: "ase"))
        #expect(SearchText.matches("anything", query: ""))
        let texts = FoldedTexts(["Åse Bjørnstad", "Anita Patel", "Håkon Løvås"])
        #expect(texts.matches("LØV") == [false, false, true])
        #expect(texts.matches("a") == [true, true, true])
    }

    @Test("names sort as a Norwegian reads them: case and accents aside, Æ Ø Å after Z, space first")
    func collation() {
        let names = ["Åse", "zoe", "Øystein", "Ærlig", "anne", "Émile", "Zahid", "Anna", "Ann Berg", "Erik", "Ödön", "Ärla", "李伟", "Łukasz", "Lars"]
        let sorted = names.sorted { CollationKey($0) < CollationKey($1) }
        #expect(sorted == ["Ann Berg", "Anna", "anne", "Émile", "Erik", "Lars", "Łukasz", "Zahid", "zoe", "Ärla", "Ærlig", "Ödön", "Øystein", "Åse", "李伟"])
        // Equal names are told apart by login, and the order is total.
        let people = [Person(login: "b", name: "Kim", teamID: "t", roleID: "r"), Person(login: "a", name: "Kim", teamID: "t", roleID: "r")]
        #expect(people.sortedForListing().map(\.login) == ["a", "b"])
        #expect(CollationKey("Anne") != CollationKey("anne"))
    }

    @Test("the fast listing sort is the collation key's order for every kind of name: long shared prefixes, namesakes, accents, other scripts")
    func listingSortAgreesWithKeys() {
        let names = [
            "Kim", "kim", "Kim Berg", "Kim  Berg", "Kim-Berg", "Alexandra Montgomery-Smith", "Alexandra Montgomery-Smythe",
            "Alexandra Montgomery", "Åse Bjørnstad", "Ase Bjornstad", "Ærlig", "Zahid", "Émile", "Emile", "李伟", "Łukasz",
            "Lukasz", "0 Zero", "Straße", "Strasse", "Anne-Marie Østergaard Johansen", "Anne-Marie Ostergaard Johansen", "",
        ]
        var people: [Person] = []
        for (index, name) in names.enumerated() {
            // Namesakes whose logins differ by case and by length, so the login decides.
            for login in ["b\(index)", "B\(index)x", "a\(index)"] {
                people.append(Person(login: login, name: name, teamID: "t", roleID: "r"))
            }
        }
        let expected = people.sorted { $0.collationKey < $1.collationKey }.map(\.login)
        #expect(people.sortedForListing().map(\.login) == expected)
        #expect(people.reversed().sortedForListing().map(\.login) == expected)
        // The first few alone, for every cut (through runs of namesakes too): the same people
        // in the same order as the head of the whole order.
        for pairs in [people.map { (login: $0.login, name: $0.name) }, people.reversed().map { (login: $0.login, name: $0.name) }] {
            for count in 0...(pairs.count + 1) {
                #expect(pairs.listingOrder(first: count).map { pairs[$0].login } == Array(expected.prefix(count)), "first \(count)")
            }
        }
    }

    @Test("counts agree with their nouns")
    func counted() {
        #expect(Counted.text(1, "person", "people") == "1 person")
        #expect(Counted.text(2, "person", "people") == "2 people")
        #expect(Counted.text(576_868, "need", "needs", grouped: true) == "576,868 needs")
        #expect(Counted.group(999) == "999")
        #expect(Counted.group(1_000) == "1,000")
    }
}
