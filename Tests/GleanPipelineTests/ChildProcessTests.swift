import Foundation
import Testing

@testable import GleanPipeline

@Suite struct ChildProcessTests {
  /// Lines much longer than one read of the pipe (a paper's record can be megabytes) and several
  /// lines arriving in one read come back whole and in order.
  @Test(arguments: [10, 70_000, 400_000])
  func linesOfAnyLengthArriveWhole(length: Int) throws {
    let log = FileManager.default.temporaryDirectory
      .appendingPathComponent("glean-child-\(UUID().uuidString).log").path
    defer { try? FileManager.default.removeItem(atPath: log) }
    // Three lines: `length` times "a", then "b", then `length` times "c".
    let script = """
      head -c \(length) /dev/zero | tr '\\0' a; echo; echo b; head -c \(length) /dev/zero | tr '\\0' c; echo
      """
    let child = try ChildProcess(
      executable: "/bin/sh", arguments: ["-c", script], environment: [:], errorLog: log)
    let deadline = DispatchTime.now().uptimeNanoseconds + 60 * 1_000_000_000
    var lines: [[UInt8]] = []
    while case .line(let bytes) = child.readLine(deadline: deadline) { lines.append(bytes) }
    #expect(child.wait() == .exited(0))
    try #require(lines.count == 3)
    #expect(lines[0].count == length && lines[0].allSatisfy { $0 == UInt8(ascii: "a") })
    #expect(lines[1] == [UInt8(ascii: "b")])
    #expect(lines[2].count == length && lines[2].allSatisfy { $0 == UInt8(ascii: "c") })
  }
}
