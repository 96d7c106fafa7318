import CICUShim

/// An ICU break iterator (word or sentence) for one locale. Owns the ICU handle.
///
/// Not `Sendable`: give each task its own breaker.
public final class TextBreaker {
  /// Which boundaries to find.
  public enum Kind: Sendable {
    case word
    case sentence
  }

  /// A segment between two boundaries, in UTF-16 offsets of the text, with ICU's rule status
  /// (for words: 0 none/punctuation, 100–199 number, 200–299 letter, 300 kana, 400 ideographic).
  public struct Segment: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var ruleStatus: Int32
  }

  private let handle: OpaquePointer
  private var boundaryBuffer: [Int32] = []
  private var statusBuffer: [Int32] = []

  /// Opens a breaker of `kind` for `locale` (`zh` handles mixed Chinese and English).
  public init(kind: Kind, locale: String = "zh") throws(ICUError) {
    var status: Int32 = 0
    let raw = glean_breaker_open(
      kind == .sentence ? GLEAN_BREAK_SENTENCE : GLEAN_BREAK_WORD, locale, &status)
    guard let raw else {
      throw ICUError(operation: "opening a \(kind) break iterator for \(locale)", code: status)
    }
    handle = raw
  }

  deinit {
    glean_breaker_close(handle)
  }

  /// The segments of `utf16`, in order, covering it entirely.
  public func segments(of utf16: [UInt16]) throws(ICUError) -> [Segment] {
    let status = utf16.withUnsafeBufferPointer { buffer in
      glean_breaker_set_text(handle, buffer.baseAddress, Int32(buffer.count))
    }
    if status > 0 { throw ICUError(operation: "setting text", code: status) }
    if utf16.isEmpty { return [] }
    var count = fill()
    if count > boundaryBuffer.count {
      boundaryBuffer = [Int32](repeating: 0, count: count)
      statusBuffer = [Int32](repeating: 0, count: count)
      count = fill()
    }
    var result: [Segment] = []
    result.reserveCapacity(count)
    var start = 0
    for index in 0..<count {
      let end = Int(boundaryBuffer[index])
      result.append(Segment(start: start, end: end, ruleStatus: statusBuffer[index]))
      start = end
    }
    return result
  }

  /// The segments of `text` as ranges of `String.Index`.
  public func segments(of text: String) throws(ICUError) -> [Range<String.Index>] {
    let utf16 = Array(text.utf16)
    let parts = try segments(of: utf16)
    let view = text.utf16
    return parts.map { part in
      let lower = view.index(view.startIndex, offsetBy: part.start)
      let upper = view.index(view.startIndex, offsetBy: part.end)
      return lower..<upper
    }
  }

  private func fill() -> Int {
    if boundaryBuffer.isEmpty {
      boundaryBuffer = [Int32](repeating: 0, count: 1024)
      statusBuffer = [Int32](repeating: 0, count: 1024)
    }
    let capacity = Int32(boundaryBuffer.count)
    return boundaryBuffer.withUnsafeMutableBufferPointer { boundaries in
      statusBuffer.withUnsafeMutableBufferPointer { statuses in
        Int(
          glean_breaker_boundaries(
            handle, boundaries.baseAddress, statuses.baseAddress, capacity))
      }
    }
  }
}

@available(*, unavailable)
extension TextBreaker: Sendable {}
