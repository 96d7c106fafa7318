import Crypto
import Foundation

/// SHA-256 of a file's bytes, read in chunks so that memory does not grow with the file.
enum FileDigest {
  /// Why a file could not be hashed: `not-found` or `unreadable`, with a reason.
  struct Failure: Error {
    var code: String
    var reason: String
  }

  static func sha256(path: String) -> Result<String, Failure> {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      return .failure(Failure(code: IngestFailureCode.notFound, reason: "\(path): no such file"))
    }
    if isFolder.boolValue {
      return .failure(
        Failure(code: IngestFailureCode.unreadable, reason: "\(path): cannot be read (a folder)"))
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      return .failure(
        Failure(
          code: IngestFailureCode.unreadable, reason: "\(path): cannot be read (permission?)"))
    }
    defer { try? handle.close() }
    var hasher = SHA256()
    do {
      while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
        hasher.update(data: chunk)
      }
    } catch {
      return .failure(
        Failure(code: IngestFailureCode.unreadable, reason: "\(path): cannot be read (\(error))"))
    }
    let digits = Array("0123456789abcdef")
    var text = ""
    for byte in hasher.finalize() {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0f)])
    }
    return .success(text)
  }
}
