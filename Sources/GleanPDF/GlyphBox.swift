/// An axis-aligned rectangle on a page, in PDF points with the origin at the top-left corner and
/// y growing downwards (poppler-glib's text coordinates).
public struct GlyphBox: Sendable, Codable, Equatable, Hashable {
  public var x0: Double
  public var y0: Double
  public var x1: Double
  public var y1: Double

  /// Creates a box from its left, top, right and bottom edges.
  public init(x0: Double, y0: Double, x1: Double, y1: Double) {
    self.x0 = x0
    self.y0 = y0
    self.x1 = x1
    self.y1 = y1
  }

  public var width: Double { x1 - x0 }
  public var height: Double { y1 - y0 }
  public var midX: Double { (x0 + x1) / 2 }
  public var midY: Double { (y0 + y1) / 2 }

  /// The smallest box holding both.
  public func union(_ other: GlyphBox) -> GlyphBox {
    GlyphBox(
      x0: min(x0, other.x0), y0: min(y0, other.y0), x1: max(x1, other.x1), y1: max(y1, other.y1))
  }

  /// The box rounded to tenths of a point, as it is printed in JSON.
  public var rounded: GlyphBox {
    func r(_ v: Double) -> Double { (v * 10).rounded() / 10 }
    return GlyphBox(x0: r(x0), y0: r(y0), x1: r(x1), y1: r(y1))
  }

  /// `[x0, y0, x1, y1]`.
  public var array: [Double] { [x0, y0, x1, y1] }
}
