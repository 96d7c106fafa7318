import GleanPDF

/// One page reduced to pieces: what layout keeps of a page between the first pass over the
/// document (collecting pieces and margin candidates) and the second (laying pages out).
struct PagePieces: Sendable {
  var number: Int
  var width: Double
  var height: Double
  var pieces: [Piece]
  var quality: PageQuality

  init(_ page: PageText) {
    number = page.number
    width = page.width
    height = page.height
    pieces = PieceBuilder.pieces(of: page)
    quality = QualityCheck.judge(page)
  }
}
