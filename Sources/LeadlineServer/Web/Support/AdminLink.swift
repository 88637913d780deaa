/// Every address of the web admin, built in one place so that no page writes one by hand.
enum AdminLink: Sendable, Equatable {
    case home
    case signIn
    case signOut
    case lists
    case newList
    case list(Int64)
    case deleteList(Int64)
    case importFile(Int64)
    case importPreview(Int64)
    case startImport(Int64)
    case processes
    case process(Int64)
    case processProgress(Int64)
    case processFile(Int64)
    case cancelProcess(Int64)
    case users
    case disableUser(Int64)
    case enableUser(Int64)
    case asset(String)

    static let root = "/admin"

    var href: String {
        switch self {
        case .home: Self.root
        case .signIn: "\(Self.root)/sign-in"
        case .signOut: "\(Self.root)/sign-out"
        case .lists: "\(Self.root)/lists"
        case .newList: "\(Self.root)/lists/new"
        case .list(let id): "\(Self.root)/lists/\(id)"
        case .deleteList(let id): "\(Self.root)/lists/\(id)/delete"
        case .importFile(let id): "\(Self.root)/lists/\(id)/import"
        case .importPreview(let id): "\(Self.root)/lists/\(id)/import/preview"
        case .startImport(let id): "\(Self.root)/lists/\(id)/import/start"
        case .processes: "\(Self.root)/processes"
        case .process(let id): "\(Self.root)/processes/\(id)"
        case .processProgress(let id): "\(Self.root)/processes/\(id)/progress"
        case .processFile(let id): "\(Self.root)/processes/\(id)/file"
        case .cancelProcess(let id): "\(Self.root)/processes/\(id)/cancel"
        case .users: "\(Self.root)/users"
        case .disableUser(let id): "\(Self.root)/users/\(id)/disable"
        case .enableUser(let id): "\(Self.root)/users/\(id)/enable"
        case .asset(let name): "\(Self.root)/assets/\(name)"
        }
    }
}
