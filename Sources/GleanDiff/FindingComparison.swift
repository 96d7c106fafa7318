import GleanFindings

/// Field-by-field comparison of two findings taken for the same claim.
///
/// Fields are compared in their JSON form, so a field added to the record later is compared too.
enum FindingComparison {
  /// The evidence as a reviewer reads it: page and text, not offsets or boxes.
  struct EvidenceText: Encodable, Equatable {
    var page: Int
    var text: String
  }

  /// The record's keys in the order `glean extract` prints them; keys not listed follow, sorted.
  static let keyOrder = [
    "id", "refs", "authors", "reference", "citations", "source", "mirnas", "genes", "families",
    "pathways", "relation", "direction", "outcomes", "cancers", "cell_lines", "hedged", "negated",
    "origin", "evidence", "rules",
  ]

  /// Fields that hold text as the paper writes it: spaces and line-break hyphens in them depend
  /// on the layout, so a difference in those alone is a move, not a change.
  static let asWritten: Set<String> = ["authors", "reference", "citations", "source"]

  /// The fields that differ, in the record's key order, and whether the evidence moved (same
  /// text up to line breaks, another page, offset or box).
  static func compare(_ old: Finding, _ new: Finding) -> (fields: [FieldChange], moved: Bool) {
    guard old != new else { return ([], false) }
    var fields: [FieldChange] = []
    var moved = false
    let oldFields = JSONValue(encoding: old).objectFields
    let newFields = JSONValue(encoding: new).objectFields
    for key in orderedKeys(oldFields, newFields) {
      if key == "evidence" {
        if evidenceKeys(old) != evidenceKeys(new) {
          fields.append(
            FieldChange(
              field: key, old: JSONValue(encoding: evidenceTexts(old)),
              new: JSONValue(encoding: evidenceTexts(new))))
        } else if old.evidence != new.evidence {
          moved = true
        }
        continue
      }
      let a = oldFields[key] ?? .null
      let b = newFields[key] ?? .null
      guard a != b else { continue }
      if asWritten.contains(key), a.squeezed == b.squeezed {
        moved = true  // the same words, broken or spaced by another layout
      } else {
        fields.append(FieldChange(field: key, old: a, new: b))
      }
    }
    return (fields, moved)
  }

  static func orderedKeys(_ a: [String: JSONValue], _ b: [String: JSONValue]) -> [String] {
    let present = Set(a.keys).union(b.keys)
    let known = keyOrder.filter(present.contains)
    return known + present.subtracting(keyOrder).sorted()
  }

  /// The evidence texts without line-break differences, sorted: equal keys mean the evidence
  /// only moved.
  static func evidenceKeys(_ finding: Finding) -> [String] {
    finding.evidence.map { TextKey.squeeze($0.text) }.sorted()
  }

  static func evidenceTexts(_ finding: Finding) -> [EvidenceText] {
    finding.evidence.map { EvidenceText(page: $0.page, text: $0.text) }
  }

  /// The entities a finding names, as `kind:name` tokens, for matching claims whose id changed.
  static func entityTokens(_ finding: Finding) -> Set<String> {
    var tokens = Set<String>()
    if let source = finding.source { tokens.insert("source:" + source.normalized) }
    for mirna in finding.mirnas { tokens.insert("mirna:" + mirna.normalized) }
    for gene in finding.genes { tokens.insert("gene:" + gene.normalized) }
    for family in finding.families { tokens.insert("family:" + family.normalized) }
    for pathway in finding.pathways { tokens.insert("pathway:" + pathway.normalized) }
    for cancer in finding.cancers { tokens.insert("cancer:" + cancer.normalized) }
    for line in finding.cellLines { tokens.insert("cell_line:" + line.normalized) }
    for outcome in finding.outcomes { tokens.insert("outcome:" + outcome) }
    return tokens
  }
}

extension JSONValue {
  /// The value with every string squeezed (see ``TextKey/squeeze(_:)``).
  var squeezed: JSONValue {
    switch self {
    case .string(let text): .string(TextKey.squeeze(text))
    case .array(let items): .array(items.map(\.squeezed))
    case .object(let fields): .object(fields.mapValues(\.squeezed))
    case .null, .bool, .number: self
    }
  }

  /// The fields of an object; empty for anything else.
  var objectFields: [String: JSONValue] {
    if case .object(let fields) = self { return fields }
    return [:]
  }
}
