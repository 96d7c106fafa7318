import Crypto
import Foundation

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
    do {
      bytes = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
    } catch {
      throw PDFError(file: path, reason: .unreadable(error.localizedDescription))
    }
    if bytes.isEmpty {
      throw PDFError(file: path, reason: .empty)
    }
    // The header may follow a little junk; readers accept it within the first 1024 bytes.
    let head = bytes.prefix(1024)
    if head.firstRange(of: Data("%PDF-".utf8)) == nil {
      throw PDFError(file: path, reason: .notPDF(describeStart(of: bytes)))
    }
    return bytes
  }

  /// The SHA-256 of `bytes` as lower-case hex.
  static func sha256Hex(_ bytes: Data) -> String {
    SHA256.hash(data: bytes).map { byte in
      let hex = String(byte, radix: 16)
      return byte < 16 ? "0" + hex : hex
    }.joined()
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
