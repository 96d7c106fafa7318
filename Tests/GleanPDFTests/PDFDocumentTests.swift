import Foundation
import GleanPDF
import Testing

@Suite struct PDFDocumentTests {
  @Test func readsPagesWithOneBoxPerScalar() throws {
    let document = try PDFDocument(path: CorpusFiles.path("papers/seed-msc-exo.pdf"))
    #expect(document.pageCount >= 2)
    let page = try document.page(1)
    #expect(page.width > 100 && page.height > 100)
    #expect(page.scalars.count > 500)
    #expect(page.boxes.count == page.scalars.count)
    #expect(!page.fontRuns.isEmpty)
    #expect(page.text.contains("MSC-Exo"))
    // Boxes lie on the page.
    let inside = page.boxes.filter {
      $0.x0 >= -1 && $0.x1 <= page.width + 1 && $0.y1 <= page.height + 1
    }
    #expect(inside.count == page.boxes.count)
  }

  @Test func hashesTheFileBytes() throws {
    let path = CorpusFiles.path("papers/seed-msc-exo.pdf")
    let first = try PDFDocument(path: path)
    let second = try PDFDocument(path: path)
    #expect(first.sha256.count == 64)
    #expect(first.sha256 == second.sha256)
  }

  @Test func pageOutsideTheDocumentIsAnError() throws {
    let document = try PDFDocument(path: CorpusFiles.path("papers/seed-msc-exo.pdf"))
    #expect(throws: PDFError.self) { try document.page(document.pageCount + 1) }
  }

  @Test(arguments: [
    ("bad/does-not-exist.pdf", "not-found"),
    ("bad/empty.pdf", "empty"),
    ("bad/html.pdf", "not-pdf"),
    ("bad/encrypted.pdf", "encrypted"),
  ])
  func badInputIsATypedErrorNamingTheFile(file: String, code: String) {
    let path = CorpusFiles.path(file)
    do {
      _ = try PDFDocument(path: path)
      Issue.record("\(file) opened, expected \(code)")
    } catch {
      #expect(error.code == code)
      #expect(error.file == path)
      #expect(error.description.hasPrefix(path + ": "))
    }
  }

  @Test func truncatedFileFailsOrYieldsFewerPages() throws {
    // poppler may rebuild a truncated file's cross-reference table; either it refuses the file
    // with a reason, or it opens with the pages it could recover. It must never crash.
    let path = CorpusFiles.path("bad/truncated.pdf")
    do {
      let document = try PDFDocument(path: path)
      for number in 1...max(1, document.pageCount) {
        _ = try? document.page(number)
      }
    } catch {
      #expect(["damaged", "not-pdf"].contains(error.code))
    }
  }

  @Test func aFolderIsNotAPDF() {
    do {
      _ = try PDFDocument(path: CorpusFiles.path("bad"))
      Issue.record("a folder opened as a PDF")
    } catch {
      #expect(error.code == "unreadable")
    }
  }
}
