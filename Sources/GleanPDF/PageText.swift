/// The text layer of one page as poppler gives it, copied into Swift values: every Unicode scalar
/// in content order with its box, and the font runs over them.
public struct PageText: Sendable, Codable, Equatable {
  /// A run of scalars set in one font.
  public struct FontRun: Sendable, Codable, Equatable {
    /// First scalar index of the run.
    public var start: Int
    /// One past the last scalar index of the run.
    public var end: Int
    /// The font's name as the PDF gives it (subset prefix included).
    public var fontName: String
    /// The font size in points.
    public var fontSize: Double

    public init(start: Int, end: Int, fontName: String, fontSize: Double) {
      self.start = start
      self.end = end
      self.fontName = fontName
      self.fontSize = fontSize
    }
  }

  /// 1-based page number.
  public var number: Int
  /// Page width in points.
  public var width: Double
  /// Page height in points.
  public var height: Double
  /// The page's scalars in content order, newlines and spaces included.
  public var scalars: [Unicode.Scalar]
  /// One box per scalar.
  public var boxes: [GlyphBox]
  /// Font runs, ascending, covering the scalars that have a font.
  public var fontRuns: [FontRun]

  public init(
    number: Int, width: Double, height: Double, scalars: [Unicode.Scalar], boxes: [GlyphBox],
    fontRuns: [FontRun]
  ) {
    self.number = number
    self.width = width
    self.height = height
    self.scalars = scalars
    self.boxes = boxes
    self.fontRuns = fontRuns
  }

  /// The page's text in content order.
  public var text: String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }

  /// Font size of each scalar (0 where no run covers it).
  public func fontSizes() -> [Double] {
    var sizes = [Double](repeating: 0, count: scalars.count)
    for run in fontRuns {
      let lower = max(0, run.start)
      let upper = min(scalars.count, run.end)
      if lower < upper {
        for index in lower..<upper { sizes[index] = run.fontSize }
      }
    }
    return sizes
  }
}

extension PageText {
  private enum CodingKeys: String, CodingKey {
    case number, width, height, text, boxes, fontRuns
  }

  /// Decodes a page whose scalars were encoded as one string (a `String` keeps its scalars).
  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    number = try container.decode(Int.self, forKey: .number)
    width = try container.decode(Double.self, forKey: .width)
    height = try container.decode(Double.self, forKey: .height)
    scalars = Array(try container.decode(String.self, forKey: .text).unicodeScalars)
    boxes = try container.decode([GlyphBox].self, forKey: .boxes)
    fontRuns = try container.decode([FontRun].self, forKey: .fontRuns)
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(number, forKey: .number)
    try container.encode(width, forKey: .width)
    try container.encode(height, forKey: .height)
    try container.encode(text, forKey: .text)
    try container.encode(boxes, forKey: .boxes)
    try container.encode(fontRuns, forKey: .fontRuns)
  }
}
