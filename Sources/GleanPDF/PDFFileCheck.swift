import Crypto
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Checks made on a file's bytes before poppler sees them, so that the common bad inputs get a
/// precise reason instead of a parser's message.
enum PDFFileCheck {
  /// Reads the file at `path` and checks that it is a non-empty file that starts like a PDF.
  static func readPDFBytes(path: String) throws(PDFError) -> Data {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw PDFError(file: path, reason: .notFound)
    }
    if isFolder.boolValue {
      throw PDFError(file: path, reason: .unreadable("it is a folder"))
    }
    let bytes: Data
    if let whole = readWhole(path) {
      bytes = whole
    } else {
      // Foundation reads again and names the reason.
      do {
        bytes = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
      } catch {
        throw PDFError(file: path, reason: .unreadable(error.localizedDescription))
      }
    }
    if bytes.isEmpty {
      throw PDFError(file: path, reason: .empty)
    }
    // The header may follow a little junk; readers accept it within the first 1024 bytes.
    if !hasHeader(bytes) {
      throw PDFError(file: path, reason: .notPDF(describeStart(of: bytes)))
    }
    return bytes
  }

  /// Whether `%PDF-` lies wholly within the first 1024 bytes.
  private static func hasHeader(_ bytes: Data) -> Bool {
    let header: [UInt8] = [0x25, 0x50, 0x44, 0x46, 0x2D]
    return bytes.withUnsafeBytes { raw -> Bool in
      let end = min(raw.count, 1024)
      guard end >= header.count else { return false }
      for start in 0...(end - header.count) {
        var matched = true
        for offset in 0..<header.count where raw[start + offset] != header[offset] {
          matched = false
          break
        }
        if matched { return true }
      }
      return false
    }
  }

  /// The bytes of the regular file at `path` read with `open`, `fstat` and `read`, or `nil` on
  /// any failure (the caller then reads through Foundation, which names the reason).
  private static func readWhole(_ path: String) -> Data? {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
    let size = Int(info.st_size)
    var data = Data(count: size)
    let complete = data.withUnsafeMutableBytes { raw -> Bool in
      guard let base = raw.baseAddress else { return size == 0 }
      var done = 0
      while done < size {
        let count = read(descriptor, base + done, size - done)
        if count < 0, errno == EINTR { continue }
        // An error, or a file that shrank while it was read.
        guard count > 0 else { return false }
        done += count
      }
      return true
    }
    return complete ? data : nil
  }

  /// The SHA-256 of `bytes` as lower-case hex.
  static func sha256Hex(_ bytes: Data) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var hex: [UInt8] = []
    hex.reserveCapacity(64)
    SHA256.hash(data: bytes).withUnsafeBytes { digest in
      for byte in digest {
        hex.append(digits[Int(byte >> 4)])
        hex.append(digits[Int(byte & 0x0F)])
      }
    }
    return String(decoding: hex, as: UTF8.self)
  }

  /// A short, printable quotation of the first bytes of a file.
  static func describeStart(of bytes: Data) -> String {
    let prefix = bytes.prefix(16)
    let printable = prefix.map { byte -> Character in
      (0x20..<0x7f).contains(byte) ? Character(Unicode.Scalar(byte)) : "."
    }
    return "\"" + String(printable) + "\""
  }
}
