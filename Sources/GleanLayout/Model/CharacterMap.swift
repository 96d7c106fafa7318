import GleanPDF

/// A run of the plain text that comes from one piece of one printed line.
///
/// The character map of a ``TextDocument`` is a list of these runs, ascending by `start`, not
/// overlapping. Scalars `start..<end` of ``TextDocument/text`` were printed on page `page` inside
/// `box` (points, origin top-left), left to right. A single character's box is interpolated: the
/// run's box is cut into `end - start` equal slices along x and the character gets its slice.
/// Scalars that no run covers (block separators, joining spaces) were not printed on a page.
///
/// JSON: `{"start": 120, "end": 164, "page": 2, "box": [56.7, 427.4, 290.5, 436.8]}`, the box
/// as `[x0, y0, x1, y1]` rounded to tenths of a point.
public struct CharacterRun: Sendable, Equatable {
  /// First scalar offset in the plain text.
  public var start: Int
  /// One past the last scalar offset.
  public var end: Int
  /// The 1-based page number.
  public var page: Int
  /// Where the run was printed.
  public var box: GlyphBox

  /// Creates a run.
  public init(start: Int, end: Int, page: Int, box: GlyphBox) {
    self.start = start
    self.end = end
    self.page = page
    self.box = box
  }

  /// The interpolated box of the scalars `range` (clamped to the run).
  public func box(of range: Range<Int>) -> GlyphBox {
    let count = max(1, end - start)
    let lower = max(range.lowerBound, start) - start
    let upper = min(range.upperBound, end) - start
    let step = box.width / Double(count)
    return GlyphBox(
      x0: box.x0 + step * Double(lower), y0: box.y0, x1: box.x0 + step * Double(max(lower, upper)),
      y1: box.y1)
  }
}

extension CharacterRun: Codable {
  private enum CodingKeys: String, CodingKey {
    case start, end, page, box
  }

  /// Decodes a run whose box is `[x0, y0, x1, y1]`.
  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    start = try container.decode(Int.self, forKey: .start)
    end = try container.decode(Int.self, forKey: .end)
    page = try container.decode(Int.self, forKey: .page)
    let edges = try container.decode([Double].self, forKey: .box)
    guard edges.count == 4 else {
      throw DecodingError.dataCorruptedError(
        forKey: .box, in: container, debugDescription: "a box has four numbers")
    }
    box = GlyphBox(x0: edges[0], y0: edges[1], x1: edges[2], y1: edges[3])
  }

  /// Encodes the run with its box as `[x0, y0, x1, y1]` rounded to tenths.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(start, forKey: .start)
    try container.encode(end, forKey: .end)
    try container.encode(page, forKey: .page)
    try container.encode(box.rounded.array, forKey: .box)
  }
}

/// Where a stretch of the plain text was printed: one box per printed line it crosses.
public struct EvidenceBox: Sendable, Codable, Equatable {
  /// The 1-based page number.
  public var page: Int
  /// The box on that page (points, origin top-left).
  public var box: GlyphBox

  /// Creates an evidence box.
  public init(page: Int, box: GlyphBox) {
    self.page = page
    self.box = box
  }
}
