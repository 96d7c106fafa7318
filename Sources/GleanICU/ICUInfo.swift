import CICUShim

/// Facts about the ICU library Glean is linked against.
public enum ICUInfo {
  /// ICU's version, e.g. `72.1`, recorded with each run.
  public static var version: String {
    var buffer = [CChar](repeating: 0, count: 32)
    glean_icu_version(&buffer, Int32(buffer.count))
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
