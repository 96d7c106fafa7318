/// A line of a page in reading order, with the flow it came from.
struct PageLine: Sendable {
  var line: Line
  /// Index of the flow in the page's flows.
  var flow: Int
  var flowKind: Flow.Kind
  var grid: Bool

  var text: String { line.string }
}
