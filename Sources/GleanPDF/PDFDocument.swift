import CPoppler
import Foundation

/// An open PDF document. Owns its poppler handle and releases it in `deinit`.
///
/// Not `Sendable`: keep one document on one task or thread. Copy what you need out of it with
/// ``page(_:)`` and ``metadata``, which return plain values.
public final class PDFDocument {
  /// The path the document was opened from, as given.
  public let file: String
  /// The SHA-256 of the file's bytes, lower-case hex.
  public let sha256: String
  /// The number of pages.
  public let pageCount: Int

  private let handle: OpaquePointer

  /// Opens the PDF at `path`, checking first that it exists, is not empty and starts like a PDF.
  ///
  /// - Parameter sha256: the file's SHA-256 (lower-case hex) when the caller has it already;
  ///   `nil` hashes the file's bytes.
  /// - Throws: ``PDFError`` naming the file and the reason.
  public init(path: String, sha256 digest: String? = nil) throws(PDFError) {
    let bytes = try PDFFileCheck.readPDFBytes(path: path)
    file = path
    sha256 = digest ?? PDFFileCheck.sha256Hex(bytes)
    var error: UnsafeMutablePointer<GError>?
    let gbytes = bytes.withUnsafeBytes { raw in
      g_bytes_new(raw.baseAddress, gsize(raw.count))
    }
    defer { g_bytes_unref(gbytes) }
    guard let document = poppler_document_new_from_bytes(gbytes, nil, &error) else {
      throw PDFError(file: path, reason: Self.reason(consuming: error))
    }
    handle = document
    pageCount = Int(poppler_document_get_n_pages(document))
  }

  deinit {
    g_object_unref(UnsafeMutableRawPointer(handle))
  }

  /// The document's information dictionary.
  public var metadata: PDFMetadata {
    PDFMetadata(
      title: Self.takeString(poppler_document_get_title(handle)),
      author: Self.takeString(poppler_document_get_author(handle)),
      subject: Self.takeString(poppler_document_get_subject(handle)),
      producer: Self.takeString(poppler_document_get_producer(handle)),
      creator: Self.takeString(poppler_document_get_creator(handle)),
      pageCount: pageCount)
  }

  /// Copies the text layer of page `number` (1-based): scalars, one box per scalar, font runs.
  ///
  /// - Throws: ``PDFError`` with reason `.pageUnavailable` when poppler cannot load the page.
  public func page(_ number: Int) throws(PDFError) -> PageText {
    guard number >= 1, number <= pageCount,
      let page = poppler_document_get_page(handle, Int32(number - 1))
    else {
      throw PDFError(file: file, page: number, reason: .pageUnavailable)
    }
    defer { g_object_unref(UnsafeMutableRawPointer(page)) }

    var width = 0.0
    var height = 0.0
    poppler_page_get_size(page, &width, &height)

    var scalars: [Unicode.Scalar] = []
    if let raw = poppler_page_get_text(page) {
      let text = String(cString: raw)
      g_free(raw)
      // At most one scalar per UTF-8 byte: one allocation, no counting pass.
      scalars.reserveCapacity(text.utf8.count)
      for scalar in text.unicodeScalars { scalars.append(scalar) }
    }

    var rectangles: UnsafeMutablePointer<PopplerRectangle>?
    var rectangleCount: guint = 0
    var boxes: [GlyphBox] = []
    if poppler_page_get_text_layout(page, &rectangles, &rectangleCount) != 0, let rectangles {
      boxes.reserveCapacity(Int(rectangleCount))
      for index in 0..<Int(rectangleCount) {
        let r = rectangles[index]
        boxes.append(
          GlyphBox(
            x0: min(r.x1, r.x2), y0: min(r.y1, r.y2), x1: max(r.x1, r.x2), y1: max(r.y1, r.y2)))
      }
      g_free(rectangles)
    }
    // poppler gives one rectangle per scalar; if a build ever disagrees, keep the text aligned.
    if boxes.count != scalars.count {
      let zero = GlyphBox(x0: 0, y0: 0, x1: 0, y1: 0)
      if boxes.count > scalars.count {
        boxes.removeLast(boxes.count - scalars.count)
      } else {
        boxes.append(
          contentsOf: repeatElement(boxes.last ?? zero, count: scalars.count - boxes.count))
      }
    }

    var runs: [PageText.FontRun] = []
    if let list = poppler_page_get_text_attributes(page) {
      var node: UnsafeMutablePointer<GList>? = list
      // Runs come one per word, most in the font of the run before: copy a name only when it
      // changes.
      var lastName: (raw: UnsafeMutablePointer<gchar>, name: String)?
      while let current = node {
        if let data = current.pointee.data {
          let attributes = data.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
          let name: String
          if let raw = attributes.font_name {
            if let last = lastName, strcmp(last.raw, raw) == 0 {
              name = last.name
            } else {
              name = String(cString: raw)
              lastName = (raw, name)
            }
          } else {
            name = ""
          }
          runs.append(
            PageText.FontRun(
              start: Int(attributes.start_index), end: Int(attributes.end_index) + 1,
              fontName: name, fontSize: attributes.font_size))
        }
        node = current.pointee.next
      }
      poppler_page_free_text_attributes(list)
    }

    return PageText(
      number: number, width: width, height: height, scalars: scalars, boxes: boxes, fontRuns: runs)
  }

  /// Copies every page's text layer.
  public func pages() throws(PDFError) -> [PageText] {
    var result: [PageText] = []
    result.reserveCapacity(pageCount)
    for number in stride(from: 1, through: pageCount, by: 1) {
      result.append(try page(number))
    }
    return result
  }

  private static func takeString(_ raw: UnsafeMutablePointer<gchar>?) -> String? {
    guard let raw else { return nil }
    defer { g_free(raw) }
    let text = String(cString: raw)
    // Spare the trip through `NSString` when neither end can be a space: a printable ASCII
    // character or a letter.
    func kept(_ scalar: Unicode.Scalar?) -> Bool {
      guard let scalar else { return false }
      return (0x21...0x7E).contains(scalar.value)
        || (!scalar.isASCII && scalar.properties.isAlphabetic)
    }
    let value =
      kept(text.unicodeScalars.first) && kept(text.unicodeScalars.last)
      ? text : text.trimmingCharacters(in: .whitespacesAndNewlines)
    return value.isEmpty ? nil : value
  }

  private static func reason(consuming error: UnsafeMutablePointer<GError>?) -> PDFError.Reason {
    guard let error else { return .damaged("poppler gave no reason") }
    defer { g_error_free(error) }
    let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
    if error.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
      return .encrypted
    }
    return .damaged(message)
  }
}

@available(*, unavailable)
extension PDFDocument: Sendable {}
