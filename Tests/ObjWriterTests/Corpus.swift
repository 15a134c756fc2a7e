import Foundation
import ObjWriter

/// The real-world objects the tests run over: every archive of emscripten's sysroot and of
/// wasi-libc, plus the loose `crt*.o` files. Installed by `scripts/bootstrap`.
enum Corpus {
    static let emscriptenLib = "/usr/share/emscripten/cache/sysroot/lib/wasm32-emscripten"
    static let wasiLib = "/usr/lib/wasm32-wasi"

    /// Files under `directory` and its subdirectories (emscripten keeps `pic/`, `lto/` and
    /// `lto-pic/` variants of every library there) whose names end in `suffix`.
    static func files(in directory: String, suffix: String) -> [String] {
        let names = FileManager.default.enumerator(atPath: directory)?.compactMap { $0 as? String } ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { "\(directory)/\($0)" }
    }

    static var archivePaths: [String] {
        files(in: emscriptenLib, suffix: ".a") + files(in: wasiLib, suffix: ".a")
    }

    static var objectPaths: [String] {
        files(in: emscriptenLib, suffix: ".o") + files(in: wasiLib, suffix: ".o")
    }

    static func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DecodeError("cannot read file", context: path, offset: 0)
        }
        return [UInt8](data)
    }

    /// One wasm object, by name, from the corpus (`archive.a(member.o)` or a loose `.o`).
    static func object(archive: String, member: String) throws -> [UInt8] {
        let parsed = try Archive.read(try read(archive))
        guard let found = parsed.members.first(where: { $0.name == member }) else {
            throw DecodeError("no member \(member)", context: archive, offset: 0)
        }
        return found.data
    }
}

/// Results gathered from concurrent workers.
final class LockedResults<T>: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var items: [T] = []

    func append(_ item: T) {
        lock.lock()
        items.append(item)
        lock.unlock()
    }
}

/// The index of the first byte where two buffers differ (or the shorter length).
func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> Int {
    var i = 0
    let n = min(a.count, b.count)
    while i < n && a[i] == b[i] { i += 1 }
    return i
}
