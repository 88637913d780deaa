import LeadlineCore

/// What every page shows around its content: the title, who is signed in, the navigation bar
/// for their role, and the token the page's forms carry.
struct Chrome: Sendable {
    struct NavItem: Sendable {
        var label: String
        var href: String
        var current: Bool
    }

    enum Section: String, Sendable, CaseIterable {
        case lists, processes, users
    }

    var title: String
    var signedIn: Bool
    var userName: String
    var role: String
    var csrf: String
    var nav: [NavItem]
    var signOut = AdminLink.signOut.href
    var stylesheet = AdminLink.asset("leadline.css").href
    var script = AdminLink.asset("leadline.js").href
    var icon = AdminLink.asset("favicon.svg").href

    init(_ context: AppRequestContext, title: String, section: Section?) {
        self.title = title
        signedIn = context.session != nil
        userName = context.session?.user.name ?? ""
        role = context.identity.map { $0.role.rawValue + ($0.isSystemAdministrator ? ", system administrator" : "") } ?? ""
        csrf = context.session?.csrfToken ?? ""
        let principal = context.identity
        nav = Section.allCases.compactMap { item in
            guard let principal, principal.role.allows(item.permission) else { return nil }
            return NavItem(label: item.label, href: item.link.href, current: item == section)
        }
    }
}

extension Chrome.Section {
    var label: String {
        switch self {
        case .lists: "Lists"
        case .processes: "Processes"
        case .users: "Users"
        }
    }

    var link: AdminLink {
        switch self {
        case .lists: .lists
        case .processes: .processes
        case .users: .users
        }
    }

    /// The permission a section's pages need, so the bar shows only what the person may open.
    var permission: Permission {
        switch self {
        case .lists: .readLists
        case .processes: .readContacts
        case .users: .manageUsers
        }
    }
}
