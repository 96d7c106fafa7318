import GleanLayout
import GleanPDF
import Testing

@Suite("Text-layer quality")
struct QualityTests {
  @Test("private-use glyphs: the page and the paper are garbled, and no text is passed on")
  func privateUse() throws {
    let document = try TestFiles.extract(TestFiles.fixture("garbled.pdf"))
    #expect(document.quality.status == .garbled)
    #expect(document.quality.garbledPages == [1])
    #expect(document.pages[0].quality.status == .garbled)
    #expect(document.pages[0].quality.privateUseCharacters > 100)
    #expect(document.text.isEmpty)
    #expect(document.quality.warnings.first?.contains("garbled") == true)
  }

  @Test("a picture-only page has no text layer")
  func scanned() throws {
    let document = try TestFiles.extract(TestFiles.fixture("scanned.pdf"))
    #expect(document.quality.status == .empty)
    #expect(document.quality.textLayer == false)
    #expect(document.quality.emptyPages == [1])
    #expect(document.quality.warnings.first?.contains("no text layer") == true)
  }

  @Test("fonts without a Unicode map (Latin-1 glyph soup) are flagged")
  func corpusGarbled() throws {
    let path = TestFiles.corpus("bad/garbled.pdf")
    try #require(TestFiles.exists(path))
    let document = try TestFiles.extract(path)
    #expect(document.quality.status == .garbled)
    #expect(document.pages[0].quality.soupCharacters > 100)
  }

  @Test("ordinary papers are not flagged", arguments: TestFiles.truthPapers())
  func cleanPapers(name: String) throws {
    let document = try TestFiles.extract(TestFiles.corpus("papers/\(name).pdf"))
    if name == "cx-exosome-tumour-marker", !TestFiles.hasPopplerData { return }
    #expect(document.quality.status == .ok)
    #expect(document.quality.garbledPages.isEmpty)
    #expect(document.quality.warnings.isEmpty)
  }
}
