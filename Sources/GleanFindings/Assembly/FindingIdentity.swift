import Crypto

/// The stable id of a finding: `f_` and the first 16 hex digits of the SHA-256 of its
/// normalised content (the paper's key, refs, source, agents, relation, targets, direction,
/// cancers, and whether it is negated), member lists sorted. Whitespace, pages, offsets and
/// evidence do not enter it, so the same claim keeps its id in a re-typeset file of the paper.
enum FindingIdentity {
  static func id(of finding: Finding, paperKey: String) -> String {
    let digest = SHA256.hash(data: Array(canonical(finding, paperKey: paperKey).utf8))
    let digits = Array("0123456789abcdef".unicodeScalars)
    var hex: [Unicode.Scalar] = ["f", "_"]
    for byte in digest.prefix(8) {
      hex.append(digits[Int(byte >> 4)])
      hex.append(digits[Int(byte & 0x0f)])
    }
    return String(scalars: hex)
  }

  /// The canonical text the id hashes, one `name=value` line per part.
  static func canonical(_ finding: Finding, paperKey: String) -> String {
    func fold(_ text: String) -> String {
      text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
    func names(_ refs: [EntityRef]) -> String {
      Set(refs.map { fold($0.normalized) }).sorted().joined(separator: ",")
    }
    var lines = [
      "v1",
      "paper=\(fold(paperKey))",
      "refs=\(Set(finding.refs).sorted().map(String.init).joined(separator: ","))",
    ]
    if finding.refs.isEmpty, let authors = finding.authors {
      lines.append("authors=\(fold(authors).lowercased())")
    }
    lines += [
      "source=\(fold(finding.source?.normalized ?? ""))",
      "mirnas=\(Set(finding.mirnas.map { fold($0.normalized) }).sorted().joined(separator: ","))",
      "relation=\(finding.relation)",
      "genes=\(names(finding.genes))",
      "families=\(names(finding.families))",
      "pathways=\(names(finding.pathways))",
      "direction=\(finding.direction)",
      "cancers=\(names(finding.cancers))",
      "negated=\(finding.negated)",
    ]
    return lines.joined(separator: "\n")
  }
}
