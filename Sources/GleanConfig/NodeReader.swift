import Foundation
import Yams

/// Walks the YAML tree of `pipeline.yaml` into a ``PipelineConfig``, naming the key path and line
/// of the first problem.
struct NodeReader {
  let file: String
  let baseFolder: String

  func read(_ root: Node, into config: inout PipelineConfig) throws(ConfigError) {
    for (key, value) in try entries(
      root, path: "", known: ["version", "species", "stages", "limits", "queue_capacity"])
    {
      switch key {
      case "version":
        config.version = try int(value, path: "version", in: 1...1)
      case "species":
        config.species = try identifier(value, path: "species")
      case "stages":
        try readStages(value, into: &config.stages)
      case "limits":
        try readLimits(value, into: &config.limits)
      default:
        config.queueCapacity = try int(value, path: "queue_capacity", in: 1...10_000)
      }
    }
  }

  private func readStages(
    _ node: Node, into stages: inout PipelineConfig.Stages
  ) throws(ConfigError) {
    let known = ["extract", "segment", "recognise", "findings", "store"]
    for (key, value) in try entries(node, path: "stages", known: known) {
      let path = "stages." + key
      switch key {
      case "extract":
        for (_, item) in try entries(value, path: path, known: ["workers"]) {
          stages.extract.workers = try int(item, path: path + ".workers", in: 0...1024)
        }
      case "segment":
        _ = try entries(value, path: path, known: [])
      case "recognise":
        for (field, item) in try entries(value, path: path, known: ["dictionaries", "rules"]) {
          if field == "dictionaries" {
            stages.recognise.dictionaries = try folder(item, path: path + ".dictionaries")
          } else {
            stages.recognise.rules = try folder(item, path: path + ".rules")
          }
        }
      case "findings":
        for (_, item) in try entries(value, path: path, known: ["rules"]) {
          stages.findings.rules = try folder(item, path: path + ".rules")
        }
      default:
        for (field, item) in try entries(value, path: path, known: ["workers", "path"]) {
          if field == "workers" {
            stages.store.workers = try int(
              item, path: path + ".workers", in: 1...1,
              why: "the store has one writer (one transaction per paper)")
          } else {
            stages.store.path = try nonEmptyString(item, path: path + ".path")
          }
        }
      }
    }
  }

  private func readLimits(_ node: Node, into limits: inout PipelineConfig.Limits)
    throws(ConfigError)
  {
    for (key, value) in try entries(
      node, path: "limits", known: ["seconds_per_paper", "memory_mb"])
    {
      if key == "seconds_per_paper" {
        limits.secondsPerPaper = try number(value, path: "limits.seconds_per_paper")
      } else {
        limits.memoryMB = try int(value, path: "limits.memory_mb", in: 0...(1 << 30))
      }
    }
  }

  // MARK: - Typed values

  /// The key-value pairs of a mapping (a null node counts as an empty mapping), each key known.
  private func entries(
    _ node: Node, path: String, known: [String]
  ) throws(ConfigError) -> [(String, Node)] {
    if isNull(node) { return [] }
    guard case .mapping(let mapping) = node else {
      throw error(node, path: path, "expected a mapping of keys, found \(describe(node))")
    }
    var result: [(String, Node)] = []
    for (keyNode, value) in mapping {
      guard case .scalar(let scalar) = keyNode else {
        throw error(keyNode, path: path, "keys must be plain names")
      }
      let key = scalar.string
      let keyPath = path.isEmpty ? key : path + "." + key
      guard known.contains(key) else {
        let hint =
          known.isEmpty
          ? "this stage takes no settings"
          : "known keys: " + known.joined(separator: ", ")
        throw error(keyNode, path: keyPath, "unknown key (\(hint))")
      }
      result.append((key, value))
    }
    return result
  }

  private func int(
    _ node: Node, path: String, in range: ClosedRange<Int>, why: String? = nil
  ) throws(ConfigError) -> Int {
    guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any,
      let value = Int(scalar.string)
    else {
      throw error(node, path: path, "expected an integer, found \(describe(node))")
    }
    guard range.contains(value) else {
      let allowed =
        range.lowerBound == range.upperBound
        ? "must be \(range.lowerBound)"
        : "must be between \(range.lowerBound) and \(range.upperBound)"
      throw error(node, path: path, "\(allowed), found \(value)" + (why.map { ": \($0)" } ?? ""))
    }
    return value
  }

  private func number(_ node: Node, path: String) throws(ConfigError) -> Double {
    guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any,
      let value = Double(scalar.string), value.isFinite
    else {
      throw error(node, path: path, "expected a number of seconds, found \(describe(node))")
    }
    guard value > 0 else {
      throw error(node, path: path, "must be greater than 0, found \(scalar.string)")
    }
    return value
  }

  private func string(_ node: Node, path: String) throws(ConfigError) -> String {
    if isNull(node) { return "" }
    guard case .scalar(let scalar) = node else {
      throw error(node, path: path, "expected a text value, found \(describe(node))")
    }
    return scalar.string
  }

  private func nonEmptyString(_ node: Node, path: String) throws(ConfigError) -> String {
    let value = try string(node, path: path)
    guard !value.isEmpty else { throw error(node, path: path, "must not be empty") }
    return value
  }

  private func identifier(_ node: Node, path: String) throws(ConfigError) -> String {
    let value = try nonEmptyString(node, path: path)
    guard value.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic && $0.isASCII }) else {
      throw error(node, path: path, "expected a species prefix such as hsa, found \"\(value)\"")
    }
    return value
  }

  /// A folder path: empty means the bundled data; otherwise it must exist. Returned absolute.
  private func folder(_ node: Node, path: String) throws(ConfigError) -> String {
    let value = try string(node, path: path)
    if value.isEmpty { return "" }
    let url =
      value.hasPrefix("/")
      ? URL(fileURLWithPath: value)
      : URL(fileURLWithPath: baseFolder).appendingPathComponent(value)
    let resolved = url.standardizedFileURL.path
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isFolder) else {
      throw error(node, path: path, "no such folder: \(value)")
    }
    guard isFolder.boolValue else { throw error(node, path: path, "not a folder: \(value)") }
    return resolved
  }

  // MARK: - Helpers

  private func isNull(_ node: Node) -> Bool {
    guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else {
      return false
    }
    return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }

  private func describe(_ node: Node) -> String {
    switch node {
    case .scalar(let scalar):
      if isNull(node) { return "nothing" }
      return "\"\(scalar.string)\""
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .alias: return "an alias"
    }
  }

  private func error(_ node: Node, path: String, _ reason: String) -> ConfigError {
    ConfigError(file: file, line: node.mark?.line, keyPath: path, reason: reason)
  }
}
