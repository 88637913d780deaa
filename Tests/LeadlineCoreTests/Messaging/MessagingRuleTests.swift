import Foundation
import LeadlineCore
import Testing

@Suite struct MessagingRuleTests {
    @Test(arguments: ["STOP", "stop", "Stop.", " stop please", "UNSUBSCRIBE", "Opt-Out", "STOPALL", "cancel", "end", "Quit!"])
    func optOutWordsAlwaysOptOut(reply: String) {
        let rules = [ResponseRule(match: .any, code: "interested")]
        #expect(Reply.classify(reply, rules: rules).code == "opted_out")
    }

    @Test func theFirstMatchingRuleDecidesAndAnythingElseIsAReply() {
        let rules = [
            ResponseRule(match: .keywords, keywords: ["YES", "y"], code: "interested", fields: ["answer": .string("yes")]),
            ResponseRule(match: .pattern, pattern: "call (me|back)", code: "callback_wanted"),
        ]
        #expect(Reply.classify("yes!", rules: rules).code == "interested")
        #expect(Reply.classify("Y", rules: rules).fields == ["answer": .string("yes")])
        #expect(Reply.classify("please CALL ME tomorrow", rules: rules).code == "callback_wanted")
        #expect(Reply.classify("yesterday was fine", rules: rules).code == "replied", "keywords match whole words")
        #expect(Reply.classify("", rules: rules).code == "replied")
        #expect(Reply.classify("stopwatch", rules: []).code == "replied", "an opt-out is a word, not a prefix")
    }

    @Test func badRulesAreRefusedNamingTheField() {
        var settings = StrategySettings(channel: .sms)
        settings.template = "Hi"
        settings.responses = [
            ResponseRule(match: .keywords, keywords: [], code: "interested"),
            ResponseRule(match: .pattern, pattern: "(", code: "replied"),
            ResponseRule(match: .any, code: "nope"),
        ]
        do {
            try settings.validate(channel: .sms, codes: Set(CompletionCode.system.map(\.name)).union(["interested"]))
            Issue.record("bad rules were accepted")
        } catch {
            #expect(Set(error.issues.map(\.field)) == ["settings.responses[0].keywords", "settings.responses[1].pattern", "settings.responses[2].code"])
        }
    }

    @Test func aMailHasItsPartsHeadersAndUnsubscribeLink() throws {
        let mail = MailMessage(
            from: "news@example.com", to: "ann@example.com", subject: "Renewal for Zoë", text: "Hello Zoë", html: "<p>Hello Zoë</p>",
            messageID: "attempt-7.1@leadline", unsubscribeURL: "https://l.example/unsubscribe/1/7?token=ab", date: Date(timeIntervalSince1970: 0))
        let text = mail.rendered()
        #expect(text.contains("\r\nSubject: =?UTF-8?B?\(Data("Renewal for Zoë".utf8).base64EncodedString())?=\r\n"))
        #expect(text.contains("List-Unsubscribe: <https://l.example/unsubscribe/1/7?token=ab>\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"))
        #expect(text.contains("Date: Thu, 01 Jan 1970 00:00:00 +0000"))
        #expect(text.contains("multipart/alternative") && text.contains(Data("<p>Hello Zoë</p>".utf8).base64EncodedString()))
        #expect(!text.contains("\n\n") && !text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends in CRLF")
    }

    @Test func placeholdersAreEscapedForWhereTheyGo() throws {
        let template = try MessageTemplate.parse("<b>{{firstName}}</b>").get()
        var contact = ContactContent()
        contact.firstName = #"<script>"x"&"#
        #expect(template.render(contact, escape: MessageTemplate.htmlEscaped) == "<b>&lt;script&gt;&quot;x&quot;&amp;</b>")
        let body = GatewayBody.render(GatewaySettings.defaultBodyTemplate, to: "+1", from: "4040", text: "say \"hi\"\n\\", reference: "9")
        let parsed = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: String]
        #expect(parsed?["text"] == "say \"hi\"\n\\" && parsed?["reference"] == "9")
    }

    @Test func gatewaySettingsAreCheckedForTheirKind() {
        let issues = { (input: GatewayInput) -> Set<String> in
            do throws(ValidationFailure) { try input.validate(); return [] } catch { return Set(error.issues.map(\.field)) }
        }
        #expect(issues(GatewayInput(name: "", kind: .smtp, settings: GatewaySettings(from: "nope", port: 0))) == ["name", "settings.from", "settings.host", "settings.port", "settings.security"])
        #expect(issues(GatewayInput(name: "K", kind: .kannel, settings: GatewaySettings(url: "file:///x", from: "4040"))) == ["settings.url", "settings.username"])
        #expect(issues(GatewayInput(name: "H", kind: .http, settings: GatewaySettings(url: "https://g.example/send", from: "4040"), apiKey: "k")) == ["settings.apiKeyHeader"])
        #expect(issues(GatewayInput(name: "H", kind: .http, settings: GatewaySettings(url: "https://g.example/send", from: "4040", bodyTemplate: #"{"to": {{to}}, "t": "{{text}}"}"#))) == ["settings.bodyTemplate"])
    }
}
