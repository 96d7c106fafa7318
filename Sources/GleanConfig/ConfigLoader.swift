import Foundation
import Yams

/// Reads `pipeline.yaml` and checks it: every key must be known, every value of the right type and
/// range, and every folder it names must exist. Errors name the key path and the line.
public enum ConfigLoader {
  /// The file name looked for in the working folder when no `--config` is given.
  public static let defaultFileName = "pipeline.yaml"

  /// Loads and checks the configuration at `path`. Relative folder paths inside it are resolved
  /// against the file's folder.
  public static func load(path: String) throws(ConfigError) -> PipelineConfig {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue
    else {
      throw ConfigError(file: path, line: nil, keyPath: "", reason: "no such configuration file")
    }
    let text: String
    do {
      text = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw ConfigError(
        file: path, line: nil, keyPath: "", reason: "cannot be read as UTF-8 text (\(error))")
    }
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    return try parse(yaml: text, file: path, baseFolder: folder)
  }

  /// Loads `--config PATH` when given, else `pipeline.yaml` in the working folder when present,
  /// else the defaults.
  public static func loadEffective(path: String?) throws(ConfigError) -> PipelineConfig {
    if let path { return try load(path: path) }
    if FileManager.default.fileExists(atPath: defaultFileName) {
      return try load(path: defaultFileName)
    }
    return PipelineConfig()
  }

  /// Parses and checks YAML text. `file` names it in errors; `baseFolder` resolves relative folders.
  public static func parse(
    yaml: String, file: String, baseFolder: String
  ) throws(ConfigError) -> PipelineConfig {
    let root: Node?
    do {
      root = try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      throw syntaxError(error, file: file)
    } catch {
      throw ConfigError(file: file, line: nil, keyPath: "", reason: "not valid YAML (\(error))")
    }
    var config = PipelineConfig()
    guard let root else { return config }  // an empty file: all defaults
    let reader = NodeReader(file: file, baseFolder: baseFolder)
    try reader.read(root, into: &config)
    return config
  }

  private static func syntaxError(_ error: YamlError, file: String) -> ConfigError {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return ConfigError(
        file: file, line: mark.line, keyPath: "", reason: "not valid YAML: \(problem)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      return ConfigError(
        file: file, line: context.mark.line, keyPath: "",
        reason: "duplicate key \(duplicates.joined(separator: ", "))")
    default:
      return ConfigError(file: file, line: nil, keyPath: "", reason: "not valid YAML: \(error)")
    }
  }
}
