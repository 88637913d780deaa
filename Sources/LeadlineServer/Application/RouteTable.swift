import Foundation
import HTTPTypes
import Hummingbird

/// The routes the router serves, read from the router itself once every controller registered:
/// what lets an unknown method on a known path answer 405 with `Allow`, and what tests walk.
public final class RouteTable: Sendable {
    public struct Route: Sendable, Hashable, CustomStringConvertible {
        public var method: HTTPRequest.Method
        /// `/api/v1/lists/{id}`, as the OpenAPI document writes paths.
        public var path: String

        public var description: String { "\(method.rawValue) \(path)" }

        /// A page of the web admin (or `/`, which leads there): HTML for people, outside the
        /// API's document and its token rules.
        public var isPage: Bool { path == "/" || path == AdminLink.root || path.hasPrefix(AdminLink.root + "/") }
    }

    private let box = LockedRoutes()

    public init() {}

    public var routes: [Route] { box.routes }

    func fill<Context>(from router: Router<Context>) {
        box.routes = router.routes.map { route in
            let path = route.path.components.map { element -> String in
                let text = element.description
                return text.hasPrefix(":") ? "{\(text.dropFirst())}" : text
            }
            return Route(method: route.method, path: "/" + path.joined(separator: "/"))
        }
    }

    /// The methods served on the path a request names, for `Allow`; empty when no route has that
    /// path. Where a literal segment and a parameter both match (`/blacklist/export` and
    /// `/blacklist/{id}`), the router takes the literal, and so does this.
    func methods(servedAt path: String) -> [HTTPRequest.Method] {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        let matching = Dictionary(grouping: routes) { $0.path }.filter { pattern, _ in
            let parts = pattern.split(separator: "/", omittingEmptySubsequences: true)
            return parts.count == segments.count && zip(parts, segments).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
        }
        // The most literal pattern: compared segment by segment, a literal beats a parameter.
        let best = matching.keys.max { lhs, rhs in
            let l = lhs.split(separator: "/").map { !$0.hasPrefix("{") }
            let r = rhs.split(separator: "/").map { !$0.hasPrefix("{") }
            return l.lexicographicallyPrecedes(r) { !$0 && $1 }
        }
        return best.map { matching[$0]!.map(\.method) } ?? []
    }
}

/// Written once, after the router is built, and read by every request after.
private final class LockedRoutes: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [RouteTable.Route] = []

    var routes: [RouteTable.Route] {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
