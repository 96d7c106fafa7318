// swift-tools-version: 6.1
// Glean: from biomedical review PDFs to normalised miRNA finding records.

import PackageDescription

let package = Package(
  name: "Glean",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "glean", targets: ["GleanCLI"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
  ],
  targets: [
    // C libraries, each owned by exactly one Swift module.
    .systemLibrary(
      name: "CPoppler",
      pkgConfig: "poppler-glib",
      providers: [.apt(["libpoppler-glib-dev"])]
    ),
    .target(
      name: "CICUShim",
      linkerSettings: [
        .linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata"),
      ]
    ),

    // Stages.
    .target(
      name: "GleanPDF",
      dependencies: ["CPoppler", .product(name: "Crypto", package: "swift-crypto")]
    ),
    .target(name: "GleanLayout", dependencies: ["GleanPDF"]),
    .target(name: "GleanICU", dependencies: ["CICUShim"]),
    .target(name: "GleanLexicon", resources: [.copy("Resources")]),
    .target(
      name: "GleanEntities",
      dependencies: ["GleanICU", "GleanLexicon"],
      resources: [.copy("Resources")]
    ),

    .target(
      name: "GleanFindings",
      dependencies: [
        "GleanEntities", "GleanLayout", .product(name: "Crypto", package: "swift-crypto"),
      ],
      resources: [.copy("Resources")]
    ),

    // Batch ingestion: configuration, store, orchestration.
    .target(
      name: "GleanConfig",
      dependencies: [
        .product(name: "Yams", package: "Yams"), .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    .target(
      name: "GleanStore",
      dependencies: ["GleanFindings", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    .target(
      name: "GleanPipeline",
      dependencies: [
        "GleanConfig", "GleanStore", "GleanFindings", "GleanLayout", "GleanEntities",
        "GleanLexicon", "GleanPDF", .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),

    // Extraction diffs between runs, exports and reviewed expectations.
    .target(
      name: "GleanDiff",
      dependencies: [
        "GleanFindings", "GleanEntities", "GleanStore", "GleanPipeline", "GleanConfig",
      ]
    ),

    // Command line.
    .executableTarget(
      name: "GleanCLI",
      dependencies: [
        "GleanPDF", "GleanLayout", "GleanICU", "GleanLexicon", "GleanEntities",
        "GleanFindings",
        "GleanConfig", "GleanStore", "GleanPipeline",
        "GleanDiff",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    .testTarget(name: "GleanPDFTests", dependencies: ["GleanPDF"]),
    .testTarget(name: "GleanLayoutTests", dependencies: ["GleanLayout", "GleanPDF"]),
    .testTarget(name: "GleanLexiconTests", dependencies: ["GleanLexicon"]),
    .testTarget(name: "GleanICUTests", dependencies: ["GleanICU"]),
    .testTarget(
      name: "GleanFindingsTests",
      dependencies: ["GleanFindings", "GleanEntities", "GleanLexicon", "GleanLayout"]
    ),
    .testTarget(name: "GleanConfigTests", dependencies: ["GleanConfig"]),
    .testTarget(name: "GleanStoreTests", dependencies: ["GleanStore", "GleanFindings"]),
    .testTarget(
      name: "GleanPipelineTests",
      dependencies: ["GleanPipeline", "GleanStore", "GleanConfig", "GleanFindings"],
      exclude: ["Fixtures"]
    ),
    .testTarget(name: "GleanEntitiesTests", dependencies: ["GleanEntities", "GleanLexicon"]),
    .testTarget(
      name: "GleanDiffTests",
      dependencies: ["GleanDiff", "GleanFindings", "GleanEntities", "GleanStore", "GleanPipeline"]
    ),
  ]
)
