/// One page after layout: its blocks in reading order and the verdict on its text layer.
public struct LaidOutPage: Sendable, Codable, Equatable {
  /// 1-based page number.
  public var number: Int
  /// Page width in points.
  public var width: Double
  /// Page height in points.
  public var height: Double
  /// Blocks in reading order, running headers, footers and page numbers included (marked by
  /// their kind).
  public var blocks: [Block]
  /// The verdict on the page's text layer.
  public var quality: PageQuality

  /// Creates a laid-out page.
  public init(
    number: Int, width: Double, height: Double, blocks: [Block], quality: PageQuality
  ) {
    self.number = number
    self.width = width
    self.height = height
    self.blocks = blocks
    self.quality = quality
  }
}
