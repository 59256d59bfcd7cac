// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "skills-tui",
    products: [
        .executable(name: "skills-tui", targets: ["skills-tui"]),
        .executable(name: "skills-bench", targets: ["skills-bench"]),
        .library(name: "SkillsMatrix", targets: ["SkillsMatrix"]),
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
        // libc's wcwidth, which Swift's Glibc module hides: display widths of names such as 李伟.
        .systemLibrary(
            name: "CWChar",
            path: "Sources/CWChar"
        ),
        .target(
            name: "SkillsMatrix",
            dependencies: ["CSQLite", "CWChar"]
        ),
        .executableTarget(
            name: "skills-tui",
            dependencies: ["SkillsMatrix", "CNcurses"]
        ),
        // Times the engine at 1k-100k staff; build it in release (see README, Performance).
        .executableTarget(
            name: "skills-bench",
            dependencies: ["SkillsMatrix"]
        ),
        .testTarget(
            name: "SkillsMatrixTests",
            dependencies: ["SkillsMatrix"]
        ),
        .testTarget(
            name: "skills-tuiTests",
            dependencies: ["skills-tui", "SkillsMatrix"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
