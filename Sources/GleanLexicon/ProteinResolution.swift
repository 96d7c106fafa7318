/// What a gene or protein mention stands for, after weighing genes against families.
public enum ProteinResolution: Sendable, Equatable, Codable {
  /// One or more genes, best first (several when an alias is ambiguous).
  case genes([GeneEntry])
  /// A FamPlex family or complex.
  case family(FamilyEntry)
  /// Not a gene product: on the stop list, or grounded by FamPlex to a process or chemical.
  case notAGene(reason: String)
  /// Nothing in the dictionaries.
  case unknown
}

/// One part of a mention list such as `ERK1/2` and what it resolves to.
public struct ProteinMention: Sendable, Equatable, Codable {
  /// The part as a name on its own, e.g. `ERK2` for the `2` of `ERK1/2`.
  public let mention: String
  /// What the part resolves to.
  public let resolution: ProteinResolution
}

/// Splitting of slash lists of names.
public enum MentionList {
  /// Splits a slash list into whole names, completing numbered shorthand from the first part:
  /// `ERK1/2` → `ERK1`, `ERK2`; `MMP-2/9` → `MMP-2`, `MMP-9`; `HIF-1α/2α` → `HIF-1α`, `HIF-2α`;
  /// `细胞外调节蛋白激酶1/2` → both kinases; `PI3K/AKT/mTOR` → the three names as written.
  /// A mention without `/` comes back alone.
  public static func split(_ mention: String) -> [String] {
    let parts = mention.split(whereSeparator: { $0 == "/" || $0 == "／" }).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    guard parts.count > 1, let first = parts.first, !parts.contains(where: \.isEmpty) else {
      return [mention]
    }
    let stem = numberedStem(first)
    return [first]
      + parts.dropFirst().map { part in
        if let stem, isNumberedSuffix(part) {
          return stem + part
        }
        return part
      }
  }

  /// `ERK1` → `ERK`, `MMP-2` → `MMP-`, `HIF-1α` → `HIF-`; `nil` when the name does not end
  /// in a number with at most two letters after it.
  private static func numberedStem(_ name: String) -> String? {
    let characters = Array(name)
    var end = characters.count
    var letters = 0
    while end > 0, !characters[end - 1].isNumber, letters < 2 {
      end -= 1
      letters += 1
    }
    var start = end
    while start > 0, characters[start - 1].isNumber, characters[start - 1].isASCII {
      start -= 1
    }
    guard start < end, start > 0 else {
      return nil
    }
    return String(characters[..<start])
  }

  /// `2`, `9`, `2α`, `17a`: a short part starting with a digit.
  private static func isNumberedSuffix(_ part: String) -> Bool {
    guard let first = part.first, first.isASCII, first.isNumber, part.count <= 4 else {
      return false
    }
    return true
  }
}
