import GleanPDF

/// The text stage: opens a PDF, copies its pages one by one and lays them out.
public enum TextExtraction {
  /// Reads the PDF at `path` and lays it out.
  ///
  /// Pages are copied one at a time and reduced to pieces before the next is read, so a long
  /// document is never held as glyph boxes all at once.
  ///
  /// - Parameter sha256: the file's SHA-256 (lower-case hex) when the caller has hashed it
  ///   already (a batch hashes every file before it is extracted); `nil` hashes it here.
  /// - Throws: ``PDFError`` naming the file (and page) for a missing, empty, non-PDF, damaged or
  ///   password-protected file.
  public static func extract(path: String, sha256: String? = nil) throws(PDFError)
    -> TextDocument
  {
    let document = try PDFDocument(path: path, sha256: sha256)
    var collector = LayoutCollector()
    for number in stride(from: 1, through: document.pageCount, by: 1) {
      collector.add(try document.page(number))
    }
    let metadata = document.metadata
    return collector.finish(file: path, sha256: document.sha256, metadata: metadata)
  }
}
