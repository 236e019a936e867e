// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Pillars",
  products: [
    .executable(name: "pillars", targets: ["pillars"]),
    .library(name: "PillarsCore", targets: ["PillarsCore"]),
    .library(name: "PillarsStore", targets: ["PillarsStore"]),
    .library(name: "ScreenKit", targets: ["ScreenKit"]),
    .library(name: "CursesTerminal", targets: ["CursesTerminal"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.17.0"),
    .package(url: "https://github.com/pointfreeco/swift-custom-dump", from: "1.3.0"),
  ],
  targets: [
    // The domain: documents, validation and checks. No terminal, no file system, no printing.
    .target(name: "PillarsCore"),
    // JSON text with source positions: parsing, decoding and the canonical writer.
    .target(name: "PillarsJSON"),
    // The bundled example company.
    .target(name: "PillarsExample", dependencies: ["PillarsCore"]),
    // The workspace folder on disk: loading, atomic saving, locks.
    .target(name: "PillarsStore", dependencies: ["PillarsCore", "PillarsJSON", "PillarsExample"]),
    // The command line, as a library so tests can run commands in-process.
    .target(
      name: "PillarsCLI",
      dependencies: [
        "PillarsCore", "PillarsStore", "PillarsExample",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "pillars", dependencies: ["PillarsCLI"]),
    // The screen model: cells, styles, text widths, widgets and input events. No curses, no I/O.
    .target(name: "ScreenKit"),
    // The system ncursesw library (Debian: libncurses-dev), wide-character API. No pkgConfig:
    // SwiftPM would only warn that it drops ncursesw.pc's -D flags, which the shim sets itself.
    .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
    // ScreenKit's terminal on ncurses: the only target that talks to curses.
    .target(name: "CursesTerminal", dependencies: ["ScreenKit", "CNcursesw"]),
    .testTarget(
      name: "ScreenKitTests",
      dependencies: ["ScreenKit", .product(name: "SnapshotTesting", package: "swift-snapshot-testing")],
      exclude: ["__Snapshots__"]
    ),
    .testTarget(name: "CursesTerminalTests", dependencies: ["CursesTerminal", "ScreenKit"]),
  ]
)
