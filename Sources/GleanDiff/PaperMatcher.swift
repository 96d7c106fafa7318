import GleanFindings

/// Pairs the papers of the two sides: the same bytes (`id`); else the same key and file name;
/// else the same key (a new version of the paper); else the same file name (its key changed).
enum PaperMatcher {
  static func match(old: [PaperInfo], new: [PaperInfo]) -> [MatchPair] {
    var usedOld = Array(repeating: false, count: old.count)
    var usedNew = Array(repeating: false, count: new.count)
    var pairs: [MatchPair] = []
    let passes: [(PaperInfo) -> String] = [
      { $0.id },
      { $0.key + "\u{1}" + fileName($0.file) },
      { $0.key },
      { fileName($0.file) },
    ]
    for key in passes {
      var queues: [String: [Int]] = [:]
      for (index, paper) in old.enumerated() where !usedOld[index] {
        queues[key(paper), default: []].append(index)
      }
      for (index, paper) in new.enumerated() where !usedNew[index] {
        let value = key(paper)
        guard var queue = queues[value], !queue.isEmpty, !value.isEmpty else { continue }
        let match = queue.removeFirst()
        queues[value] = queue
        usedOld[match] = true
        usedNew[index] = true
        pairs.append(MatchPair(old: match, new: index))
      }
    }
    return .completing(pairs, oldCount: old.count, newCount: new.count)
  }

  /// The last path component (`seed.pdf` of `corpus/papers/seed.pdf`).
  static func fileName(_ path: String) -> String {
    path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
  }

  /// Whether a failure is about this paper: the same bytes, or the same file name.
  static func failure(_ failure: SideFailure, isAbout paper: PaperInfo) -> Bool {
    if let id = failure.paperID, id == paper.id { return true }
    return fileName(failure.path) == fileName(paper.file)
  }
}
