import Testing
@testable import skills_tui

@MainActor
@Suite("Argument parsing")
struct ArgumentParserTests {
    let commands = CommandLineTool.commands

    @Test("command words, options in any order, --name=value, and global options anywhere")
    func parsesCommands() throws {
        let parsed = try ArgumentParser.parse(
            ["--db", "x.sqlite", "report", "gaps", "--format=json", "--as", "ann", "--person", "bob"], commands: commands)
        #expect(parsed.command?.name == "report gaps")
        #expect(parsed.values == ["--format": "json", "--person": "bob"])
        #expect(parsed.globals == ["--db": "x.sqlite", "--as": "ann"])
        let rate = try ArgumentParser.parse(["rate", "PM.RISK.1", "3", "--note", "-- a note starting with dashes"], commands: commands)
        #expect(rate.command?.name == "rate")
        #expect(rate.positionals == ["PM.RISK.1", "3"])
        #expect(rate.values["--note"] == "-- a note starting with dashes")
    }

    @Test("no words means the TUI; a group alone is recognised")
    func defaults() throws {
        #expect(try ArgumentParser.parse([], commands: commands).command == nil)
        #expect(try ArgumentParser.parse(["report"], commands: commands).groupWords == ["report"])
        #expect(try ArgumentParser.parse(["report", "--help"], commands: commands).wantsHelp)
    }

    @Test("mistakes are usage errors that say what to do", arguments: [
        (["reprot"], "unknown command `reprot`"),
        (["report", "gapz"], "unknown command `report gapz`"),
        (["report", "gaps", "--colour"], "unknown option --colour for `report gaps`"),
        (["report", "gaps", "--format", "pdf"], "--format must be one of text, json, csv"),
        (["report", "gaps", "--format"], "--format needs a value"),
        // (`rate PM.RISK.1` is refused when it runs, since `rate --from FILE` takes no
        // COMPETENCY LEVEL: RatingLinesTests.usage.)
        (["backup"], "`backup` needs FILE"),
        (["rate", "PM.RISK.1", "3", "4"], "does not take \"4\""),
        (["report", "gaps", "--person", "a", "--person", "b"], "--person is given twice"),
        (["init", "--demo=yes"], "--demo takes no value"),
    ])
    func mistakes(arguments: [String], message: String) {
        do {
            _ = try ArgumentParser.parse(arguments, commands: commands)
            Issue.record("accepted \(arguments)")
        } catch {
            #expect(error.description.contains(message), "\(error.description)")
        }
    }

    @Test("every command in the command-line contract exists")
    func contract() {
        let names = Set(commands.map(\.name))
        for name in [
            "init", "demo", "frameworks list", "frameworks show", "frameworks validate", "staff list", "rate", "report gaps",
            "report heatmap", "report coverage", "report training-needs",
        ] {
            #expect(names.contains(name), "missing \(name)")
        }
    }
}
