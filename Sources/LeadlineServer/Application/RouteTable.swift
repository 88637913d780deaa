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

    /// The methods served on the path a request names, for `Allow`; empty when no route has that path.
    func methods(servedAt path: String) -> [HTTPRequest.Method] {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        return routes.filter { route in
            let pattern = route.path.split(separator: "/", omittingEmptySubsequences: true)
            return pattern.count == segments.count
                && zip(pattern, segments).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
        }.map(\.method)
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
