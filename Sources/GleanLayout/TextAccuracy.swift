/// Measures extracted text against the text a PDF was made from.
///
/// Both texts are folded first: every run of whitespace becomes one space, and a space next to a
/// CJK character or wide punctuation is dropped (typesetters put spacing between Chinese and
/// Latin text; it carries no meaning). Accuracy is `1 - edits / length(truth)` with edits the
/// Levenshtein distance over Unicode scalars, computed with Myers' O(ND) algorithm.
///
/// Reading order is checked on the truth cut into chunks of ``chunkLength`` scalars: each chunk
/// found exactly once in the extracted text gets that position; chunks outside the longest run
/// of increasing positions are out of order (a line of a later column placed before the end of
/// an earlier one shows up here).
public enum TextAccuracy {
  /// The result of one comparison.
  public struct Report: Sendable, Equatable, Codable {
    /// Folded length of the truth, in scalars.
    public var truthLength: Int
    /// Folded length of the extracted text.
    public var outputLength: Int
    /// Edit distance between the folded texts.
    public var edits: Int
    /// `1 - edits / truthLength` (0 when the truth is empty).
    public var accuracy: Double
    /// Truth chunks found exactly once in the output.
    public var chunksPlaced: Int
    /// Truth chunks in total.
    public var chunks: Int
    /// Placed chunks that sit out of reading order.
    public var chunksOutOfOrder: Int
    /// Up to five of the chunks out of order, for a report.
    public var outOfOrderSamples: [String]
  }

  /// Length of the truth chunks used for the reading-order check.
  public static let chunkLength = 16

  /// Compares `output` with `truth`.
  public static func compare(output: String, truth: String) -> Report {
    let folded = fold(output)
    let reference = fold(truth)
    let edits = editDistance(reference, folded)
    let accuracy = reference.isEmpty ? 0 : 1 - Double(edits) / Double(reference.count)
    let order = readingOrder(truth: reference, output: folded)
    return Report(
      truthLength: reference.count, outputLength: folded.count, edits: edits,
      accuracy: accuracy, chunksPlaced: order.placed, chunks: order.total,
      chunksOutOfOrder: order.outOfOrder.count, outOfOrderSamples: Array(order.outOfOrder.prefix(5))
    )
  }

  /// Folds whitespace as described above.
  public static func fold(_ text: String) -> [Unicode.Scalar] {
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(text.unicodeScalars.count)
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if ScalarClass.isWhitespace(scalar) {
        pendingSpace = !out.isEmpty
        continue
      }
      if pendingSpace, let last = out.last, !ScalarClass.isCJK(last), !ScalarClass.isCJK(scalar) {
        out.append(" ")
      }
      pendingSpace = false
      out.append(scalar)
    }
    return out
  }

  /// Levenshtein distance (insertions, deletions, substitutions of one scalar each), by Myers'
  /// O((N+M)·D) greedy algorithm extended with diagonal substitutions: memory O(N+M).
  public static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    let n = a.count
    let m = b.count
    if n == 0 { return m }
    if m == 0 { return n }
    // furthest[k] = furthest row i reached on diagonal k = j - i with the current cost.
    let offset = n + 1
    var furthest = [Int](repeating: -1, count: n + m + 3)
    var next = furthest
    func slide(_ i: Int, _ k: Int) -> Int {
      var row = i
      while row < n, row + k < m, a[row] == b[row + k] { row += 1 }
      return row
    }
    furthest[offset] = slide(0, 0)
    if furthest[offset] >= n, m == n { return 0 }
    var lowK = 0
    var highK = 0
    var cost = 0
    while true {
      cost += 1
      let newLow = max(-n, lowK - 1)
      let newHigh = min(m, highK + 1)
      for k in newLow...newHigh {
        var best = -1
        // Substitution: same diagonal, one row further.
        if k >= lowK, k <= highK, furthest[k + offset] >= 0 {
          best = min(furthest[k + offset] + 1, n, max(0, m - k))
        }
        // Deletion from a (move down): from diagonal k + 1, one row further.
        if k + 1 >= lowK, k + 1 <= highK, furthest[k + 1 + offset] >= 0 {
          best = max(best, min(furthest[k + 1 + offset] + 1, n))
        }
        // Insertion into a (move right): from diagonal k - 1, same row.
        if k - 1 >= lowK, k - 1 <= highK, furthest[k - 1 + offset] >= 0 {
          best = max(best, furthest[k - 1 + offset])
        }
        if best < 0 {
          next[k + offset] = -1
          continue
        }
        best = min(best, n, m - k)
        if best < 0 || best + k < 0 {
          next[k + offset] = -1
          continue
        }
        let reached = slide(best, k)
        next[k + offset] = reached
        if k == m - n, reached >= n { return cost }
      }
      for k in newLow...newHigh { furthest[k + offset] = next[k + offset] }
      lowK = newLow
      highK = newHigh
    }
  }

  /// Places truth chunks in the output and finds those out of order.
  static func readingOrder(truth: [Unicode.Scalar], output: [Unicode.Scalar])
    -> (placed: Int, total: Int, outOfOrder: [String])
  {
    var chunks: [[Unicode.Scalar]] = []
    var start = 0
    while start + chunkLength <= truth.count {
      chunks.append(Array(truth[start..<(start + chunkLength)]))
      start += chunkLength
    }
    // Index every output window of chunkLength by its text.
    var windows: [String: Int] = [:]
    var duplicates = Set<String>()
    if output.count >= chunkLength {
      for position in 0...(output.count - chunkLength) {
        let key = output[position..<(position + chunkLength)].map { String($0) }.joined()
        if windows[key] != nil { duplicates.insert(key) } else { windows[key] = position }
      }
    }
    var placed: [(chunk: Int, position: Int)] = []
    for (index, chunk) in chunks.enumerated() {
      let key = chunk.map { String($0) }.joined()
      if let position = windows[key], !duplicates.contains(key) {
        placed.append((index, position))
      }
    }
    // Longest increasing subsequence of positions (patience sorting); the rest is out of order.
    var tails: [Int] = []
    var tailIndex: [Int] = []
    var parent = [Int](repeating: -1, count: placed.count)
    for (index, entry) in placed.enumerated() {
      var low = 0
      var high = tails.count
      while low < high {
        let mid = (low + high) / 2
        if tails[mid] < entry.position { low = mid + 1 } else { high = mid }
      }
      if low > 0 { parent[index] = tailIndex[low - 1] }
      if low == tails.count {
        tails.append(entry.position)
        tailIndex.append(index)
      } else {
        tails[low] = entry.position
        tailIndex[low] = index
      }
    }
    var inOrder = Set<Int>()
    var cursor = tailIndex.last ?? -1
    while cursor >= 0 {
      inOrder.insert(cursor)
      cursor = parent[cursor]
    }
    let outOfOrder = placed.indices.filter { !inOrder.contains($0) }.map {
      chunks[placed[$0].chunk].string
    }
    return (placed.count, chunks.count, outOfOrder)
  }
}
