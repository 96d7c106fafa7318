/// Turns the tags of a claim into the entity lists of a finding.
enum FindingPartsBuilder {
  /// Distinct entity references of `kind` in `tags`, in text order.
  static func refs(_ tags: [EntityTag], kind: EntityTag.Kind) -> [EntityRef] {
    var seen = Set<String>()
    var result: [EntityRef] = []
    for tag in tags where tag.kind == kind && seen.insert(tag.normalized).inserted {
      result.append(tag.entityRef)
    }
    return result
  }

  /// The miRNAs of `analysis`, one per normalised name, with their roles: a cue word's role
  /// (anti-, mimic, 介导) first, `target` for a miRNA acted on by an up- or down-regulation,
  /// else `cargo` when the claim names an exosome source and `regulator` when it does not.
  /// A miRNA that an up- or down-regulation acts on is `silenced` or `overexpressed` when it is
  /// the claim's agent, lowered or raised by the experiment (下调miR-100可以激活PLK1; 诱导miR-200
  /// 家族的表达后EMT受到抑制): when `folded` (the claim acts on genes through it), or when no
  /// exosome source and no other miRNA is the agent. Otherwise it is a `target`.
  static func mirnas(
    _ analysis: ClaimAnalysis, hasSource: Bool, folded: Bool = false
  ) -> [MirnaRef] {
    var relationOf: [Int: String] = [:]
    for hit in analysis.relations where hit.relation != "delivers" && hit.relation != "contains" {
      for tag in hit.targets where tag.kind == .mirna { relationOf[tag.start] = hit.relation }
    }
    let otherAgent = analysis.tags.contains { $0.kind == .mirna && relationOf[$0.start] == nil }
    let manipulated = folded || (!hasSource && !otherAgent)
    var targetRoles: [Int: String] = [:]
    for (start, relation) in relationOf {
      targetRoles[start] =
        !manipulated
        ? "target"
        : relation == "downregulates"
          ? "silenced"
          : relation == "upregulates" ? "overexpressed" : "target"
    }
    var order: [String] = []
    var roles: [String: String] = [:]
    var ids: [String: [String]] = [:]
    for (index, tag) in analysis.tags.enumerated() where tag.kind == .mirna {
      let role =
        analysis.mirnaRoles[index]
        ?? targetRoles[tag.start] ?? (hasSource ? "cargo" : "regulator")
      if roles[tag.normalized] == nil {
        order.append(tag.normalized)
        ids[tag.normalized] = tag.ids
        roles[tag.normalized] = role
      } else if ["target", "silenced", "overexpressed"].contains(roles[tag.normalized] ?? ""),
        targetRoles[tag.start] == nil
      {
        roles[tag.normalized] = role
      }
    }
    return order.map { MirnaRef(normalized: $0, ids: ids[$0] ?? [], role: roles[$0] ?? "cargo") }
  }

  /// Tags with cancers and cell lines written inside an exosome source's name removed
  /// (胶质瘤相关MSC-Exo names a source, not a cancer).
  static func outsideSources(_ tags: [EntityTag]) -> [EntityTag] {
    let sources = tags.filter { $0.kind == .source }
    return tags.filter { tag in
      guard tag.kind == .cancer || tag.kind == .cellLine else { return true }
      return !sources.contains { $0.start <= tag.start && tag.end <= $0.end && $0 != tag }
    }
  }
}
