// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Pillars",
  products: [
    .executable(name: "pillars", targets: ["pillars"]),
    .library(name: "PillarsCore", targets: ["PillarsCore"]),
    .library(name: "PillarsStore", targets: ["PillarsStore"]),
    .library(name: "PillarsExport", targets: ["PillarsExport"]),
    .library(name: "ScreenKit", targets: ["ScreenKit"]),
    .library(name: "CursesTerminal", targets: ["CursesTerminal"]),
    .library(name: "PillarsWorkbench", targets: ["PillarsWorkbench"]),
    .library(name: "PillarsExample", targets: ["PillarsExample"]),
    .library(name: "PillarsMerge", targets: ["PillarsMerge"]),
    .library(name: "PillarsJSON", targets: ["PillarsJSON"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.17.0"),
  ],
  targets: [
    // The domain: documents, validation and checks. No terminal, no file system, no printing.
    .target(name: "PillarsCore"),
    // JSON text with source positions: parsing, decoding and the canonical writer.
    .target(name: "PillarsJSON"),
    // Documents merged three ways and compared in strategy words, guided by the kinds' entities. No git, no files.
    .target(name: "PillarsMerge", dependencies: ["PillarsCore", "PillarsJSON"]),
    // The bundled example company.
    .target(name: "PillarsExample", dependencies: ["PillarsCore"]),
    // The strategy as Markdown one-pagers, and writing them into a folder with the store's atomic writer.
    .target(name: "PillarsExport", dependencies: ["PillarsCore", "PillarsStore", "ScreenKit"]),
    // The workspace folder on disk: loading, atomic saving, locks.
    .target(name: "PillarsStore", dependencies: ["PillarsCore", "PillarsJSON", "PillarsMerge"]),
    // The screen model: cells, styles, text widths, widgets and input events. No curses, no I/O.
    .target(name: "ScreenKit"),
    // The system ncursesw library (Debian: libncurses-dev), wide-character API. No pkgConfig:
    // SwiftPM would only warn that it drops ncursesw.pc's -D flags, which the shim sets itself.
    .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
    // ScreenKit's terminal on ncurses: the only target that talks to curses.
    .target(name: "CursesTerminal", dependencies: ["ScreenKit", "CNcursesw"]),
    // The screens: one state, actions, a pure update returning effects, a pure view.
    .target(name: "PillarsWorkbench", dependencies: ["PillarsCore", "PillarsJSON", "PillarsMerge", "ScreenKit"]),
    // The command line and the run loop of the screens, as a library so tests can reach it.
    .target(
      name: "PillarsCLI",
      dependencies: [
        "PillarsCore", "PillarsJSON", "PillarsMerge", "PillarsStore", "PillarsExample", "PillarsExport", "PillarsWorkbench",
        "ScreenKit", "CursesTerminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "pillars", dependencies: ["PillarsCLI"]),

    .testTarget(name: "PillarsCoreTests", dependencies: ["PillarsCore"]),
    .testTarget(name: "PillarsExampleTests", dependencies: ["PillarsExample", "PillarsCore"]),
    .testTarget(name: "PillarsJSONTests", dependencies: ["PillarsJSON"]),
    .testTarget(name: "PillarsMergeTests", dependencies: ["PillarsMerge", "PillarsCore", "PillarsJSON", "PillarsStore", "PillarsExample"]),
    .testTarget(
      name: "PillarsStoreTests",
      dependencies: ["PillarsStore", "PillarsCore", "PillarsJSON", "PillarsExample"],
      exclude: ["BadDocuments"]
    ),
    .testTarget(
      name: "PillarsExportTests",
      dependencies: [
        "PillarsExport", "PillarsCore", "PillarsExample",
        .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
      ],
      exclude: ["__Snapshots__"]
    ),
    .testTarget(
      name: "ScreenKitTests",
      dependencies: ["ScreenKit", .product(name: "SnapshotTesting", package: "swift-snapshot-testing")],
      exclude: ["__Snapshots__"]
    ),
    .testTarget(name: "CursesTerminalTests", dependencies: ["CursesTerminal", "ScreenKit"]),
    .testTarget(
      name: "PillarsWorkbenchTests",
      dependencies: [
        "PillarsWorkbench", "PillarsExample", "PillarsExport", "PillarsMerge", "PillarsJSON", "ScreenKit",
        .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
      ],
      exclude: ["__Snapshots__"]
    ),
    // The built `pillars` binary, end to end: commands on temporary folders, the screens in tmux.
    .testTarget(
      name: "PillarsCLITests",
      dependencies: ["pillars", "PillarsCLI", "PillarsWorkbench", "PillarsStore", "PillarsExample", "ScreenKit"]
    ),
    .testTarget(name: "EndToEndTests", dependencies: ["pillars"]),
    // A test tool: saves a workspace in a loop, for the crash-during-save trials.
    .executableTarget(name: "pillars-save-loop", dependencies: ["PillarsCore", "PillarsStore"], path: "Tests/Tools/SaveLoop"),
    // A trial tool: seeded edit pairs merged by Pillars and by git merge-file (scripts/merge-trial).
    .executableTarget(
      name: "pillars-merge-trial", dependencies: ["PillarsCore", "PillarsExample", "PillarsJSON", "PillarsMerge", "PillarsStore"],
      path: "Tests/Tools/MergeTrial"),
    // Data-safety trials: crashes during saves, two writers, failing disks, hostile documents.
    .testTarget(
      name: "ReliabilityTests",
      dependencies: [
        "pillars", "pillars-save-loop", "PillarsCLI", "PillarsCore", "PillarsStore", "PillarsExample", "PillarsExport",
        "PillarsWorkbench", "ScreenKit",
      ],
      exclude: ["Corpus"]
    ),
  ]
)
