import Crypto
import Foundation

/// The digests that identify a configuration in the store.
public enum ConfigDigest {
  /// The key that decides whether a paper must be ingested again: a SHA-256 over everything that
  /// changes what is extracted (tool version, species, dictionary versions, and the contents of
  /// the dictionary and rule folders), and nothing that does not (worker counts, limits, store
  /// path). A paper whose bytes and analysis key are both in the store is skipped.
  public static func analysisKey(
    config: PipelineConfig, toolVersion: String, dictionaryVersions: [String: String]
  ) -> String {
    var text = "glean \(toolVersion)\nspecies \(config.species)\n"
    for (name, version) in dictionaryVersions.sorted(by: { $0.key < $1.key }) {
      text += "dictionary \(name) \(version)\n"
    }
    text += "dictionaries \(folderDigest(config.stages.recognise.dictionaries))\n"
    text += "recogniser-rules \(folderDigest(config.stages.recognise.rules))\n"
    text += "finding-rules \(folderDigest(config.stages.findings.rules))\n"
    return sha256Hex(Data(text.utf8))
  }

  /// SHA-256 of the effective configuration text, recorded with each run.
  public static func configHash(_ renderedYAML: String) -> String {
    sha256Hex(Data(renderedYAML.utf8))
  }

  /// A digest of a folder's files (relative paths and bytes, in path order); `bundled` when empty.
  public static func folderDigest(_ path: String) -> String {
    if path.isEmpty { return "bundled" }
    let root = URL(fileURLWithPath: path).standardizedFileURL
    let manager = FileManager.default
    var files: [String] = []
    if let walker = manager.enumerator(atPath: root.path) {
      while let relative = walker.nextObject() as? String {
        var isFolder: ObjCBool = false
        let full = root.appendingPathComponent(relative).path
        if manager.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
          files.append(relative)
        }
      }
    }
    var hasher = SHA256()
    for relative in files.sorted() {
      hasher.update(data: Data(relative.utf8))
      hasher.update(data: Data([0]))
      let bytes = manager.contents(atPath: root.appendingPathComponent(relative).path) ?? Data()
      hasher.update(data: Data(String(bytes.count).utf8))
      hasher.update(data: Data([0]))
      hasher.update(data: bytes)
    }
    return hex(hasher.finalize())
  }

  /// Lower-case hex SHA-256 of `data`.
  public static func sha256Hex(_ data: Data) -> String {
    hex(SHA256.hash(data: data))
  }

  private static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
    let digits = Array("0123456789abcdef")
    var text = ""
    for byte in digest {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0f)])
    }
    return text
  }
}
