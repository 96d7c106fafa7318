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
      defer { g_free(raw) }
      let bytes = UnsafeBufferPointer(
        start: UnsafeRawPointer(raw).assumingMemoryBound(to: UInt8.self), count: strlen(raw))
      if let decoded = Self.decode(bytes) {
        scalars = decoded
      } else {
        // Ill-formed UTF-8: let `String` repair it.
        let text = String(cString: raw)
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { scalars.append(scalar) }
      }
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

  /// The scalars of `bytes` when they are well-formed UTF-8, `nil` otherwise.
  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar]? {
    var wellFormed = true
    // At most one scalar per byte: one allocation, no counting pass.
    let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
      var index = 0
      var written = 0
      defer { count = written }
      while index < bytes.count {
        let lead = bytes[index]
        if lead < 0x80 {
          buffer[written] = Unicode.Scalar(lead)
          written += 1
          index += 1
          continue
        }
        guard let (value, length) = multiByte(bytes, at: index),
          let scalar = Unicode.Scalar(value)
        else {
          wellFormed = false
          return
        }
        buffer[written] = scalar
        written += 1
        index += length
      }
    }
    return wellFormed ? scalars : nil
  }

  /// The value and length of the well-formed multi-byte UTF-8 sequence at `index`, or `nil`
  /// (the ranges of the Unicode Standard's table of well-formed byte sequences).
  private static func multiByte(
    _ bytes: UnsafeBufferPointer<UInt8>, at index: Int
  ) -> (UInt32, Int)? {
    let lead = bytes[index]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      high = 0x9F
    case 0xF0:
      length = 4
      low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      high = 0x8F
    default: return nil
    }
    guard index + length <= bytes.count else { return nil }
    let second = bytes[index + 1]
    guard second >= low, second <= high else { return nil }
    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    value = value << 6 | UInt32(second & 0x3F)
    for offset in stride(from: 2, to: length, by: 1) {
      let next = bytes[index + offset]
      guard next & 0xC0 == 0x80 else { return nil }
      value = value << 6 | UInt32(next & 0x3F)
    }
    return (value, length)
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
