import Foundation
import GleanFindings

/// The reviewed expectations: one `glean extract` document a paper, `NAME.json` for
/// `NAME.pdf`, pretty-printed with sorted keys so that a change reads well in a version-control
/// diff.
public enum ExpectedFiles {
  /// The bytes of an expected file: indented JSON, keys sorted, empty lists as `[]`, text and
  /// slashes unescaped, a final newline (see ``PrettyJSON``).
  public static func encode(_ extraction: PaperExtraction) throws(DiffError) -> Data {
    do {
      return Data(try PrettyJSON.string(extraction).utf8)
    } catch {
      throw DiffError(file: extraction.paper.file, reason: "cannot be encoded (\(error))")
    }
  }

  /// Writes an expected file atomically (a stopped write leaves the old file whole).
  public static func write(_ extraction: PaperExtraction, to path: String) throws(DiffError) {
    let data = try encode(extraction)
    do {
      try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw DiffError(file: path, reason: "cannot be written (\(error.localizedDescription))")
    }
  }

  /// Removes an expected file (its paper left the corpus).
  public static func remove(_ path: String) throws(DiffError) {
    do {
      try FileManager.default.removeItem(atPath: path)
    } catch {
      throw DiffError(file: path, reason: "cannot be removed (\(error.localizedDescription))")
    }
  }

  /// `corpus/expected/NAME.json` for `…/NAME.pdf`.
  public static func path(forPaper file: String, in folder: String) -> String {
    var name = PaperMatcher.fileName(file)
    if let dot = name.lastIndex(of: "."), dot != name.startIndex {
      name = String(name[..<dot])
    }
    return SideLoader.join(folder, name + ".json")
  }
}
