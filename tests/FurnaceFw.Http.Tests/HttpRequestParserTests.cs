using System.Text;
using FurnaceFw.Web;

namespace FurnaceFw.Http.Tests;

[TestClass]
public sealed class HttpRequestParserTests
{
    private static readonly HttpServerOptions Options = new();

    [TestMethod]
    public void Parse_RequestFedOneByteAtATime_CompletesOnlyOnLastByte()
    {
        byte[] bytes = Encoding.ASCII.GetBytes("POST /api/setpoint HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\n{}");
        var parser = new HttpRequestParser(Options);
        var request = new HttpRequest();
        var buffer = new byte[parser.RequiredBufferBytes];
        request.Reset(buffer);
        for (int i = 0; i < bytes.Length; i++)
        {
            buffer[i] = bytes[i];
            int status = parser.Parse(buffer, i + 1, request);
            int expected = i == bytes.Length - 1 ? HttpRequestParser.Complete : HttpRequestParser.NeedMore;
            Assert.AreEqual(expected, status, $"after byte {i} ('{(char)bytes[i]}')");
        }

        Assert.AreEqual(HttpRequest.MethodPost, request.Method, "method");
        Assert.IsTrue(request.PathIs("/api/setpoint"u8.ToArray()), "path");
        Assert.AreEqual(2, request.ContentLength, "Content-Length");
        Assert.AreEqual("{}", Encoding.ASCII.GetString(buffer, request.BodyStart, request.BodyLength), "body");
    }

    [TestMethod]
    public void Parse_BareCrSplitAcrossReads_Is400()
    {
        byte[] bytes = Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nHost: h\rX: 1\r\n\r\n");
        var parser = new HttpRequestParser(Options);
        var request = new HttpRequest();
        var buffer = new byte[parser.RequiredBufferBytes];
        request.Reset(buffer);
        int cr = Array.IndexOf(bytes, (byte)'\r', 16);
        Array.Copy(bytes, buffer, cr + 1);
        Assert.AreEqual(HttpRequestParser.NeedMore, parser.Parse(buffer, cr + 1, request), "a CR at the end of the data may still be followed by LF");
        Array.Copy(bytes, buffer, bytes.Length);
        Assert.AreEqual(400, parser.Parse(buffer, bytes.Length, request), "CR followed by anything but LF is a bare CR");
    }

    [TestMethod]
    public void Parse_RequestLineExactlyAtLimit_IsAcceptedAndOneMoreIs414()
    {
        var parser = new HttpRequestParser(Options);
        string fixedPart = "GET / HTTP/1.1\r\n";
        string atLimit = "GET /" + new string('a', Options.MaxRequestLineBytes - fixedPart.Length) + " HTTP/1.1\r\nHost: h\r\n\r\n";
        string overLimit = "GET /" + new string('a', Options.MaxRequestLineBytes - fixedPart.Length + 1) + " HTTP/1.1\r\nHost: h\r\n\r\n";
        Assert.AreEqual(HttpRequestParser.Complete, ParseAll(parser, atLimit), "a request line of exactly the limit (CRLF included)");
        Assert.AreEqual(414, ParseAll(parser, overLimit), "one byte over the limit");
    }

    private static int ParseAll(HttpRequestParser parser, string text)
    {
        byte[] bytes = Encoding.ASCII.GetBytes(text);
        var buffer = new byte[Math.Max(parser.RequiredBufferBytes, bytes.Length)];
        Array.Copy(bytes, buffer, bytes.Length);
        var request = new HttpRequest();
        request.Reset(buffer);
        return parser.Parse(buffer, bytes.Length, request);
    }
}
