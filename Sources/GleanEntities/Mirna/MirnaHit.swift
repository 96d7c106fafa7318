/// One miRNA as written inside a mention: `143-3p`, `26a2`, `16-1`, `22*`.
struct MirnaParts: Sendable, Equatable {
  var number: String
  var letter = ""
  var paralog = ""
  var arm = ""
  var star = false

  /// The miRBase body: `143-3p`, `26a-2`, `16-1`.
  var body: String {
    var text = number + letter
    if !paralog.isEmpty { text += "-" + paralog }
    if !arm.isEmpty { text += "-" + arm }
    return text
  }

  /// The key of cluster look-ups: `17`, `106b`, `24-2` (no arm).
  var clusterKey: String {
    paralog.isEmpty ? number + letter : number + letter + "-" + paralog
  }
}

/// A miRNA mention found by ``MirnaScanner``, before normalisation.
struct MirnaHit: Sendable {
  enum Family: Sendable { case mir, letSeven }
  enum Shape: Sendable { case single, list, cluster }

  /// UTF-16 range in the normalised text (a star after the name is outside it).
  var range: Range<Int>
  /// The species code written before the name, if any.
  var species: String?
  var family: Family = .mir
  /// Written as a precursor (`pre-miR-`, `hsa-mir-`, `MIR21`).
  var precursorForm = false
  /// Written as an HGNC-style symbol (`MIR21`).
  var geneSymbol = false
  var items: [MirnaParts] = []
  var shape: Shape = .single
  /// A named miRNA or cluster from the rules.
  var named: RecognizerRules.NamedMirna?
  var role: String?
  /// The role's trigger is part of the mention (`anti-miR-21`, `antagomir-21`).
  var roleInName = false
}
