import Foundation

/// The assemblies of mono's class library this machine has (the acceptance corpus):
/// every .dll/.exe under /usr/lib/mono, the GAC copies skipped when a 4.5 copy has the same name.
enum MonoCorpus {
    static let root = "/usr/lib/mono"

    static var assemblies: [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var byName: [String: String] = [:]
        for case let relative as String in walker where relative.hasSuffix(".dll") || relative.hasSuffix(".exe") {
            let name = (relative as NSString).lastPathComponent
            let path = root + "/" + relative
            if byName[name] == nil || relative.hasPrefix("4.5/") { byName[name] = path }
        }
        return byName.keys.sorted().compactMap { byName[$0] }
    }
}
