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

    .target(name: "GleanFindings", dependencies: ["GleanEntities", "GleanLayout"]),

    // Command line.
    .executableTarget(
      name: "GleanCLI",
      dependencies: [
        "GleanPDF", "GleanLayout", "GleanICU", "GleanLexicon", "GleanEntities",
        "GleanFindings",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    .testTarget(name: "GleanPDFTests", dependencies: ["GleanPDF"]),
    .testTarget(name: "GleanLayoutTests", dependencies: ["GleanLayout", "GleanPDF"]),
    .testTarget(name: "GleanLexiconTests", dependencies: ["GleanLexicon"]),
    .testTarget(name: "GleanICUTests", dependencies: ["GleanICU"]),
    .testTarget(name: "GleanFindingsTests", dependencies: ["GleanFindings"]),
    .testTarget(name: "GleanEntitiesTests", dependencies: ["GleanEntities", "GleanLexicon"]),
  ]
)
