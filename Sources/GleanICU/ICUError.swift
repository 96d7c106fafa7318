/// An ICU call failed; `code` is ICU's `UErrorCode` value.
public struct ICUError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What was being done.
  public var operation: String
  /// ICU's error code (> 0).
  public var code: Int32

  public init(operation: String, code: Int32) {
    self.operation = operation
    self.code = code
  }

  public var description: String { "ICU \(operation) failed with error code \(code)" }
}
