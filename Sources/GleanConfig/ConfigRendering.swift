import Foundation

extension PipelineConfig {
  /// The configuration as `pipeline.yaml` text with every value written out, as `glean config`
  /// prints it. `cores` resolves `workers: 0` to the number of worker processes actually used.
  public func renderYAML(cores: Int) -> String {
    let workersNote =
      stages.extract.workers == 0
      ? "worker processes (0 in the file: one per core)" : "worker processes"
    let lines: [(String, String)] = [
      ("version: \(version)", ""),
      ("species: \(quote(species))", "prefix of miRNA names written without one"),
      ("stages:", "extract, segment, recognise, findings run in workers"),
      ("  extract:", ""),
      ("    workers: \(workerCount(cores: cores))", workersNote),
      ("  segment: {}", ""),
      ("  recognise:", ""),
      ("    dictionaries: \(quote(stages.recognise.dictionaries))", "empty: bundled dictionaries"),
      ("    rules: \(quote(stages.recognise.rules))", "empty: bundled recogniser rules"),
      ("  findings:", ""),
      ("    rules: \(quote(stages.findings.rules))", "empty: bundled finding rules"),
      ("  store:", ""),
      ("    workers: \(stages.store.workers)", "the one writer"),
      ("    path: \(quote(stages.store.path))", "relative to the working folder"),
      ("limits:", ""),
      ("  seconds_per_paper: \(format(limits.secondsPerPaper))", "slower: killed, timeout"),
      ("  memory_mb: \(limits.memoryMB)", "address space of a worker (0: none)"),
      ("queue_capacity: \(queueCapacity)", "papers waiting between stages"),
    ]
    var text = "# Effective configuration of glean ingest: the file's values, defaults filled in.\n"
    for (line, comment) in lines {
      if comment.isEmpty {
        text += line + "\n"
      } else {
        let padding = String(repeating: " ", count: max(1, 40 - line.count))
        text += line + padding + "# " + comment + "\n"
      }
    }
    return text
  }

  private func quote(_ text: String) -> String {
    // A JSON string literal is a valid YAML double-quoted scalar.
    let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
    return String(decoding: data, as: UTF8.self)
  }

  private func format(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }
}
