// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "skills-tui",
    products: [
        .executable(name: "skills-tui", targets: ["skills-tui"]),
        .executable(name: "skills-bench", targets: ["skills-bench"]),
        .library(name: "SkillsMatrix", targets: ["SkillsMatrix"]),
        .library(name: "SkillsTUI", targets: ["SkillsTUI"]),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            path: "Sources/CSQLite",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CNcurses",
            path: "Sources/CNcurses",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // libpq, for organisations that keep the data in PostgreSQL (`--db postgresql://...`).
        .systemLibrary(
            name: "CPostgreSQL",
            path: "Sources/CPostgreSQL",
            providers: [.apt(["libpq-dev"])]
        ),
        // libc's wcwidth, which Swift's Glibc module hides: display widths of names such as 李伟.
        .systemLibrary(
            name: "CWChar",
            path: "Sources/CWChar"
        ),
        .target(
            name: "SkillsMatrix",
            dependencies: ["CSQLite", "CPostgreSQL", "CWChar"]
        ),
        // The TUI without a terminal: state, reducer, views into a cell buffer, effects.
        // Only the executable's TUI/TerminalBackend.swift touches ncurses.
        .target(
            name: "SkillsTUI",
            dependencies: ["SkillsMatrix"]
        ),
        .executableTarget(
            name: "skills-tui",
            dependencies: ["SkillsMatrix", "SkillsTUI", "CNcurses"]
        ),
        // Times the engine at 1k-100k staff; build it in release (see README, Performance).
        .executableTarget(
            name: "skills-bench",
            dependencies: ["SkillsMatrix", "SkillsTUI"]
        ),
        // What every test target shares: where the repository is, and golden files.
        .target(
            name: "TestSupport",
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "SkillsMatrixTests",
            dependencies: ["SkillsMatrix", "TestSupport"],
            // Read by the tests from the source tree, byte for byte; not bundled.
            exclude: ["Golden", "Corpus", "Fixtures"]
        ),
        .testTarget(
            name: "SkillsTUITests",
            dependencies: ["SkillsTUI", "SkillsMatrix", "TestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "skills-tuiTests",
            dependencies: ["skills-tui", "SkillsMatrix", "TestSupport"],
            exclude: ["Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
