import Foundation

/// A run of the store, named on the command line.
public enum RunSelector: Sendable, Equatable {
  /// `run:3` or `3`.
  case id(Int64)
  /// `run:latest`: the last run.
  case latest
  /// `run:previous`: the run before the last.
  case previous
}

/// What a side of `glean diff` names.
public enum SideSpec: Sendable, Equatable {
  /// A folder of expected files (`*.json`, one `glean extract` document each).
  case folder(String)
  /// One `glean extract` document (`.json`).
  case document(String)
  /// A `glean export --format jsonl` file: findings only.
  case export(String)
  /// A run in the store.
  case run(RunSelector)

  /// Reads a side argument: an existing folder, a `.json` or `.jsonl` file, or `run:ID`,
  /// `run:latest`, `run:previous` or a bare run number.
  public static func parse(_ argument: String) throws(DiffError) -> SideSpec {
    var isFolder: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder)
    if exists, isFolder.boolValue { return .folder(argument) }
    let lower = argument.lowercased()
    if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") {
      guard exists else { throw DiffError(file: argument, reason: "no such export file") }
      return .export(argument)
    }
    if lower.hasSuffix(".json") {
      guard exists else { throw DiffError(file: argument, reason: "no such file") }
      return .document(argument)
    }
    let run = lower.hasPrefix("run:") ? String(lower.dropFirst(4)) : lower
    switch run {
    case "latest", "last": return .run(.latest)
    case "previous", "prev": return .run(.previous)
    default:
      if let id = Int64(run), id > 0, !exists || lower.hasPrefix("run:") { return .run(.id(id)) }
    }
    throw DiffError(
      file: argument,
      reason: exists
        ? "not a folder, a .json extraction or a .jsonl export"
        : "no such file or folder, and not a run (run:ID, run:latest, run:previous)")
  }
}
