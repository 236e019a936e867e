import Glibc

/// Runs a shell command on the terminal Pillars holds, the way a shell or git runs an editor.
///
/// The command stays in Pillars' own process group, which is the terminal's foreground group,
/// so it can read the keyboard. (Foundation's `Process` puts a child in a group of its own:
/// the terminal then stops it, or refuses it, on its first read.) It starts with every signal
/// at its default, none blocked, and no descriptor of Pillars' but standard input, output and
/// error.
///
/// While it runs, Pillars ignores SIGINT and SIGQUIT, which the terminal sends to the whole
/// group and which are the command's to act on, and lets SIGTSTP stop it along with the
/// command, so that suspending an editor (vi's `:stop`, C-z) suspends the pair and `fg` brings
/// both back.
enum ForegroundCommand {
  enum Outcome: Equatable {
    case exited(Int32)
    case killed(signal: Int32)
  }

  struct StartFailure: Error, CustomStringConvertible {
    var code: Int32
    var description: String { String(cString: strerror(code)) }
  }

  /// Runs `/bin/sh -c script` with `arguments` as `$0`, `$1`... and waits for it to end.
  static func run(shell script: String, arguments: [String]) throws(StartFailure) -> Outcome {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // curses' copies of the terminal and anything else opened without close-on-exec.
    for descriptor in Int32(3)..<Int32(1024) {
      let flags = fcntl(descriptor, F_GETFD)
      if flags != -1 && flags & FD_CLOEXEC == 0 { posix_spawn_file_actions_addclose(&actions, descriptor) }
    }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    // No POSIX_SPAWN_SETPGROUP: the child must stay in the foreground group.
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let saved = setWhileWaiting()
    defer { restore(saved) }
    let words = ["/bin/sh", "-c", script] + arguments
    var argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let started = posix_spawn(&pid, "/bin/sh", &actions, &attributes, &argv, environ)
    guard started == 0 else { throw StartFailure(code: started) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 {
      guard errno == EINTR else { return .exited(127) }
    }
    // WIFEXITED / WEXITSTATUS / WTERMSIG, which are macros C alone can call.
    let signal = status & 0x7F
    return signal == 0 ? .exited((status >> 8) & 0xFF) : .killed(signal: signal)
  }

  private typealias SavedActions = [(signal: Int32, action: sigaction)]

  private static func setWhileWaiting() -> SavedActions {
    let wanted: [(Int32, sighandler_t?)] = [(SIGINT, SIG_IGN), (SIGQUIT, SIG_IGN), (SIGTSTP, SIG_DFL)]
    var saved: SavedActions = []
    for (signal, handler) in wanted {
      var old = sigaction()
      var new = sigaction()
      new.__sigaction_handler.sa_handler = handler
      sigemptyset(&new.sa_mask)
      if sigaction(signal, &new, &old) == 0 { saved.append((signal, old)) }
    }
    return saved
  }

  private static func restore(_ saved: SavedActions) {
    for (signal, action) in saved {
      var action = action
      sigaction(signal, &action, nil)
    }
  }
}
