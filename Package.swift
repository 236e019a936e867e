// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Pillars",
  products: [
    .executable(name: "pillars", targets: ["pillars"]),
    .library(name: "PillarsCore", targets: ["PillarsCore"]),
    .library(name: "PillarsStore", targets: ["PillarsStore"]),
    .library(name: "PillarsExport", targets: ["PillarsExport"]),
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
    // The strategy as Markdown one-pagers, and writing them into a folder.
    .target(name: "PillarsExport", dependencies: ["PillarsCore"]),
    // The workspace folder on disk: loading, atomic saving, locks.
    .target(name: "PillarsStore", dependencies: ["PillarsCore", "PillarsJSON"]),
    // The command line, as a library so tests can run commands in-process.
    .target(
      name: "PillarsCLI",
      dependencies: [
        "PillarsCore", "PillarsStore", "PillarsExample", "PillarsExport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "pillars", dependencies: ["PillarsCLI"]),

    .testTarget(name: "PillarsCoreTests", dependencies: ["PillarsCore"]),
    .testTarget(name: "PillarsExampleTests", dependencies: ["PillarsExample", "PillarsCore"]),
    .testTarget(name: "PillarsJSONTests", dependencies: ["PillarsJSON"]),
    // Runs the built `pillars` binary end to end on temporary folders.
    .testTarget(name: "PillarsCLITests", dependencies: ["pillars"]),
    .testTarget(
      name: "PillarsStoreTests",
      dependencies: ["PillarsStore", "PillarsCore", "PillarsJSON"],
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
  ]
)
