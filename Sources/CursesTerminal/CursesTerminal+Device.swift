import CNcursesw
import Glibc

extension CursesTerminal {
  /// Where the terminal reads keys and writes the screen.
  public struct Device: Sendable {
    enum Kind: Sendable {
      case terminal(input: Int32, output: Int32)
      case files(input: String, output: String, width: Int, height: Int)
    }

    let kind: Kind

    /// Standard input and output, which must both be a terminal.
    public static let standardStreams = Device(kind: .terminal(input: STDIN_FILENO, output: STDOUT_FILENO))

    /// Two open file descriptors, which must both be a terminal.
    public static func terminal(input: Int32, output: Int32) -> Device {
      Device(kind: .terminal(input: input, output: output))
    }

    /// Files instead of a terminal, for tests: keys are read from `inputPath`, the bytes
    /// meant for the screen are appended to `outputPath`, and the screen has the given size.
    public static func headless(
      inputPath: String = "/dev/null", outputPath: String, width: Int, height: Int
    ) -> Device {
      Device(kind: .files(input: inputPath, output: outputPath, width: width, height: height))
    }

    var isHeadless: Bool {
      if case .files = kind { return true }
      return false
    }
  }
}

extension CursesTerminal {
  typealias FilePair = (input: UnsafeMutablePointer<FILE>?, output: UnsafeMutablePointer<FILE>?)

  /// Opens the device's input and output as C files for ncurses.
  ///
  /// A terminal's descriptors are duplicated, so closing the files later leaves standard
  /// input and output open.
  static func openFiles(
    _ device: Device
  ) throws -> (input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>) {
    switch device.kind {
    case .terminal(let input, let output):
      guard isatty(input) == 1, isatty(output) == 1 else {
        throw TerminalUnavailable(.notATerminal)
      }
      let inputCopy = dup(input)
      let outputCopy = dup(output)
      let inputFile = inputCopy >= 0 ? fdopen(inputCopy, "r") : nil
      let outputFile = outputCopy >= 0 ? fdopen(outputCopy, "w") : nil
      guard let inputFile, let outputFile else {
        if let inputFile { fclose(inputFile) } else if inputCopy >= 0 { Glibc.close(inputCopy) }
        if let outputFile { fclose(outputFile) } else if outputCopy >= 0 { Glibc.close(outputCopy) }
        throw TerminalUnavailable(.cannotOpen("the terminal"))
      }
      return (inputFile, outputFile)
    case .files(let inputPath, let outputPath, _, _):
      guard let inputFile = fopen(inputPath, "r") else {
        throw TerminalUnavailable(.cannotOpen(inputPath))
      }
      guard let outputFile = fopen(outputPath, "w") else {
        fclose(inputFile)
        throw TerminalUnavailable(.cannotOpen(outputPath))
      }
      return (inputFile, outputFile)
    }
  }

  static func closeFiles(_ files: FilePair) {
    if let input = files.input { fclose(input) }
    if let output = files.output { fclose(output) }
  }

  /// Sets the locale from the environment, as curses needs before it starts, falling back
  /// to C.UTF-8 for character handling when the environment's locale is not UTF-8.
  /// Returns whether text can now be drawn as UTF-8.
  static func chooseUTF8Locale() -> Bool {
    setlocale(LC_ALL, "")
    if cn_locale_is_utf8() != 0 { return true }
    return setlocale(LC_CTYPE, "C.UTF-8") != nil && cn_locale_is_utf8() != 0
  }
}
