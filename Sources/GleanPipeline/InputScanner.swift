import Foundation

/// Turns the arguments of `glean ingest` into the list of papers: files as given, folders walked
/// recursively for `*.pdf`, and `@list.txt` files of paths (one per line, `#` comments; relative
/// paths are relative to the list's folder).
public enum InputScanner {
  /// Why the inputs could not be listed.
  public struct ScanError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
  }

  /// The papers named by `arguments`, each once, in the order given (folders sorted by path).
  /// A path that does not exist is kept: ingestion records it as failed, naming it.
  public static func expand(_ arguments: [String]) throws(ScanError) -> [String] {
    var result: [String] = []
    var seen: Set<String> = []
    func add(_ path: String) {
      if seen.insert(path).inserted { result.append(path) }
    }
    for argument in arguments {
      if argument.hasPrefix("@") {
        for path in try readList(String(argument.dropFirst())) { add(path) }
        continue
      }
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder),
        isFolder.boolValue
      {
        for path in pdfs(under: argument) { add(path) }
      } else {
        add(argument)
      }
    }
    return result
  }

  /// The `*.pdf` files under `folder` (any depth, any case of the extension), sorted.
  static func pdfs(under folder: String) -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
    var found: [String] = []
    while let relative = walker.nextObject() as? String {
      guard relative.lowercased().hasSuffix(".pdf") else { continue }
      let path = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
        found.append(path)
      }
    }
    return found.sorted()
  }

  static func readList(_ list: String) throws(ScanError) -> [String] {
    let text: String
    do {
      text = try String(contentsOfFile: list, encoding: .utf8)
    } catch {
      throw ScanError(path: list, reason: "cannot read the list of papers")
    }
    let folder = (list as NSString).deletingLastPathComponent
    var paths: [String] = []
    for raw in text.split(whereSeparator: \.isNewline) {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") { continue }
      paths.append(line.hasPrefix("/") || folder.isEmpty ? line : folder + "/" + line)
    }
    return paths
  }
}
