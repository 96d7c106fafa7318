import Foundation
import GleanFindings
import GleanStore

/// How `glean show` prints a stored paper.
public enum PaperView {
  /// A page for a person: the paper, then its findings with their evidence.
  public static func text(_ stored: StoredPaper) -> String {
    let record = stored.record
    let info = record.paper
    var text = ""
    text += "paper     \(info.id)\n"
    text += "file      \(info.file)\n"
    if let title = info.title { text += "title     \(title)\n" }
    if let doi = info.doi { text += "doi       \(doi)\n" }
    text += "key       \(info.key)\n"
    text += "pages     \(info.pages), language \(info.language)"
    text += record.quality.textLayer ? ", text layer" : ", no text layer"
    if !record.quality.garbledPages.isEmpty {
      text +=
        ", garbled pages \(record.quality.garbledPages.map(String.init).joined(separator: " "))"
    }
    text += "\n"
    for warning in record.quality.warnings { text += "warning   \(warning)\n" }
    text += "stored    run \(stored.runID), \(stored.storedAt)\n"
    var kinds: [String: Int] = [:]
    for entity in record.entities { kinds[entity.kind, default: 0] += 1 }
    let counts = kinds.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
    text += "entities  \(record.entities.count)"
    text += counts.isEmpty ? "\n" : " (" + counts.joined(separator: ", ") + ")\n"
    text += "findings  \(record.findings.count)\n"
    for (number, finding) in record.findings.enumerated() {
      text += "\n[\(number + 1)] \(headline(finding))\n"
      text += "    id \(finding.id)"
      if !finding.refs.isEmpty {
        text += "  refs \(finding.refs.map(String.init).joined(separator: ","))"
      }
      if let authors = finding.authors { text += "  \(authors)" }
      text += "\n"
      for evidence in finding.evidence {
        text +=
          "    p.\(evidence.page): \(evidence.text.replacingOccurrences(of: "\t", with: " | "))\n"
      }
    }
    return text
  }

  /// One line: source, miRNAs, relation, targets, direction, cancers, outcomes.
  static func headline(_ finding: Finding) -> String {
    var parts: [String] = []
    if let source = finding.source { parts.append(source.normalized) }
    if !finding.mirnas.isEmpty {
      parts.append(finding.mirnas.map(\.normalized).joined(separator: ", "))
    }
    parts.append(finding.relation)
    let targets = (finding.genes + finding.families + finding.pathways).map(\.normalized)
    if !targets.isEmpty { parts.append(targets.joined(separator: ", ")) }
    var line = parts.joined(separator: " ")
    if !finding.cancers.isEmpty || finding.direction != "unclear" {
      line += " → \(finding.direction)"
      if !finding.cancers.isEmpty {
        line += " " + finding.cancers.map(\.normalized).joined(separator: ", ")
      }
    }
    if !finding.outcomes.isEmpty { line += " (" + finding.outcomes.joined(separator: ", ") + ")" }
    if finding.hedged { line += " [hedged]" }
    if finding.negated { line += " [negated]" }
    return line
  }

  /// `{"paper":…,"quality":…,"run":…,"stored_at":…,"entities":[…],"findings":[…]}`.
  public static func json(_ stored: StoredPaper) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    func encode<T: Encodable>(_ value: T) throws -> String {
      String(decoding: try encoder.encode(value), as: UTF8.self)
    }
    let record = stored.record
    var text = "{\"paper\":" + (try encode(record.paper))
    text += ",\"quality\":" + (try encode(record.quality))
    text += ",\"run\":\(stored.runID),\"stored_at\":" + (try encode(stored.storedAt))
    text += ",\"entities\":[" + record.entities.map(\.json).joined(separator: ",") + "]"
    text += ",\"findings\":[" + (try record.findings.map(encode).joined(separator: ",")) + "]}"
    return text
  }
}
