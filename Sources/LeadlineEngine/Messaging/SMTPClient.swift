import CCurl
import Foundation
import LeadlineCore

/// An SMTP relay, spoken to through libcurl: STARTTLS (required, never silently skipped) or TLS
/// from the first byte, a login when a user is set, one message per connection. libcurl blocks,
/// so each send runs on a thread of its own. libcurl's own time-out does not cover the wait for
/// the relay's answer to the message's end, so the send is also raced against the time-out here.
struct SMTPClient: MessageGateway {
    let gateway: Gateway
    let certificateAuthorities: String?

    private static let initialized: Bool = leadline_curl_global_init() == CURLE_OK

    func send(_ message: OutboundMessage) async -> SendOutcome {
        let settings = gateway.settings
        guard let host = settings.host, let port = settings.port else { return .refused("the gateway has no SMTP host") }
        let mail = MailMessage(
            from: settings.from, to: message.to, replyTo: settings.replyTo, subject: message.subject ?? "", text: message.text, html: message.html,
            messageID: "attempt-\(message.attemptID).\(gateway.id)@leadline", unsubscribeURL: message.unsubscribeURL, date: Date())
        let job = Transfer(
            url: "\(settings.security == .tls ? "smtps" : "smtp")://\(host):\(port)", security: settings.security ?? .starttls,
            username: settings.username, password: gateway.secrets.password, from: settings.from, to: message.to,
            bytes: Array(mail.rendered().utf8), timeout: settings.timeoutSeconds, certificateAuthorities: certificateAuthorities)
        let answer = Once()
        return await withCheckedContinuation { continuation in
            answer.set(continuation)
            Thread.detachNewThread { answer.resume(job.run()) }
            Thread.detachNewThread {
                Thread.sleep(forTimeInterval: Double(settings.timeoutSeconds) + 1)
                answer.resume(.failed("the relay did not answer within \(settings.timeoutSeconds) seconds"))
            }
        }
    }

    /// Resumes its continuation with whichever outcome comes first.
    private final class Once: @unchecked Sendable {
        private let lock = NSLock()
        private var continuation: CheckedContinuation<SendOutcome, Never>?

        func set(_ continuation: CheckedContinuation<SendOutcome, Never>) {
            lock.withLock { self.continuation = continuation }
        }

        func resume(_ outcome: SendOutcome) {
            let waiting = lock.withLock { () -> CheckedContinuation<SendOutcome, Never>? in
                defer { continuation = nil }
                return continuation
            }
            waiting?.resume(returning: outcome)
        }
    }

    /// One message's transfer: what libcurl reads, and how it ended.
    private final class Transfer: @unchecked Sendable {
        let url: String, security: MailSecurity, username: String?, password: String?, from: String, to: String, timeout: Int
        let certificateAuthorities: String?
        let bytes: [UInt8]
        var offset = 0

        init(
            url: String, security: MailSecurity, username: String?, password: String?, from: String, to: String, bytes: [UInt8], timeout: Int,
            certificateAuthorities: String?
        ) {
            self.certificateAuthorities = certificateAuthorities
            self.url = url
            self.security = security
            self.username = username
            self.password = password
            self.from = from
            self.to = to
            self.bytes = bytes
            self.timeout = timeout
        }

        func run() -> SendOutcome {
            guard SMTPClient.initialized, let curl = curl_easy_init() else { return .failed("libcurl could not start") }
            defer { curl_easy_cleanup(curl) }
            let recipients = curl_slist_append(nil, "<\(to)>")
            defer { curl_slist_free_all(recipients) }
            var errorBuffer = [CChar](repeating: 0, count: 256)
            let code: CURLcode = errorBuffer.withUnsafeMutableBufferPointer { errors in
                leadline_curl_set_string(curl, CURLOPT_URL, url)
                leadline_curl_set_string(curl, CURLOPT_MAIL_FROM, "<\(from)>")
                leadline_curl_set_pointer(curl, CURLOPT_MAIL_RCPT, recipients)
                leadline_curl_set_long(curl, CURLOPT_UPLOAD, 1)
                leadline_curl_set_long(curl, CURLOPT_TIMEOUT, timeout)
                leadline_curl_set_long(curl, CURLOPT_CONNECTTIMEOUT, timeout)
                leadline_curl_set_long(curl, CURLOPT_NOSIGNAL, 1)
                leadline_curl_set_pointer(curl, CURLOPT_ERRORBUFFER, errors.baseAddress)
                if security == .starttls { leadline_curl_set_long(curl, CURLOPT_USE_SSL, Int(CURLUSESSL_ALL.rawValue)) }
                if let certificateAuthorities { leadline_curl_set_string(curl, CURLOPT_CAINFO, certificateAuthorities) }
                if let username { leadline_curl_set_string(curl, CURLOPT_USERNAME, username) }
                if let password { leadline_curl_set_string(curl, CURLOPT_PASSWORD, password) }
                leadline_curl_set_pointer(curl, CURLOPT_READDATA, Unmanaged.passUnretained(self).toOpaque())
                leadline_curl_set_io(curl, CURLOPT_READFUNCTION) { buffer, size, count, context in
                    let transfer = Unmanaged<Transfer>.fromOpaque(context!).takeUnretainedValue()
                    let length = min(size * count, transfer.bytes.count - transfer.offset)
                    transfer.bytes.withUnsafeBufferPointer { source in
                        buffer!.withMemoryRebound(to: UInt8.self, capacity: length) { target in
                            target.update(from: source.baseAddress! + transfer.offset, count: length)
                        }
                    }
                    transfer.offset += length
                    return length
                }
                return curl_easy_perform(curl)
            }
            if code == CURLE_OK { return .accepted }
            var reply = 0
            leadline_curl_get_long(curl, CURLINFO_RESPONSE_CODE, &reply)
            let written = String(decoding: errorBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let detail = written.isEmpty ? String(validatingCString: curl_easy_strerror(code)) ?? "error \(code.rawValue)" : written
            // A 5xx reply is the relay's permanent refusal; anything else may pass another time.
            return reply >= 500 ? .refused("the relay refused (\(reply)): \(detail)") : .failed("the relay failed (\(reply == 0 ? "no reply" : String(reply))): \(detail)")
        }
    }
}
