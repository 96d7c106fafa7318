import Foundation

/// Paths of the bundled corpus, found relative to this source file so tests run from any clone.
enum CorpusFiles {
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // GleanPDFTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // package root
    .appendingPathComponent("corpus")

  static func path(_ relative: String) -> String {
    root.appendingPathComponent(relative).path
  }
}
