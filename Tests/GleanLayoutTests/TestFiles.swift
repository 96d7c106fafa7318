import Foundation
import GleanLayout
import GleanPDF

/// Where the tests find their PDFs: fixtures next to this file, the corpus at the top of the
/// repository (located from this source file, so the tests run from any working directory).
enum TestFiles {
  static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  static let repository = testsFolder.deletingLastPathComponent().deletingLastPathComponent()

  static func fixture(_ name: String) -> String {
    testsFolder.appendingPathComponent("Fixtures").appendingPathComponent(name).path
  }

  static func corpus(_ relative: String) -> String {
    repository.appendingPathComponent("corpus").appendingPathComponent(relative).path
  }

  /// Papers in corpus/papers that have a truth file, by name without extension.
  static func truthPapers() -> [String] {
    let folder = repository.appendingPathComponent("corpus/papers")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".truth.txt") }
      .map { String($0.dropLast(".truth.txt".count)) }
      .filter {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent($0 + ".pdf").path)
      }
      .sorted()
  }

  /// Real journal PDFs in corpus/real.
  static func realPapers() -> [String] {
    let folder = repository.appendingPathComponent("corpus/real")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".pdf") }.sorted()
  }

  static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

  /// Lays out a PDF; fails the test with the PDF error if it cannot be read.
  static func extract(_ path: String) throws -> TextDocument {
    try TextExtraction.extract(path: path)
  }

  /// Poppler's CJK tables (poppler-data): without them, CID fonts without a Unicode map do not
  /// decode.
  static let hasPopplerData =
    FileManager.default.fileExists(atPath: "/usr/share/poppler/cidToUnicode/Adobe-GB1")
}

extension TextDocument {
  /// The plain text's paragraphs (lines).
  var lines: [String] {
    text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
  }

  /// Every block of every page.
  var allBlocks: [Block] { pages.flatMap(\.blocks) }

  /// The offset (in scalars) of the first occurrence of `needle` in the text.
  func scalarOffset(of needle: String) -> Int? {
    guard let range = text.range(of: needle) else { return nil }
    return text.unicodeScalars.distance(
      from: text.unicodeScalars.startIndex, to: range.lowerBound)
  }
}
