import Foundation

/// What identifies a paper across files: its DOI, else its normalised title, else its file name;
/// and its language by the share of Chinese characters among letters.
enum PaperIdentity {
  /// The paper's stable key.
  static func key(doi: String?, title: String?, file: String) -> String {
    if let doi, !doi.isEmpty { return doi.lowercased() }
    if let title {
      let normalized = normalizeTitle(title)
      if !normalized.isEmpty { return normalized }
    }
    return (file as NSString).lastPathComponent
  }

  /// NFKC, lower-cased, runs of white space folded to one space, no space between two Chinese
  /// characters (a title re-typeset in another width may gain or lose them), trimmed.
  static func normalizeTitle(_ title: String) -> String {
    let folded = title.precomposedStringWithCompatibilityMapping.lowercased()
    var scalars: [Unicode.Scalar] = []
    var pendingSpace = false
    for scalar in folded.unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !scalars.isEmpty
        continue
      }
      if pendingSpace, let last = scalars.last,
        !(ScalarText.isHan(last) && ScalarText.isHan(scalar))
      {
        scalars.append(" ")
      }
      pendingSpace = false
      scalars.append(scalar)
    }
    return String(scalars: scalars)
  }

  /// The paper's own DOI: the first DOI outside the reference list, looking first at the text
  /// of page 1 (running headers and footers included), then at the rest.
  static func doi(_ paper: PaperText) -> String? {
    if let document = paper.document, let first = document.pages.first {
      for block in first.blocks where block.kind != .references {
        if let doi = ReferenceParser.doi(in: block.text) { return doi }
      }
    }
    var outside: [Unicode.Scalar] = []
    outside.reserveCapacity(paper.scalars.count)
    var cursor = 0
    for range in paper.referenceRanges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      if range.lowerBound > cursor {
        outside.append(
          contentsOf: paper.scalars[cursor..<min(range.lowerBound, paper.scalars.count)])
        outside.append("\n")
      }
      cursor = max(cursor, range.upperBound)
    }
    if cursor < paper.scalars.count { outside.append(contentsOf: paper.scalars[cursor...]) }
    return ReferenceParser.doi(in: outside)
  }

  /// `zh` when Chinese characters make at least 60% of the letters outside the reference list,
  /// `en` when they make at most 5%, `mixed` otherwise (and for a paper without letters).
  static func language(_ paper: PaperText) -> String {
    var outside = [Bool](repeating: true, count: paper.scalars.count)
    for range in paper.referenceRanges {
      let lower = max(0, min(range.lowerBound, outside.count))
      let upper = max(lower, min(range.upperBound, outside.count))
      for index in lower..<upper { outside[index] = false }
    }
    var han = 0
    var latin = 0
    for (index, scalar) in paper.scalars.enumerated() where outside[index] {
      if ScalarText.isHan(scalar) {
        han += 1
      } else if ScalarText.isLatinLetter(scalar) {
        latin += 1
      }
    }
    let total = han + latin
    guard total > 0 else { return "mixed" }
    let share = Double(han) / Double(total)
    if share >= 0.6 { return "zh" }
    if share <= 0.05 { return "en" }
    return "mixed"
  }
}
