import GleanFindings

/// A finding in one line, as a curator reads it:
/// `[12] BMSC-Exo: hsa-miR-144 downregulates CCNE1; inhibits lung cancer (proliferation)`.
enum FindingText {
  static func line(_ finding: Finding) -> String {
    var parts: [String] = []
    if !finding.refs.isEmpty {
      parts.append("[" + finding.refs.map(String.init).joined(separator: ",") + "]")
    }
    var agent: [String] = []
    if let source = finding.source { agent.append(source.normalized + ":") }
    let mirnas = finding.mirnas.map { mirna in
      mirna.role.isEmpty || mirna.role == "cargo"
        ? mirna.normalized : "\(mirna.normalized) (\(mirna.role))"
    }
    if !mirnas.isEmpty { agent.append(mirnas.joined(separator: ", ")) }
    parts += agent
    let targets = (finding.genes + finding.families + finding.pathways).map(\.normalized)
    var action = finding.relation.isEmpty ? "?" : finding.relation
    if !targets.isEmpty { action += " " + targets.joined(separator: ", ") }
    parts.append(action + ";")
    var effect = finding.direction
    let cancers = finding.cancers.map(\.normalized)
    if !cancers.isEmpty { effect += " " + cancers.joined(separator: ", ") }
    if !finding.outcomes.isEmpty { effect += " (" + finding.outcomes.joined(separator: ", ") + ")" }
    parts.append(effect)
    if !finding.cellLines.isEmpty {
      parts.append("in " + finding.cellLines.map(\.normalized).joined(separator: ", "))
    }
    var flags: [String] = []
    if finding.hedged { flags.append("hedged") }
    if finding.negated { flags.append("negated") }
    if !flags.isEmpty { parts.append("{" + flags.joined(separator: ", ") + "}") }
    return parts.joined(separator: " ")
  }

  /// A short id for display: the first 10 characters.
  static func shortID(_ id: String) -> String { String(id.prefix(10)) }
}
