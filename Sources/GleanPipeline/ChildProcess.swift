import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A child process with its standard input and output on pipes and its standard error appended
/// to a file. Spawned with `posix_spawn`; every pipe end is close-on-exec, so a child never holds
/// another child's pipes and the end of a child is seen as the end of its output.
///
/// Not `Sendable`: one thread owns it.
final class ChildProcess {
  let pid: pid_t
  private let input: Int32
  private let output: Int32
  private var buffer: [UInt8] = []
  /// Where the unread part of `buffer` starts (lines before it were returned).
  private var consumed = 0
  /// How much of `buffer` is known to hold no newline (never before `consumed`), so that a long
  /// line is searched once.
  private var searched = 0
  private var exited: Int32?
  private var inputOpen = true
  /// The child's peak resident memory in KiB, known once it has been waited for.
  private(set) var peakResidentKiB = 0

  /// How a child ended.
  enum Ending: Equatable {
    case exited(Int32)
    case signalled(Int32)
  }

  /// Starts `executable` with `arguments` (not including the program name) and `environment`,
  /// its standard error appended to `errorLog`.
  init(executable: String, arguments: [String], environment: [String: String], errorLog: String)
    throws
  {
    // Pipes are made close-on-exec and the child spawned under one lock, so that no other
    // child started at the same moment inherits them.
    Self.spawnLock.lock()
    defer { Self.spawnLock.unlock() }
    var toChild: [Int32] = [-1, -1]
    var fromChild: [Int32] = [-1, -1]
    guard Self.closeOnExecPipe(&toChild) else { throw ChildProcessError.system("pipe", errno) }
    guard Self.closeOnExecPipe(&fromChild) else {
      close(toChild[0])
      close(toChild[1])
      throw ChildProcessError.system("pipe", errno)
    }
    let log = open(errorLog, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
    defer {
      close(toChild[0])
      close(fromChild[1])
      if log >= 0 { close(log) }
    }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
    posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
    if log >= 0 { posix_spawn_file_actions_adddup2(&actions, log, 2) }

    let argv = [executable] + arguments
    let envp = environment.map { "\($0.key)=\($0.value)" }
    var spawned: pid_t = 0
    let status = Self.withCStrings(argv) { cArgv in
      Self.withCStrings(envp) { cEnvp in
        posix_spawn(&spawned, executable, &actions, nil, cArgv, cEnvp)
      }
    }
    guard status == 0 else {
      close(toChild[1])
      close(fromChild[0])
      throw ChildProcessError.system("posix_spawn \(executable)", status)
    }
    pid = spawned
    input = toChild[1]
    output = fromChild[0]
  }

  deinit {
    closeInput()
    close(output)
    if exited == nil {
      kill(pid, SIGKILL)
      _ = wait()
    }
  }

  /// Writes `line` and a newline to the child's standard input; `false` when the child is gone.
  func send(line: String) -> Bool {
    guard inputOpen else { return false }
    var bytes = Array(line.utf8)
    bytes.append(10)
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { raw in
        write(input, raw.baseAddress, raw.count)
      }
      if written < 0 {
        if errno == EINTR { continue }
        return false
      }
      offset += written
    }
    return true
  }

  /// What reading a line gave.
  enum LineResult {
    case line([UInt8])
    /// The child closed its output (it exited or crashed).
    case endOfOutput
    /// No complete line before the deadline.
    case timedOut
    /// `cancelled` said to stop waiting.
    case cancelled
  }

  /// The next line of the child's standard output (without the newline), waiting at most until
  /// `deadline` (`DispatchTime` nanoseconds); `cancelled` is asked about every 200 ms.
  func readLine(deadline: UInt64, cancelled: () -> Bool = { false }) -> LineResult {
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      if let newline = buffer[searched...].firstIndex(of: 10) {
        let line = Array(buffer[consumed..<newline])
        consumed = newline + 1
        searched = consumed
        return .line(line)
      }
      // Drop the lines already returned before reading more, so the buffer holds one line.
      if consumed > 0 {
        buffer.removeSubrange(..<consumed)
        consumed = 0
      }
      searched = buffer.count
      let now = DispatchTime.now().uptimeNanoseconds
      if now >= deadline { return .timedOut }
      if cancelled() { return .cancelled }
      let waitMS = Int32(min(200, (deadline - now + 999_999) / 1_000_000))
      var descriptor = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
      let ready = poll(&descriptor, 1, waitMS)
      if ready < 0 {
        if errno == EINTR { continue }
        return .endOfOutput
      }
      if ready == 0 { continue }
      let count = chunk.withUnsafeMutableBytes { raw in read(output, raw.baseAddress, raw.count) }
      if count < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        return .endOfOutput
      }
      if count == 0 { return .endOfOutput }
      buffer.append(contentsOf: chunk[0..<count])
    }
  }

  /// Kills the child with SIGKILL.
  func killNow() {
    if exited == nil { kill(pid, SIGKILL) }
  }

  /// Closes the child's standard input, its signal to finish.
  func closeInput() {
    if inputOpen {
      inputOpen = false
      close(input)
    }
  }

  /// Waits for the child to end and tells how.
  @discardableResult
  func wait() -> Ending {
    if let exited { return Self.ending(exited) }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 {
      if errno != EINTR { break }
    }
    exited = status
    peakResidentKiB = Int(usage.ru_maxrss)
    return Self.ending(status)
  }

  private static let spawnLock = NSLock()

  private static func closeOnExecPipe(_ ends: inout [Int32]) -> Bool {
    guard pipe(&ends) == 0 else { return false }
    for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    return true
  }

  private static func ending(_ status: Int32) -> Ending {
    let signal = status & 0x7f
    return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
  }

  private static func withCStrings<R>(
    _ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> R
  ) -> R {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    pointers.append(nil)
    defer { for pointer in pointers { free(pointer) } }
    return pointers.withUnsafeBufferPointer { buffer in
      // posix_spawn takes `char *const argv[]`.
      body(buffer.baseAddress.unsafelyUnwrapped)
    }
  }
}

/// A system call failed while starting or talking to a child.
enum ChildProcessError: Error, CustomStringConvertible {
  case system(String, Int32)

  var description: String {
    switch self {
    case .system(let call, let code): "\(call): \(String(cString: strerror(code)))"
    }
  }
}

@available(*, unavailable)
extension ChildProcess: Sendable {}
