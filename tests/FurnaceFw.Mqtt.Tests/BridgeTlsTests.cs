using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using FurnaceFw.Host;

namespace FurnaceFw.Mqtt.Tests;

/// <summary>
/// mqtts:// against mosquitto's TLS listener with a certificate from a CA made for the test: trusted through --ca-file
/// the bridge runs; without it the certificate is not trusted and the daemon exits 8 (there is no "accept any" option).
/// </summary>
[TestClass]
public sealed class BridgeTlsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public void Mqtts_WithTheBrokersCaFile_Bridges()
    {
        using var tls = TlsBroker.Start();
        using var sim = new LiveSim();
        using var probe = MqttProbe.Start(tls.Broker.Port); // the plain listener of the same broker

        using var bridge = new BridgeRun(BridgeRun.Options("tls"), tls.Settings(caFile: tls.CaFile), sim.Connect);

        probe.WaitFor(bridge.Topics.State, _ => true, Patience, "state published over TLS");
        probe.WaitFor(bridge.Topics.Availability, m => m.Payload == "online", Patience, "online over TLS");
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public void Mqtts_CertificateNotTrusted_Exits8AndSaysTls()
    {
        using var tls = TlsBroker.Start();
        using var sim = new LiveSim();

        using var bridge = new BridgeRun(BridgeRun.Options("untrusted"), tls.Settings(caFile: null), sim.Connect);
        int code = bridge.WaitForExit(Patience);

        Assert.AreEqual((int)ExitCode.BrokerRefused, code, bridge.Log);
        StringAssert.Contains(bridge.Log, "TLS", "says it was the certificate");
    }

    private sealed class TlsBroker : IDisposable
    {
        private TlsBroker(MosquittoBroker broker, int tlsPort, string caFile)
        {
            Broker = broker;
            TlsPort = tlsPort;
            CaFile = caFile;
        }

        public MosquittoBroker Broker { get; }

        public int TlsPort { get; }

        public string CaFile { get; }

        public static TlsBroker Start()
        {
            int tlsPort = FreePort();
            string caFile = "";
            MosquittoBroker broker = MosquittoBroker.Start(
                $"allow_anonymous true\nlistener {tlsPort} 127.0.0.1\ncafile {{dir}}/ca.pem\ncertfile {{dir}}/server.pem\nkeyfile {{dir}}/server.key\n",
                dir => caFile = WriteCertificates(dir));
            return new TlsBroker(broker, tlsPort, caFile);
        }

        public BrokerSettings Settings(string? caFile) =>
            new(BrokerEndpoint.Parse($"mqtts://127.0.0.1:{TlsPort}"), null, caFile) { KeepAlive = TimeSpan.FromSeconds(5), Timeout = TimeSpan.FromSeconds(5) };

        public void Dispose() => Broker.Dispose();

        /// <summary>A CA and a server certificate for 127.0.0.1/localhost signed by it, as PEM files; returns the CA file.</summary>
        private static string WriteCertificates(string dir)
        {
            DateTimeOffset now = DateTimeOffset.UtcNow;
            using RSA caKey = RSA.Create(2048);
            var caRequest = new CertificateRequest("CN=FurnaceFw test CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
            caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
            using X509Certificate2 ca = caRequest.CreateSelfSigned(now.AddDays(-1), now.AddDays(1));

            using RSA serverKey = RSA.Create(2048);
            var request = new CertificateRequest("CN=localhost", serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var names = new SubjectAlternativeNameBuilder();
            names.AddDnsName("localhost");
            names.AddIpAddress(IPAddress.Loopback);
            request.CertificateExtensions.Add(names.Build());
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(new OidCollection { new Oid("1.3.6.1.5.5.7.3.1") }, false));
            using X509Certificate2 server = request.Create(ca, now.AddHours(-1), now.AddHours(12), RandomNumberGenerator.GetBytes(8));

            string caFile = Path.Combine(dir, "ca.pem");
            File.WriteAllText(caFile, ca.ExportCertificatePem());
            File.WriteAllText(Path.Combine(dir, "server.pem"), server.ExportCertificatePem());
            File.WriteAllText(Path.Combine(dir, "server.key"), serverKey.ExportPkcs8PrivateKeyPem());
            return caFile;
        }

        private static int FreePort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }
    }
}
