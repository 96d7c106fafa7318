import Foundation

/// Text prepared for recognition, with maps back to the input it was made from.
///
/// The normalised text is NFKC (full-width to half-width), has every dash variant as `-` and every
/// tilde variant as `~`, joins the lines a PDF broke (dropping the break between CJK characters,
/// keeping the `-` of a `-⏎` inside an identifier, otherwise a space), drops spurious spaces inside
/// CJK runs, and marks hard breaks (headings, table cells, short lines) as a single `\n`.
/// Each normalised scalar knows the input scalar it came from, so spans found here are reported in
/// the input's own Unicode scalar offsets.
public struct NormalizedText: Sendable {
  /// The normalised text as Unicode scalars.
  public let scalars: [Unicode.Scalar]
  /// The normalised text as UTF-16 (for ICU and NSRegularExpression).
  public let utf16: [UInt16]
  /// The normalised text as a string.
  public var string: String { ScalarText.string(scalars[...]) }
  /// The number of Unicode scalars in the input.
  public let inputCount: Int
  /// For each normalised scalar, the input scalar it came from.
  let origin: [Int32]
  /// The input's scalars.
  let input: [Unicode.Scalar]
  /// For each UTF-16 offset (and the end), the scalar it falls in.
  let scalarAtUTF16: [Int32]
  /// For each scalar (and the end), its UTF-16 offset.
  let utf16AtScalar: [Int32]

  init(scalars: [Unicode.Scalar], origin: [Int32], input: [Unicode.Scalar]) {
    self.scalars = scalars
    self.origin = origin
    self.input = input
    inputCount = input.count
    let count = scalars.count
    var units: [UInt16] = []
    units.reserveCapacity(count + count / 16)
    var scalarAt: [Int32] = []
    scalarAt.reserveCapacity(count + 1)
    var unitAt = [Int32](repeating: 0, count: count + 1)
    var index = 0
    while index < count {
      unitAt[index] = Int32(units.count)
      let value = scalars[index].value
      if value < 0x10000 {
        units.append(UInt16(value))
        scalarAt.append(Int32(index))
      } else {
        let offset = value - 0x10000
        units.append(UInt16(0xD800 + (offset >> 10)))
        units.append(UInt16(0xDC00 + (offset & 0x3FF)))
        scalarAt.append(Int32(index))
        scalarAt.append(Int32(index))
      }
      index += 1
    }
    unitAt[count] = Int32(units.count)
    scalarAt.append(Int32(count))
    utf16 = units
    scalarAtUTF16 = scalarAt
    utf16AtScalar = unitAt
  }

  /// The number of normalised scalars.
  public var count: Int { scalars.count }

  /// The input scalar range a normalised scalar range came from.
  public func inputRange(_ range: Range<Int>) -> Range<Int> {
    if range.isEmpty {
      let at = range.lowerBound < origin.count ? Int(origin[range.lowerBound]) : inputCount
      return at..<at
    }
    return Int(origin[range.lowerBound])..<(Int(origin[range.upperBound - 1]) + 1)
  }

  /// The normalised scalar range of a UTF-16 range of the normalised text.
  func scalarRange(utf16 range: NSRange) -> Range<Int> {
    Int(scalarAtUTF16[range.location])..<Int(scalarAtUTF16[range.location + range.length])
  }

  /// The UTF-16 range of a normalised scalar range.
  func utf16Range(_ range: Range<Int>) -> NSRange {
    let lower = Int(utf16AtScalar[range.lowerBound])
    return NSRange(location: lower, length: Int(utf16AtScalar[range.upperBound]) - lower)
  }

  /// The normalised text of a scalar range.
  public func text(_ range: Range<Int>) -> String {
    ScalarText.string(scalars[range])
  }

  /// A hash of the scalars of `range` as written (not folded), for memoising look-ups.
  func exactHash(_ range: Range<Int>) -> UInt64 {
    var hash = FoldHash.seed
    for index in range { hash = FoldHash.add(hash, scalars[index].value) }
    return hash
  }

  /// The text of a normalised range as a reader would quote it: lines joined and CJK spaces
  /// dropped like the normalised text, every other character as written in the input
  /// (full-width punctuation, Greek letters, dashes).
  func displayText(_ range: Range<Int>) -> String {
    var shown: [Unicode.Scalar] = []
    shown.reserveCapacity(range.count)
    var last = -1
    for index in range {
      let from = Int(origin[index])
      let original = input[from]
      if CharClass.isSpace(original.value) || CharClass.isLineBreak(original.value) {
        if from != last { shown.append(scalars[index]) }
      } else if from != last {
        shown.append(original)
      }
      last = from
    }
    return ScalarText.string(shown[...])
  }

  /// The scalar value at `index`, or 0 outside the text.
  @inline(__always) func value(at index: Int) -> UInt32 {
    index >= 0 && index < scalars.count ? scalars[index].value : 0
  }
}
