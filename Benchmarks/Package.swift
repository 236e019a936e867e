// swift-tools-version:6.1
import PackageDescription

// The performance budgets of Pillars, measured on the example and on a generated large workspace.
// Not part of `swift test`. Two ways in (docs/performance.md):
// - `scripts/benchmark.sh` builds `pillars-benchmarks`, which checks every budget and prints the report;
// - `swift package benchmark` runs the ordo-one/benchmark suite in Benchmarks/PillarsBudgets
//   (wall clock, peak memory, allocations; baselines and comparisons).
let package = Package(
  name: "PillarsBenchmarks",
  dependencies: [
    .package(name: "Pillars", path: ".."),
    .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    .target(
      name: "PillarsWorkloads",
      dependencies: [
        .product(name: "PillarsCore", package: "Pillars"),
        .product(name: "PillarsStore", package: "Pillars"),
        .product(name: "PillarsExport", package: "Pillars"),
        .product(name: "PillarsExample", package: "Pillars"),
        .product(name: "PillarsJSON", package: "Pillars"),
        .product(name: "PillarsMerge", package: "Pillars"),
        .product(name: "PillarsWorkbench", package: "Pillars"),
        .product(name: "ScreenKit", package: "Pillars"),
        .product(name: "CursesTerminal", package: "Pillars"),
      ],
      path: "Sources/PillarsWorkloads"
    ),
    .executableTarget(
      name: "pillars-benchmarks",
      dependencies: [
        "PillarsWorkloads",
        .product(name: "PillarsCore", package: "Pillars"),
        .product(name: "PillarsStore", package: "Pillars"),
      ],
      path: "Sources/PillarsBenchmarks"
    ),
    .executableTarget(
      name: "PillarsBudgets",
      dependencies: [
        "PillarsWorkloads",
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "PillarsCore", package: "Pillars"),
        .product(name: "PillarsStore", package: "Pillars"),
        .product(name: "PillarsWorkbench", package: "Pillars"),
      ],
      path: "Benchmarks/PillarsBudgets",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
  ]
)
