import Foundation
import GleanLayout
import GleanPDF
import Testing

@Suite("Bad input")
struct BadInputTests {
  @Test(
    "each bad file gives one error naming the file and the reason",
    arguments: [
      ("empty.pdf", "empty"), ("html.pdf", "not-pdf"), ("truncated.pdf", "damaged"),
      ("encrypted.pdf", "encrypted"), ("no-such-file.pdf", "not-found"),
    ])
  func fixture(name: String, code: String) {
    let path = TestFiles.fixture(name)
    do {
      _ = try TextExtraction.extract(path: path)
      Issue.record("\(name) was read")
    } catch {
      #expect(error.code == code)
      #expect(error.file == path)
      #expect(error.description.hasPrefix(path + ": "))
      #expect(!error.description.contains("\n"))
    }
  }

  @Test(
    "the corpus's bad inputs",
    arguments: [
      ("empty.pdf", "empty"), ("html.pdf", "not-pdf"), ("truncated.pdf", "damaged"),
      ("encrypted.pdf", "encrypted"),
    ])
  func corpus(name: String, code: String) throws {
    let path = TestFiles.corpus("bad/" + name)
    try #require(TestFiles.exists(path))
    #expect(throws: PDFError.self) { _ = try TextExtraction.extract(path: path) }
    do {
      _ = try TextExtraction.extract(path: path)
    } catch {
      #expect(error.code == code)
    }
  }
}
