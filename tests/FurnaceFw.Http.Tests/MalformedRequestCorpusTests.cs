using System.Text;

namespace FurnaceFw.Http.Tests;

/// <summary>
/// RFC 9112 edge cases, RFC 3986 Host and request-target syntax, and request-smuggling forms against the real server
/// over loopback. Each gets its status (or, for a truncated request, a close), and a good GET succeeds right after: the
/// server keeps serving. The board answers to 127.0.0.1 and to the configured host name "h"; a well-formed Host that
/// names anything else gets 421.
/// </summary>
[TestClass]
public sealed class MalformedRequestCorpusTests
{
    private const int Closed = 0;
    private static WebTestHost s_host = null!;

    [ClassInitialize]
    public static void Start(TestContext context) => s_host = new WebTestHost(o => o.Hostname = "h");

    [ClassCleanup]
    public static void Stop() => s_host.Dispose();

    [TestMethod]
    [DataRow("bare LF line ends", "GET / HTTP/1.1\nHost: h\n\n", 400)]
    [DataRow("bare LF in a field line", "GET / HTTP/1.1\r\nHost: h\n\r\n", 400)]
    [DataRow("bare LF as the empty line", "GET / HTTP/1.1\r\nHost: h\r\n\n", 400)]
    [DataRow("bare CR", "GET / HTTP/1.1\rHost: h\r\n\r\n", 400)]
    [DataRow("space before colon", "GET / HTTP/1.1\r\nHost : h\r\n\r\n", 400)]
    [DataRow("tab before colon", "GET / HTTP/1.1\r\nHost\t: h\r\n\r\n", 400)]
    [DataRow("obs-fold continuation", "GET / HTTP/1.1\r\nHost: h\r\nX-A: 1\r\n  folded\r\n\r\n", 400)]
    [DataRow("obs-fold with tab", "GET / HTTP/1.1\r\nHost: h\r\nX-A: 1\r\n\tfolded\r\n\r\n", 400)]
    [DataRow("duplicate Content-Length, same value", "POST /api/setpoint HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\n{}", 400)]
    [DataRow("duplicate Content-Length, different values", "POST /api/setpoint HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\nContent-Length: 2\r\n\r\n{}", 400)]
    [DataRow("Content-Length list", "POST /api/setpoint HTTP/1.1\r\nHost: h\r\nContent-Length: 2, 2\r\n\r\n{}", 400)]
    [DataRow("negative Content-Length", "POST /api/setpoint HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n", 400)]
    [DataRow("non-numeric Content-Length", "POST /api/setpoint HTTP/1.1\r\nHost: h\r\nContent-Length: abc\r\n\r\n", 400)]
    [DataRow("Content-Length with plus sign", "POST /api/setpoint HTTP/1.1\r\nHost: h\r\nContent-Length: +2\r\n\r\n{}", 400)]
    [DataRow("Content-Length hex", "POST /api/setpoint HTTP/1.1\r\nHost: h\r\nContent-Length: 0x2\r\n\r\n{}", 400)]
    [DataRow("Content-Length overflowing int", "POST /api/setpoint HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999\r\n\r\n", 400)]
    [DataRow("Content-Length over the body limit", "POST /api/setpoint HTTP/1.1\r\nHost: h\r\nContent-Length: 100000\r\n\r\n", 413)]
    [DataRow("empty Content-Length", "POST /api/setpoint HTTP/1.1\r\nHost: h\r\nContent-Length: \r\n\r\n", 400)]
    [DataRow("Transfer-Encoding chunked", "POST /api/setpoint HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 501)]
    [DataRow("Transfer-Encoding with Content-Length (CL.TE)", "POST /api/setpoint HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400)]
    [DataRow("Transfer-Encoding before Content-Length (TE.CL)", "POST /api/setpoint HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n", 400)]
    [DataRow("Transfer-Encoding obfuscated with space", "POST /api/setpoint HTTP/1.1\r\nHost: h\r\nTransfer-Encoding : chunked\r\nContent-Length: 2\r\n\r\n{}", 400)]
    [DataRow("Transfer-Encoding identity", "GET / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: identity\r\n\r\n", 501)]
    [DataRow("Transfer-Encoding mixed case", "GET / HTTP/1.1\r\nHost: h\r\ntransfer-encoding: Chunked\r\n\r\n", 501)]
    [DataRow("POST without Content-Length", "POST /api/setpoint HTTP/1.1\r\nHost: h\r\n\r\n", 411)]
    [DataRow("missing Host", "GET / HTTP/1.1\r\n\r\n", 400)]
    [DataRow("duplicate Host", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400)]
    [DataRow("empty Host", "GET / HTTP/1.1\r\nHost: \r\n\r\n", 400)]
    [DataRow("Host with a space inside", "GET / HTTP/1.1\r\nHost: a b\r\n\r\n", 400)]
    [DataRow("Host list", "GET / HTTP/1.1\r\nHost: a,b\r\n\r\n", 400)]
    [DataRow("Host with userinfo", "GET / HTTP/1.1\r\nHost: user@h\r\n\r\n", 400)]
    [DataRow("Host with a path", "GET / HTTP/1.1\r\nHost: h/path\r\n\r\n", 400)]
    [DataRow("Host with markup", "GET / HTTP/1.1\r\nHost: <script>\r\n\r\n", 400)]
    [DataRow("Host with a query", "GET / HTTP/1.1\r\nHost: h?x\r\n\r\n", 400)]
    [DataRow("Host with a fragment", "GET / HTTP/1.1\r\nHost: h#x\r\n\r\n", 400)]
    [DataRow("Host with a backslash", "GET / HTTP/1.1\r\nHost: h\\x\r\n\r\n", 400)]
    [DataRow("Host with a bad percent escape", "GET / HTTP/1.1\r\nHost: %zz\r\n\r\n", 400)]
    [DataRow("Host with only a port", "GET / HTTP/1.1\r\nHost: :80\r\n\r\n", 400)]
    [DataRow("Host with two ports", "GET / HTTP/1.1\r\nHost: h:80:80\r\n\r\n", 400)]
    [DataRow("Host with a letter in the port", "GET / HTTP/1.1\r\nHost: h:8o\r\n\r\n", 400)]
    [DataRow("Host with a port above 65535", "GET / HTTP/1.1\r\nHost: h:65536\r\n\r\n", 400)]
    [DataRow("Host with a six-digit port", "GET / HTTP/1.1\r\nHost: h:000080\r\n\r\n", 400)]
    [DataRow("Host IPv6 without brackets", "GET / HTTP/1.1\r\nHost: ::1\r\n\r\n", 400)]
    [DataRow("Host IPv6 unclosed bracket", "GET / HTTP/1.1\r\nHost: [::1\r\n\r\n", 400)]
    [DataRow("Host IPv6 with a bad digit", "GET / HTTP/1.1\r\nHost: [::g]\r\n\r\n", 400)]
    [DataRow("Host IPv6 with nine groups", "GET / HTTP/1.1\r\nHost: [1:2:3:4:5:6:7:8:9]\r\n\r\n", 400)]
    [DataRow("Host IPv6 with two gaps", "GET / HTTP/1.1\r\nHost: [1::2::3]\r\n\r\n", 400)]
    [DataRow("Host IPv6 with a zone", "GET / HTTP/1.1\r\nHost: [fe80::1%25eth0]\r\n\r\n", 400)]
    [DataRow("Host IPv6 with junk after the bracket", "GET / HTTP/1.1\r\nHost: [::1]x\r\n\r\n", 400)]
    [DataRow("Host IPvFuture without an address", "GET / HTTP/1.1\r\nHost: [v1.]\r\n\r\n", 400)]
    [DataRow("Host of another site", "GET / HTTP/1.1\r\nHost: furnace.attacker.example\r\n\r\n", 421)]
    [DataRow("Host of another site with our port", "GET /api/status HTTP/1.1\r\nHost: evil.example:80\r\n\r\n", 421)]
    [DataRow("Host of another IPv4 address", "GET / HTTP/1.1\r\nHost: 10.0.0.1\r\n\r\n", 421)]
    [DataRow("Host IPv4 with a leading zero is a name, not ours", "GET / HTTP/1.1\r\nHost: 127.0.0.01\r\n\r\n", 421)]
    [DataRow("Host percent-encoded is not decoded", "GET / HTTP/1.1\r\nHost: %68\r\n\r\n", 421)]
    [DataRow("Host IPv6 not loopback", "GET / HTTP/1.1\r\nHost: [2001:db8::1]\r\n\r\n", 421)]
    [DataRow("Host IPvFuture", "GET / HTTP/1.1\r\nHost: [v1.fe80::1]\r\n\r\n", 421)]
    [DataRow("Host IPv4-mapped loopback", "GET / HTTP/1.1\r\nHost: [::ffff:127.0.0.1]\r\n\r\n", 421)]
    [DataRow("POST to another site", "POST /api/setpoint HTTP/1.1\r\nHost: evil.example\r\nContent-Length: 2\r\n\r\n{}", 421)]
    [DataRow("Host name in capitals is ours", "GET /api/status HTTP/1.1\r\nHost: H\r\n\r\n", 200)]
    [DataRow("Host name with the root dot is ours", "GET /api/status HTTP/1.1\r\nHost: h.\r\n\r\n", 200)]
    [DataRow("Host with an empty port is allowed", "GET /api/status HTTP/1.1\r\nHost: 127.0.0.1:\r\n\r\n", 200)]
    [DataRow("Host IPv6 loopback", "GET /api/status HTTP/1.1\r\nHost: [::1]\r\n\r\n", 200)]
    [DataRow("Host IPv6 loopback written out", "GET /api/status HTTP/1.1\r\nHost: [0:0:0:0:0:0:0:1]:8080\r\n\r\n", 200)]
    [DataRow("Host localhost", "GET /api/status HTTP/1.1\r\nHost: localhost:8080\r\n\r\n", 200)]
    [DataRow("fragment in target", "GET /#top HTTP/1.1\r\nHost: h\r\n\r\n", 400)]
    [DataRow("fragment after a query", "GET /api/status?a=1#x HTTP/1.1\r\nHost: h\r\n\r\n", 400)]
    [DataRow("angle bracket in target", "GET /a<b HTTP/1.1\r\nHost: h\r\n\r\n", 400)]
    [DataRow("quote in target", "GET /a\"b HTTP/1.1\r\nHost: h\r\n\r\n", 400)]
    [DataRow("brace in target", "GET /{x} HTTP/1.1\r\nHost: h\r\n\r\n", 400)]
    [DataRow("pipe in target", "GET /a|b HTTP/1.1\r\nHost: h\r\n\r\n", 400)]
    [DataRow("backslash in target", "GET /a\\b HTTP/1.1\r\nHost: h\r\n\r\n", 400)]
    [DataRow("caret in target", "GET /a^b HTTP/1.1\r\nHost: h\r\n\r\n", 400)]
    [DataRow("backtick in target", "GET /a`b HTTP/1.1\r\nHost: h\r\n\r\n", 400)]
    [DataRow("square bracket in target", "GET /[x] HTTP/1.1\r\nHost: h\r\n\r\n", 400)]
    [DataRow("bad percent escape in target", "GET /%zz HTTP/1.1\r\nHost: h\r\n\r\n", 400)]
    [DataRow("truncated percent escape in target", "GET /a%4 HTTP/1.1\r\nHost: h\r\n\r\n", 400)]
    [DataRow("DEL in target", "GET /\u007f HTTP/1.1\r\nHost: h\r\n\r\n", 400)]
    [DataRow("valid percent escape in target", "GET /%41 HTTP/1.1\r\nHost: h\r\n\r\n", 404)]
    [DataRow("query with every allowed character", "GET /api/status?a=1&b=%20/c?d:e@f!$'()*+,;=-._~ HTTP/1.1\r\nHost: h\r\n\r\n", 200)]
    [DataRow("non-ASCII in target", "GET /\u00e9 HTTP/1.1\r\nHost: h\r\n\r\n", 400)]
    [DataRow("non-ASCII in field value", "GET / HTTP/1.1\r\nHost: h\r\nX-A: caf\u00e9\r\n\r\n", 400)]
    [DataRow("NUL in request line", "GET /\0 HTTP/1.1\r\nHost: h\r\n\r\n", 400)]
    [DataRow("NUL in field value", "GET / HTTP/1.1\r\nHost: h\r\nX-A: a\0b\r\n\r\n", 400)]
    [DataRow("DEL in field value", "GET / HTTP/1.1\r\nHost: h\r\nX-A: a\u007fb\r\n\r\n", 400)]
    [DataRow("tab in target", "GET /\t HTTP/1.1\r\nHost: h\r\n\r\n", 400)]
    [DataRow("absolute-form target", "GET http://h/ HTTP/1.1\r\nHost: h\r\n\r\n", 400)]
    [DataRow("asterisk-form OPTIONS", "OPTIONS * HTTP/1.1\r\nHost: h\r\n\r\n", 501)]
    [DataRow("CORS preflight OPTIONS", "OPTIONS /api/setpoint HTTP/1.1\r\nHost: h\r\nOrigin: http://evil\r\nAccess-Control-Request-Method: POST\r\n\r\n", 501)]
    [DataRow("PUT", "PUT /api/setpoint HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n", 501)]
    [DataRow("DELETE", "DELETE / HTTP/1.1\r\nHost: h\r\n\r\n", 501)]
    [DataRow("TRACE", "TRACE / HTTP/1.1\r\nHost: h\r\n\r\n", 501)]
    [DataRow("CONNECT authority-form", "CONNECT h:80 HTTP/1.1\r\nHost: h\r\n\r\n", 501)]
    [DataRow("lower-case method", "get / HTTP/1.1\r\nHost: h\r\n\r\n", 501)]
    [DataRow("method with a bad character", "G(T / HTTP/1.1\r\nHost: h\r\n\r\n", 400)]
    [DataRow("HTTP/2 preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 505)]
    [DataRow("HTTP/1.2", "GET / HTTP/1.2\r\nHost: h\r\n\r\n", 505)]
    [DataRow("HTTP/3.0", "GET / HTTP/3.0\r\nHost: h\r\n\r\n", 505)]
    [DataRow("lower-case version", "GET / http/1.1\r\nHost: h\r\n\r\n", 400)]
    [DataRow("version with trailing junk", "GET / HTTP/1.1x\r\nHost: h\r\n\r\n", 400)]
    [DataRow("trailing space after version", "GET / HTTP/1.1 \r\nHost: h\r\n\r\n", 400)]
    [DataRow("HTTP/0.9 request line", "GET /\r\n\r\n", 400)]
    [DataRow("two spaces after method", "GET  / HTTP/1.1\r\nHost: h\r\n\r\n", 400)]
    [DataRow("leading empty line", "\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n", 400)]
    [DataRow("only empty lines", "\r\n\r\n", 400)]
    [DataRow("field without colon", "GET / HTTP/1.1\r\nHost: h\r\nNoColon\r\n\r\n", 400)]
    [DataRow("empty field name", "GET / HTTP/1.1\r\nHost: h\r\n: x\r\n\r\n", 400)]
    [DataRow("bad character in field name", "GET / HTTP/1.1\r\nHost: h\r\nX(A): 1\r\n\r\n", 400)]
    [DataRow("duplicate Origin", "GET / HTTP/1.1\r\nHost: h\r\nOrigin: http://h\r\nOrigin: http://h\r\n\r\n", 400)]
    [DataRow("request line too long", "GET /{LONG_TARGET} HTTP/1.1\r\nHost: h\r\n\r\n", 414)]
    [DataRow("one field too large", "GET / HTTP/1.1\r\nHost: h\r\nX-Big: {LONG_VALUE}\r\n\r\n", 431)]
    [DataRow("too many fields", "GET / HTTP/1.1\r\nHost: h\r\n{MANY_FIELDS}\r\n", 431)]
    [DataRow("endless fields", "GET / HTTP/1.1\r\nHost: h\r\n{ENDLESS}", 431)]
    [DataRow("truncated request line", "GET / HT", Closed)]
    [DataRow("truncated fields", "GET / HTTP/1.1\r\nHost: h\r\nX-A: 1", Closed)]
    [DataRow("truncated body", "POST /api/setpoint HTTP/1.1\r\nHost: h\r\nContent-Length: 20\r\n\r\n{\"se", Closed)]
    [DataRow("pipelined garbage after a good request", "GET /api/status HTTP/1.1\r\nHost: h\r\n\r\n\u0001\u0002GARBAGE\r\n\r\n", 200)]
    [DataRow("HTTP/1.0 without Host is allowed", "GET /api/status HTTP/1.0\r\n\r\n", 200)]
    [DataRow("GET with a small body is read and ignored", "GET /api/status HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\n\r\nping", 200)]
    [DataRow("unknown path", "GET /nope HTTP/1.1\r\nHost: h\r\n\r\n", 404)]
    [DataRow("POST to a read-only resource", "POST /api/status HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n", 405)]
    [DataRow("GET of a write resource", "GET /api/setpoint HTTP/1.1\r\nHost: h\r\n\r\n", 405)]
    public void Request_MalformedOrUnsupported_GetsItsStatusAndServerKeepsServing(string name, string request, int expected)
    {
        // A worker frees its slot a moment after closing; wait so this test sees the parser, not a 503 for busy.
        s_host.WaitForIdle();
        int badBefore = s_host.Stats.BadRequests;
        int misdirectedBefore = s_host.Stats.Misdirected;
        RawHttp.Response response = RawHttp.Send(s_host.Port, Expand(request), halfClose: expected == Closed);

        if (expected == Closed)
        {
            Assert.AreEqual(0, response.Status, $"{name}: a truncated request must be closed without a response, got: {response.Head}");
            Assert.IsTrue(response.Closed, $"{name}: the server must close the connection");
        }
        else
        {
            Assert.AreEqual(expected, response.Status, $"{name}: wrong status; response head: {response.Head}");
            Assert.AreEqual("close", response.Header("Connection"), $"{name}: every response must say Connection: close");
        }

        s_host.WaitForIdle();
        RawHttp.Response after = RawHttp.Get(s_host.Port, "/api/status");
        Assert.AreEqual(200, after.Status, $"{name}: a good GET right after must succeed (server keeps serving)");
        Assert.IsTrue(s_host.Web.Server.IsListening, $"{name}: the listener must still be up");
        if (expected is 400 or 411 or 413 or 414 or 431 or 501 or 505)
        {
            Assert.AreEqual(badBefore + 1, s_host.Stats.BadRequests, $"{name}: a parser rejection must be counted in bad_requests");
        }

        if (expected == 421)
        {
            Assert.AreEqual(misdirectedBefore + 1, s_host.Stats.Misdirected, $"{name}: a Host that is not this board must be counted in misdirected");
            StringAssert.Contains(response.Body, "web.hostname", $"{name}: the 421 says which names the board answers to");
        }
    }

    private static string Expand(string request)
    {
        var fields = new StringBuilder();
        for (int i = 0; i < 40; i++)
        {
            fields.Append("X-F").Append(i).Append(": v\r\n");
        }

        var endless = new StringBuilder();
        for (int i = 0; i < 400; i++)
        {
            endless.Append("X-Endless-").Append(i).Append(": aaaaaaaa\r\n");
        }

        return request.Replace("{LONG_TARGET}", new string('a', 400))
            .Replace("{LONG_VALUE}", new string('b', 2000))
            .Replace("{MANY_FIELDS}", fields.ToString())
            .Replace("{ENDLESS}", endless.ToString());
    }
}
