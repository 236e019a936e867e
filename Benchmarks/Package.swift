// swift-tools-version:6.0
import PackageDescription

// The performance budgets of Pillars, measured on the example and on a generated large workspace.
// Not part of `swift test`: run `scripts/benchmark.sh` (a release build), see docs/performance.md.
let package = Package(
  name: "PillarsBenchmarks",
  dependencies: [.package(name: "Pillars", path: "..")],
  targets: [
    .executableTarget(
      name: "pillars-benchmarks",
      dependencies: [
        .product(name: "PillarsCore", package: "Pillars"),
        .product(name: "PillarsStore", package: "Pillars"),
        .product(name: "PillarsExport", package: "Pillars"),
        .product(name: "PillarsExample", package: "Pillars"),
        .product(name: "PillarsWorkbench", package: "Pillars"),
        .product(name: "ScreenKit", package: "Pillars"),
        .product(name: "CursesTerminal", package: "Pillars"),
      ],
      path: "Sources/PillarsBenchmarks"
    )
  ]
)
