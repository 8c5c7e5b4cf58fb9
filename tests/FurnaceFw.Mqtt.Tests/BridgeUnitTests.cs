using FurnaceFw.Host;

namespace FurnaceFw.Mqtt.Tests;

[TestClass]
public sealed class BrokerEndpointTests
{
    [TestMethod]
    [DataRow("mqtt://127.0.0.1", "127.0.0.1", 1883, false)]
    [DataRow("mqtt://hub.local:1884", "hub.local", 1884, false)]
    [DataRow("mqtts://broker.example", "broker.example", 8883, true)]
    public void Parse_Valid(string text, string host, int port, bool tls)
    {
        Assert.AreEqual(new BrokerEndpoint(host, port, tls), BrokerEndpoint.Parse(text));
    }

    [TestMethod]
    [DataRow("", "required")]
    [DataRow("hub:1883", "mqtt://")]
    [DataRow("http://hub", "scheme 'http'")]
    [DataRow("mqtt://user:secret@hub", "credentials in the URI are refused")]
    [DataRow("mqtt://hub/topic", "no path")]
    public void Parse_Invalid_IsAUsageErrorNamingTheProblem(string text, string says)
    {
        var e = Assert.ThrowsExactly<FurnaceException>(() => BrokerEndpoint.Parse(text));

        Assert.AreEqual(ExitCode.Usage, e.ExitCode);
        StringAssert.Contains(e.Message, says);
        Assert.IsFalse(e.Message.Contains("secret", StringComparison.Ordinal), "a password is never echoed");
    }
}

[TestClass]
public sealed class BrokerCredentialsTests
{
    [TestMethod]
    public void Load_FromFile_ReadsUserAndPassword()
    {
        string file = Path.GetTempFileName();
        File.WriteAllText(file, "# broker\nusername = furnace\npassword=s3cr=t\n");

        Assert.AreEqual(new BrokerCredentials("furnace", "s3cr=t"), BrokerCredentials.Load(file, _ => null));
        File.Delete(file);
    }

    [TestMethod]
    public void Load_BadLine_NamesTheLineButNeverEchoesIt()
    {
        string file = Path.GetTempFileName();
        File.WriteAllText(file, "username=furnace\npasword=hunter2\n");

        var e = Assert.ThrowsExactly<FurnaceException>(() => BrokerCredentials.Load(file, _ => null));
        File.Delete(file);

        Assert.AreEqual(ExitCode.Usage, e.ExitCode);
        StringAssert.Contains(e.Message, ":2:", "the line number");
        Assert.IsFalse(e.Message.Contains("hunter2", StringComparison.Ordinal), "the (misspelled) password is not echoed");
    }

    [TestMethod]
    public void Load_FromEnvironment_OrAnonymous()
    {
        var env = new Dictionary<string, string> { [BrokerCredentials.UserVariable] = "u", [BrokerCredentials.PasswordVariable] = "p" };

        Assert.AreEqual(new BrokerCredentials("u", "p"), BrokerCredentials.Load(null, k => env.GetValueOrDefault(k)));
        Assert.IsNull(BrokerCredentials.Load(null, _ => null), "no variables: anonymous");
        Assert.ThrowsExactly<FurnaceException>(() => BrokerCredentials.Load(null, k => k == BrokerCredentials.PasswordVariable ? "p" : null),
            "a password without a user is a mistake");
    }
}

[TestClass]
public sealed class DeviceNameTests
{
    [TestMethod]
    public void Derive_IsStableLowercaseAndTopicSafe()
    {
        Assert.AreEqual("boiler-pi-i2c1-5e", DeviceName.Derive("Boiler-Pi", "i2c1", 0x5E));
        Assert.AreEqual("my-host-local-sim7455-5e", DeviceName.Derive("my host.local", "sim7455", 0x5E));
    }

    [TestMethod]
    [DataRow("a/b")]
    [DataRow("a+b")]
    [DataRow("a#")]
    [DataRow("")]
    public void Validate_RefusesWhatWouldBreakATopic(string id)
    {
        Assert.AreEqual(ExitCode.Usage, Assert.ThrowsExactly<FurnaceException>(() => DeviceName.Validate(id)).ExitCode);
    }
}

[TestClass]
public sealed class OutboxTests
{
    [TestMethod]
    public void Results_BoundedQueue_DropsOldestAndCountsIt()
    {
        var counters = new BridgeCounters();
        var outbox = new Outbox(3, counters);
        for (int i = 0; i < 5; i++)
        {
            outbox.PostResult("r" + i);
        }

        OutboxBatch batch = outbox.Take(false, OutboxBatch.Empty);

        CollectionAssert.AreEqual(new[] { "r2", "r3", "r4" }, batch.Results.ToArray(), "the newest three survive");
        Assert.AreEqual(2, counters.DroppedResults);
    }

    [TestMethod]
    public void State_LatestValueSlot_OnlyTheNewestIsSentAndRepublishedOnReconnect()
    {
        var outbox = new Outbox(8, new BridgeCounters());
        outbox.PostState("s1");
        outbox.PostState("s2");

        OutboxBatch first = outbox.Take(false, OutboxBatch.Empty);
        OutboxBatch nothingNew = outbox.Take(false, first);
        OutboxBatch afterReconnect = outbox.Take(true, first);

        Assert.AreEqual("s2", first.State, "a newer state replaces an unsent one");
        Assert.IsNull(nothingNew.State, "not sent twice");
        Assert.AreEqual("s2", afterReconnect.State, "republished after a reconnect");
    }

    [TestMethod]
    public void Post_NeverBlocks_EvenWithNobodyTaking()
    {
        var outbox = new Outbox(4, new BridgeCounters());
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (int i = 0; i < 100_000; i++)
        {
            outbox.PostState("s" + i);
            outbox.PostResult("r");
        }

        Assert.IsTrue(clock.Elapsed < TimeSpan.FromSeconds(10), $"100k posts with the broker away took {clock.Elapsed}");
    }
}

[TestClass]
public sealed class BackoffAndDutyTests
{
    [TestMethod]
    public void Backoff_DoublesToTheCapWithJitterAndResets()
    {
        var backoff = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8), new Random(3));
        double[] delays = Enumerable.Range(0, 6).Select(_ => backoff.Next().TotalSeconds).ToArray();
        backoff.Reset();

        double[] steps = { 1, 2, 4, 8, 8, 8 };
        for (int i = 0; i < steps.Length; i++)
        {
            Assert.IsTrue(delays[i] <= steps[i] && delays[i] >= steps[i] * 0.75, $"delay {i} = {delays[i]} s, expected {steps[i] * 0.75}..{steps[i]}");
        }

        Assert.IsTrue(backoff.Next() <= TimeSpan.FromSeconds(1), "reset starts over");
    }

    [TestMethod]
    public void Duty_HalfOnHalfOff_IsFiftyPercent_AndGapsDoNotCount()
    {
        var meter = new ElementDutyMeter(TimeSpan.FromMinutes(10), TimeSpan.FromSeconds(1));
        Assert.IsNull(meter.Percent, "nothing before two polls");
        for (int i = 0; i <= 10; i++)
        {
            meter.Add(i * 1000, i % 2 == 0);
        }

        Assert.AreEqual(50.0, meter.Percent);
        meter.Add(100_000, false); // 90 s without polls after an "on" sample: counted as 2 s at most
        Assert.IsTrue(meter.Percent < 60, $"a polling gap is not counted as on: {meter.Percent}");
    }
}
