// swift-tools-version:6.0
import PackageDescription

// A libFuzzer target for loading and checking documents. Built by scripts/fuzz.sh with
// `-sanitize=fuzzer,address`, never by `swift build` of the main package.
let package = Package(
  name: "PillarsFuzz",
  dependencies: [.package(name: "Pillars", path: "..")],
  targets: [
    .executableTarget(
      name: "fuzz-documents",
      dependencies: [
        .product(name: "PillarsCore", package: "Pillars"),
        .product(name: "PillarsStore", package: "Pillars"),
      ],
      path: "Sources/FuzzDocuments"
    )
  ]
)
