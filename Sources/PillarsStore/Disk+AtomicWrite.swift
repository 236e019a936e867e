import Glibc

extension Disk {
  /// The name a save writes to before renaming over the document: `.promise.json.tmp-<pid>-<random>`.
  static func temporaryName(for name: String) -> String {
    ".\(name).tmp-\(getpid())-\(String(UInt32.random(in: .min ... .max), radix: 16))"
  }

  /// The process id in a temporary file's name, when the name has the pattern `.<file>.tmp-<pid>-<hex>`.
  static func temporaryFileOwner(_ name: String) -> pid_t? {
    guard name.hasPrefix("."), let marker = name.range(ofLast: ".tmp-") else { return nil }
    let parts = name[marker.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[1].isEmpty, parts[1].allSatisfy(\.isHexDigit),
      marker.lowerBound > name.index(after: name.startIndex),
      let pid = pid_t(parts[0]), pid > 0
    else { return nil }
    return pid
  }

  /// Replaces the file at `path` with `bytes` so that a crash leaves either the old or the new
  /// contents, never a mix: a temporary file in the same folder, fsync, rename, fsync of the folder.
  ///
  /// A symbolic link stays a link: the file it points to is the one replaced. The file keeps
  /// its permission bits; a new file gets the usual ones for the user's umask.
  static func writeAtomically(_ bytes: [UInt8], to path: String) throws(Failure) {
    let target = try resolveLinks(path)
    let directory = parentDirectory(of: target)
    let temporary = directory + "/" + temporaryName(for: fileName(of: target))
    var info = stat()
    let existingMode: mode_t? = stat(target, &info) == 0 ? info.st_mode & 0o7777 : nil

    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, existingMode ?? 0o666)
    guard descriptor >= 0 else { throw Failure(target, code: errno) }
    do throws(Failure) {
      if let existingMode, fchmod(descriptor, existingMode) != 0 { throw Failure(target, code: errno) }
      try writeAll(bytes, to: descriptor, path: target)
      if fsync(descriptor) != 0 { throw Failure(target, code: errno) }
    } catch {
      close(descriptor)
      unlink(temporary)
      throw error
    }
    if close(descriptor) != 0 {
      let code = errno
      unlink(temporary)
      throw Failure(target, code: code)
    }
    if rename(temporary, target) != 0 {
      let code = errno
      unlink(temporary)
      throw Failure(target, code: code)
    }
    try syncDirectory(directory)
  }

  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(Failure) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        throw Failure(path, code: errno)
      }
      offset += written
    }
  }
}

extension String {
  /// The range of the last occurrence of `target`.
  fileprivate func range(ofLast target: String) -> Range<String.Index>? {
    var search = endIndex
    while search > startIndex {
      search = index(before: search)
      if self[search...].hasPrefix(target) { return search..<index(search, offsetBy: target.count) }
    }
    return nil
  }
}
