import GleanPDF

/// Lays out pages already copied out of a PDF: reading order, blocks, tables, references, the
/// plain text and its character map. Pure: no poppler, no files.
public enum Layout {
  /// Lays out `pages` (in page order) of the PDF `file`.
  public static func analyse(
    pages: [PageText], file: String, sha256: String, metadata: PDFMetadata
  ) -> TextDocument {
    var collector = LayoutCollector()
    for page in pages { collector.add(page) }
    return collector.finish(file: file, sha256: sha256, metadata: metadata)
  }
}

/// Collects pages one at a time, keeping only their pieces (not their glyph boxes), then lays
/// the document out. Running headers need all pages' margins, so the layout waits for the end.
struct LayoutCollector {
  private var pages: [PagePieces] = []

  /// Reduces `page` to pieces and keeps them.
  mutating func add(_ page: PageText) {
    pages.append(PagePieces(page))
  }

  /// Lays the collected pages out; the collector is empty afterwards (each page's pieces are
  /// released once its blocks are drafted).
  mutating func finish(file: String, sha256: String, metadata: PDFMetadata) -> TextDocument {
    var pages = self.pages
    self.pages = []
    let stats = DocumentStats(pages)
    let marks = RunningMatter.detect(pages, bodySize: stats.bodySize)
    var vocabulary = Vocabulary()
    for page in pages where page.quality.status == .ok {
      for piece in page.pieces { vocabulary.add(piece.scalars) }
    }
    var drafts: [[DraftBlock]] = []
    drafts.reserveCapacity(pages.count)
    for index in pages.indices {
      drafts.append(PageLayout.blocks(pages[index], marks: marks[index], stats: stats))
      pages[index].pieces = []
    }
    DocumentRoles.markTitle(&drafts, heights: pages.map(\.height), stats: stats)
    DocumentRoles.markReferences(&drafts)
    FootnoteRule.apply(&drafts, heights: pages.map(\.height), stats: stats)
    let assembler = DocumentAssembler(
      pages: drafts, layout: pages, stats: stats, vocabulary: vocabulary)
    return assembler.assemble(file: file, sha256: sha256, metadata: metadata)
  }
}
